import { describe, expect, it } from 'vitest';
import { blockLines, compareDocs, documentStatus, readableVersion } from './logic.ts';
import { richDoc } from './schema.ts';
import { sampleDoc } from './testing.ts';

describe('handbook logic', () => {
  it('writes blocks as lines: headings, list items, table rows', () => {
    expect(blockLines(sampleDoc('Tekst.'))).toEqual([
      '## Doel',
      'Tekst. Zie de website',
      '• Aanmelding',
      '• Kennismaking',
      '| Wie | Wat |',
      '| Begeleider | Verslag |',
    ]);
  });

  it('compares two versions block by block', () => {
    const parts = compareDocs(sampleDoc('Oud.'), sampleDoc('Nieuw.'));
    expect(parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'Oud. Zie de website' },
      { kind: 'added', text: 'Nieuw. Zie de website' },
    ]);
  });

  it('staff read the latest approved version, none after a withdrawal', () => {
    const v = (number: number, status: 'draft' | 'in_review' | 'approved' | 'withdrawn') => ({ number, status });
    expect(readableVersion([v(1, 'approved'), v(2, 'approved'), v(3, 'draft')])?.number).toBe(2);
    expect(readableVersion([v(1, 'approved'), v(2, 'withdrawn'), v(3, 'in_review')])).toBeUndefined();
    expect(readableVersion([v(1, 'draft')])).toBeUndefined();
    expect(documentStatus([v(1, 'approved'), v(2, 'in_review')])).toBe('in_review');
  });

  it('the document schema accepts the sample and refuses unsafe links', () => {
    expect(richDoc.safeParse(sampleDoc()).success).toBe(true);
    const link = (href: string) => ({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] },
      ],
    });
    expect(richDoc.safeParse(link('mailto:a@b.be')).success).toBe(true);
    for (const href of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'https://x.be/"onmouseover="x']) {
      expect(richDoc.safeParse(link(href)).success, href).toBe(false);
    }
  });
});
