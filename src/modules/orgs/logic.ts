/**
 * Pure rules for organisations: the Belgian enterprise number (KBO) and the organisation types.
 */

/** Strips dots, spaces and a leading "BE" from a KBO number as people type it. */
export function normalizeKbo(input: string): string {
  return input.replace(/^\s*BE/i, '').replace(/[\s.]/g, '');
}

/**
 * A KBO enterprise number is 10 digits, starts with 0 or 1, and its last two digits are
 * 97 minus (the first eight digits mod 97).
 */
export function isValidKbo(input: string): boolean {
  const digits = normalizeKbo(input);
  if (!/^[01]\d{9}$/.test(digits)) return false;
  const base = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  return 97 - (base % 97) === check;
}

/** Formats ten KBO digits as `0123.456.789`. */
export function formatKbo(input: string): string {
  const d = normalizeKbo(input);
  return `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
}

/** Organisation types of DOMAIN.md §2, with their Dutch and English labels. */
export const ORG_TYPES = [
  { code: 'vza', nl: 'Vergunde zorgaanbieder (VZA)', en: 'Licensed care provider (VZA)' },
  { code: 'mfc', nl: 'Multifunctioneel centrum (MFC)', en: 'Multifunctional centre (MFC)' },
  { code: 'rth', nl: 'RTH-aanbieder', en: 'Directly accessible help (RTH) provider' },
  { code: 'woonzorgcentrum', nl: 'Woonzorgcentrum', en: 'Residential care centre' },
  { code: 'dagverzorgingscentrum', nl: 'Dagverzorgingscentrum', en: 'Day care centre' },
  { code: 'thuiszorg', nl: 'Thuiszorg', en: 'Home care' },
  { code: 'kinderopvang', nl: 'Kinderopvang', en: 'Childcare' },
  { code: 'caw', nl: 'Centrum algemeen welzijnswerk (CAW)', en: 'General welfare centre (CAW)' },
  { code: 'jeugdhulp', nl: 'Jeugdhulp', en: 'Youth care' },
  { code: 'ggz', nl: 'Geestelijke gezondheidszorg (GGZ)', en: 'Mental health care' },
  {
    code: 'maatwerkbedrijf',
    nl: 'Maatwerkbedrijf (collectief maatwerk)',
    en: 'Sheltered enterprise (collective maatwerk)',
  },
  { code: 'lde', nl: 'Lokale diensteneconomie (LDE)', en: 'Local service economy (LDE)' },
  { code: 'arbeidszorg', nl: 'Arbeidszorg', en: 'Work care' },
  { code: 'ocmw_art60', nl: 'OCMW / art. 60-werkgever', en: 'Public social welfare centre / art. 60 employer' },
  { code: 'andere', nl: 'Andere', en: 'Other' },
] as const;

export type OrgType = (typeof ORG_TYPES)[number]['code'];
export const ORG_TYPE_CODES = ORG_TYPES.map((t) => t.code) as [OrgType, ...OrgType[]];
