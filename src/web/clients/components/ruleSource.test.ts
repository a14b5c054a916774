import { describe, expect, it } from 'vitest';
import { RULE_SEED } from '../../../modules/clients/logic/rules.ts';
import { en } from '../../locales/en.ts';
import { nl } from '../../locales/nl.ts';
import { ruleSource, seededSourceKey } from './ruleSource.ts';

describe('ruleSource', () => {
  it('puts every seeded source into words in both languages, with no file names or EXAMPLE left', () => {
    const sources = Object.values(RULE_SEED).flatMap((rows: { source?: string }[]) => rows.map((r) => r.source ?? ''));
    for (const source of sources.filter(Boolean)) {
      const key = seededSourceKey(source);
      expect(key, source).not.toBeNull();
      for (const catalogue of [nl, en]) {
        const text = (catalogue.clients.rules.sources as Record<string, string>)[key!];
        expect(text, `${source} → ${key}`).toBeTruthy();
        expect(text).not.toMatch(/DOMAIN|EXAMPLE|§/);
      }
    }
  });

  it('shows a typed source as it is', () => {
    expect(ruleSource('Omzendbrief VAPH 2026', (k) => k)).toBe('Omzendbrief VAPH 2026');
    expect(ruleSource('DOMAIN.md §3', (k) => `[${k}]`)).toBe('[clients.rules.sources.vaph]');
  });
});
