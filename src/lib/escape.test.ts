import { describe, expect, it } from 'vitest';
import { escapeHtml, tooltipLines } from './escape.ts';

describe('escapeHtml', () => {
  it('makes markup literal text, and leaves plain text alone', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)"><b>X</b> & \'y\'')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;b&gt;X&lt;/b&gt; &amp; &#39;y&#39;',
    );
    expect(escapeHtml('Dagondersteuning → Wonen: € 1.234,56')).toBe('Dagondersteuning → Wonen: € 1.234,56');
    expect(escapeHtml(null)).toBe('');
  });
  it('builds tooltip lines with only the line breaks as markup', () => {
    expect(tooltipLines('<b>a</b>', 'P50: 3')).toBe('&lt;b&gt;a&lt;/b&gt;<br/>P50: 3');
  });
});
