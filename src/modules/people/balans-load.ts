/**
 * The sociale balans and HR key figures of one organisation and year, as the routes, the exports and
 * the CLI present them: the people data and the ledger's figures loaded, then the answer made
 * (balans-answer.ts).
 */
import type { DbOrTx } from '../../server/db.ts';
import { balansAnswer } from './balans-answer.ts';
import { peopleDataOfYear, socialBalanceLedger } from './balans-queries.ts';
import type { HrFiguresAnswer, SocialeBalansAnswer } from './balans-schema.ts';
import { hrFigures } from './logic/hr-figures.ts';

export async function loadSocialeBalans(
  db: DbOrTx,
  orgId: string,
  year: number,
  showsPeople: boolean,
): Promise<SocialeBalansAnswer> {
  // One load for both years: the previous year's columns need its payroll months too.
  const [data, ledger] = await Promise.all([
    peopleDataOfYear(db, orgId, year, year - 1),
    socialBalanceLedger(db, orgId, year),
  ]);
  return balansAnswer(data, year, ledger, showsPeople);
}

/** Decimals an HR figure is answered with, by unit: percentages 1, FTE 2, money in whole cents, counts whole. */
const DECIMALS: Record<HrFiguresAnswer['figures'][number]['unit'], number> = {
  count: 0,
  fte: 2,
  percent: 1,
  hours: 1,
  cents: 0,
  years: 1,
  ratio: 2,
};
const round = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

/** The HR key figures as the API answers them: rounded by unit (the logic keeps two decimals for the cockpit). */
export async function loadHrFigures(db: DbOrTx, orgId: string, year: number): Promise<HrFiguresAnswer> {
  const figures = hrFigures(await peopleDataOfYear(db, orgId, year), year);
  return {
    ...figures,
    figures: figures.figures.map((f) => ({ ...f, value: f.value === null ? null : round(f.value, DECIMALS[f.unit]) })),
    months: figures.months.map((m) => ({ ...m, fte: round(m.fte, 2) })),
  };
}
