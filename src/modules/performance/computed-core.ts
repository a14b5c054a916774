/** What every computed KPI formula shares: the computation it stores, its context and the periods it covers. */
import type { DbOrTx } from '../../server/db.ts';
import { type Frequency, type Period, parsePeriod, periodOfDay, periodRange, shiftPeriod } from './logic/index.ts';

export type SourceName =
  | 'finance'
  | 'clients'
  | 'surveys'
  | 'actions'
  | 'caf'
  | 'people'
  | 'complaints'
  | 'socialeconomy'
  | 'job_carving';
import type { Message } from '../../lib/messages.ts';

export type Text = Message;

export interface ComputationInput {
  label: Text;
  value: number;
  unit?: string;
  source: SourceName;
}
export interface Computation {
  formula: Text;
  inputs: ComputationInput[];
  from: string;
  to: string;
  sources: SourceName[];
  computedAt: string;
  remark?: Text;
}
export type Series = Map<string, { value: number; computation: Omit<Computation, 'computedAt'> }>;

/** Months, quarters or years that a formula looks back over. */
export const HISTORY = { month: 36, quarter: 12, year: 5 } as const;

export interface Ctx {
  db: DbOrTx;
  orgId: string;
  today: string;
  memo: Map<string, Promise<unknown>>;
}
export function once<T>(ctx: Ctx, key: string, load: () => Promise<T>): Promise<T> {
  if (!ctx.memo.has(key)) ctx.memo.set(key, load());
  return ctx.memo.get(key) as Promise<T>;
}

/** The periods to compute: the last ones up to the one before today's (flows) or up to today's (snapshots). */
export function window(ctx: Ctx, f: Frequency, snapshot = false): Period[] {
  const current = periodOfDay(ctx.today, f);
  const end = snapshot ? current : shiftPeriod(current, -1);
  return periodRange(shiftPeriod(end, -(HISTORY[f] - 1)), end).map((p) => parsePeriod(p)!);
}

export const round = (n: number, d = 4) => Math.round(n * 10 ** d) / 10 ** d;
export const pct = (num: number, den: number) => round((num / den) * 100);

export const euro = (cents: number) => round(cents / 100, 2);
