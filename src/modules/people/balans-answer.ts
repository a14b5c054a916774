/**
 * The sociale balans answer of one year from loaded data (pure, shared by the routes, the CLI and the
 * export tests): the pure logic run for the year and for the previous year's columns, the form of the
 * model (full or abbreviated) attached, the messages of the missing codes and the unchecked size
 * criteria, and the people behind each figure kept only for those who may read people.
 */
import type { SocialeBalansAnswer } from './balans-schema.ts';
import { msg } from './logic/messages.ts';
import { type SizeCriterion, socialeBalans } from './logic/sociale-balans.ts';
import { previousYear } from './logic/sociale-balans-during.ts';
import { formOf } from './logic/sociale-balans-form.ts';
import type { MissingFigure } from './logic/sociale-balans-tally.ts';
import type { PeopleData } from './logic/types.ts';

/** What the sociale balans reads of the year's ledger (finance's socialBalanceLedger); null without one. */
export interface BalansLedger {
  personnelCents: number;
  turnoverCents: number;
  balanceTotalCents: number | null;
}

/** `data` holds the payroll months of the year and of the year before. */
export function balansAnswer(
  data: PeopleData,
  year: number,
  ledger: BalansLedger | null,
  showsPeople: boolean,
): SocialeBalansAnswer {
  const b = socialeBalans(
    data,
    year,
    ledger?.personnelCents ?? null,
    { turnoverCents: ledger?.turnoverCents ?? null, balanceTotalCents: ledger?.balanceTotalCents ?? null },
    showsPeople,
  );
  const previous = previousYear(data, year, b.model, showsPeople);
  const hide = (ids: string[]) => (showsPeople ? ids : []);
  const figures = (list: typeof b.figures) => list.map((f) => ({ ...f, ids: hide(f.ids) }));
  const missing = (list: MissingFigure[]) =>
    list.map((m) => ({ ...m, text: msg(`reason_${m.reason}`), ids: hide(m.ids) }));
  const uncheckedText = (criterion: SizeCriterion) =>
    criterion === 'turnover'
      ? msg('unchecked_turnover_no_ledger', { year })
      : msg(ledger ? 'unchecked_balance_total_no_accounts' : 'unchecked_balance_total_no_ledger', { year });
  return {
    ...b,
    size: {
      ...b.size,
      unchecked: b.size.unchecked.map((criterion) => ({ criterion, text: uncheckedText(criterion) })),
    },
    showsPeople,
    form: formOf(b.model),
    figures: figures(b.figures),
    missing: missing(b.missing),
    previous: { year: previous.year, figures: figures(previous.figures), missing: missing(previous.missing) },
  };
}
