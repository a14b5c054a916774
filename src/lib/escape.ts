/**
 * Escaping user text for HTML that is built as a string, used by every ECharts tooltip formatter
 * (ECharts puts a formatter's string into the tooltip as HTML). React text, ECharts' default
 * tooltips and chart text drawn as SVG (labels, axes, legends, the server's SVG for PDFs, written by
 * zrender with its own escaping) need nothing more: escaping those again would show `&lt;`.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `value` as text that HTML shows literally: `<b>` becomes `&lt;b&gt;`. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Joins lines of an ECharts tooltip: each line's text escaped, lines separated by `<br/>`. */
export function tooltipLines(...lines: unknown[]): string {
  return lines.map(escapeHtml).join('<br/>');
}
