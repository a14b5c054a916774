/**
 * Charts rendered on the server as SVG strings with Apache ECharts (SSR, no DOM), for embedding in
 * the PDF exports of every module.
 */
import * as echarts from 'echarts';

/** Colours that stay apart when printed (and in grey). */
export const PALETTE = ['#1f5f8b', '#e8a33d', '#4f9d69', '#c4514d', '#7b6bb0', '#5bb3c4', '#a0785a', '#9aa3ad'];

/** The chart font: the standard PDF font, so text in the SVG matches the document. */
export const FONT = 'Helvetica';

/**
 * Drops the halo ECharts draws around label text (a white stroke painted under the fill with
 * `paint-order`): PDF renderers of SVG ignore `paint-order` and paint the stroke over the text.
 */
export function withoutTextHalo(svg: string): string {
  return svg.replace(/<text\b[^>]*>/g, (tag) =>
    tag.replace(/\s(stroke|stroke-width|paint-order|stroke-miterlimit)="[^"]*"/g, ''),
  );
}

/** Renders an ECharts option to an SVG string of `width` × `height` and frees the chart. */
export function renderSvg(option: echarts.EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, color: PALETTE, textStyle: { fontFamily: FONT }, ...option });
    return withoutTextHalo(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/** Breaks a name into lines of at most `max` characters at spaces; after `lines` lines it ends in "…". */
export function wrap(text: string, max = 18, lines = 2): string {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current && `${current} ${word}`.length > max) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  const kept = out.slice(0, lines).map((l) => (l.length > max + 4 ? `${l.slice(0, max + 3)}…` : l));
  if (out.length > lines) kept[lines - 1] = `${kept[lines - 1]!.slice(0, max - 1)}…`;
  return kept.join('\n');
}
