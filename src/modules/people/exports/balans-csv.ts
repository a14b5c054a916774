/**
 * The sociale balans as a CSV of code → value in the form's order: every figure code of the model as
 * the form takes it (averages and FTE to one decimal, counts and hours whole, money in whole euros);
 * missing codes say so.
 */
import { decimal, toCsv } from '../../../lib/exports/csv.ts';
import type { Lang } from '../../../lib/exports/format.ts';
import type { SocialeBalansAnswer } from '../balans-schema.ts';
import { msg } from '../logic/messages.ts';
import { codeValues } from './balans-table.ts';

export function balansCsv(b: SocialeBalansAnswer, lang: Lang): string {
  const rows = codeValues(b).map(({ code, unit, value }) => [
    code,
    value === null
      ? null
      : value === 'missing'
        ? msg('missing_value')[lang]
        : unit === 'cents'
          ? decimal(value / 100, 0)
          : decimal(value, 1),
  ]);
  return toCsv([[msg('col_code')[lang], msg('col_value')[lang]], ...rows]);
}
