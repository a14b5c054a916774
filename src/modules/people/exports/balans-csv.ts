/** The sociale balans as a CSV of code → value (money in euros), in the form's order; missing codes say so. */
import { decimal, euro, toCsv } from '../../../lib/exports/csv.ts';
import type { Lang } from '../../../lib/exports/format.ts';
import type { SocialeBalansAnswer } from '../balans-schema.ts';
import { msg } from '../logic/messages.ts';
import { codeValues } from './balans-table.ts';

export function balansCsv(b: SocialeBalansAnswer, lang: Lang): string {
  const rows = codeValues(b).map(([code, v, unit]) => [
    code,
    v === null ? null : v === 'missing' ? msg('missing_value')[lang] : unit === 'cents' ? euro(v) : decimal(v, 2),
  ]);
  return toCsv([[msg('col_code')[lang], msg('col_value')[lang]], ...rows]);
}
