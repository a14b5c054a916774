/**
 * The source of a rule-table period in words. The rule tables are seeded (clients/logic/rules.ts)
 * with sources written for developers ("DOMAIN.md §3", "EXAMPLE value, set the real one"); those
 * known texts are shown as a sentence in the interface language. A source someone typed is shown
 * as it is.
 */
const SEEDED: Record<string, string> = {
  'MB 17/07/2020, tabel 3 (DOMAIN.md §3)': 'decree',
  'DOMAIN.md §3': 'vaph',
  'DOMAIN.md §3 (parameter)': 'vaphSetting',
  'DOMAIN.md §3 (2019 maxima, parameter)': 'contribution2019',
  'DOMAIN.md §3 (cut-off parameter, BC7)': 'cashCutOff',
  '€10,000 / 12.2345 (DOMAIN.md §3), EXAMPLE': 'pointValue2017',
  'EXAMPLE value, set the real one': 'exampleValue',
};

/** The key under `clients.rules.sources` of a seeded source, or null for a source someone typed. */
export function seededSourceKey(source: string): string | null {
  return SEEDED[source.trim()] ?? null;
}

/** The source as people read it: `t` is the interface's translate function. */
export function ruleSource(source: string, t: (key: string) => string): string {
  const key = seededSourceKey(source);
  return key ? t(`clients.rules.sources.${key}`) : source;
}
