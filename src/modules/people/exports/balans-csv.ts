/**
 * The sociale balans as a CSV of code → value in the form's order: every figure code of the model as
 * the form takes it (averages and FTE to one decimal, counts and hours whole, money in whole euros),
 * then the previous year's (the same codes); each row names its column of the form (3. Totaal …,
 * P. Totaal, 3P. …); missing codes say so.
 */
import { decimal, toCsv } from '../../../lib/exports/csv.ts';
import type { Lang } from '../../../lib/exports/format.ts';
import type { SocialeBalansAnswer } from '../balans-schema.ts';
import { msg } from '../logic/messages.ts';
import { codeValues } from './balans-table.ts';

export function balansCsv(b: SocialeBalansAnswer, lang: Lang): string {
  const rows = codeValues(b).map(({ code, unit, value, column }) => [
    code,
    value === null
      ? null
      : value === 'missing'
        ? msg('missing_value')[lang]
        : unit === 'cents'
          ? decimal(value / 100, 0)
          : decimal(value, 1),
    msg(`col_${column}`)[lang],
  ]);
  return toCsv([[msg('col_code')[lang], msg('col_value')[lang], msg('col_column')[lang]], ...rows]);
}
