import { describe, expect, it } from 'vitest';
import { costVsIncomeSvg, incomeMixSvg } from './charts.ts';
import { sampleView } from './fixture.ts';

describe('server-side chart SVG for the PDF', () => {
  it('writes a hostile service name as literal text, never as markup', () => {
    const view = sampleView('reciprocal');
    const hostile = '<img src=x onerror=alert(1)><b>X</b>';
    view.services[0]!.name = hostile;
    for (const svg of [costVsIncomeSvg(view, 'nl'), incomeMixSvg(view, 'en')]) {
      expect(svg).not.toMatch(/<img|<b>|<\/b>|onerror=alert\(1\)>/);
      expect(svg).toContain('&lt;img src=x');
    }
  });
});
