import { describe, expect, it } from 'vitest';
import { fileSlug } from './file-name.ts';

describe('fileSlug', () => {
  it('lower-cases, drops accents and joins words with dashes; the fallback when nothing is left', () => {
    expect(fileSlug('Zelfevaluatie CAF — Één 2026!', 'caf')).toBe('zelfevaluatie-caf-een-2026');
    expect(fileSlug('  ✓✓ ', 'partner')).toBe('partner');
  });
});
