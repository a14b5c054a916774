/**
 * Checks of a batch of registrations (a saved week grid or an imported file) before they are
 * stored: one registration per client, day and function; positive units; whole ten-thousandths
 * of points; a date inside one of the client's funding periods.
 */
import type { Registration } from './consumption.ts';
import { isIsoDate, type IsoDate } from './dates.ts';
import type { ClientsError } from './errors.ts';
import type { Message } from './errors.ts';
import { msg } from '../messages.ts';

/** A problem with the registration at `index` (0-based) of the batch. */
export interface RegistrationProblem extends ClientsError {
  index: number;
}

/** A period (inclusive; open-ended without `to`) in which a client has funding. */
export interface FundingPeriod {
  from: IsoDate;
  to?: IsoDate | null;
}

/**
 * Problems of a batch, in batch order; empty when all may be stored. `existing` are registrations
 * already stored (a duplicate of one of them is refused too). When `fundingPeriods` has an entry
 * for a client, that client's registrations must fall within one of its periods.
 */
export function validateRegistrations(
  batch: readonly Registration[],
  options: {
    existing?: readonly Registration[];
    fundingPeriods?: Readonly<Record<string, readonly FundingPeriod[]>>;
  } = {},
): RegistrationProblem[] {
  const key = (r: Registration) => `${r.clientId}\u0000${r.date}\u0000${r.function}`;
  const seen = new Set((options.existing ?? []).map(key));
  const problems: RegistrationProblem[] = [];
  for (const [index, r] of batch.entries()) {
    const add = (code: string, m: Message) => problems.push({ index, code, nl: m.nl, en: m.en });
    if (!isIsoDate(r.date)) {
      add('invalid_date', msg('invalid_date', { date: r.date }));
      continue;
    }
    if (!(Number.isFinite(r.units) && r.units > 0)) add('invalid_units', msg('invalid_units_number_must'));
    if (!Number.isSafeInteger(r.pointsE4) || r.pointsE4 < 0) add('invalid_points', msg('invalid_points'));
    const k = key(r);
    if (seen.has(k)) {
      add(
        'duplicate_registration',
        msg('duplicate_registration_already', { clientId: r.clientId, date: r.date, function: r.function }),
      );
    }
    seen.add(k);
    const periods = options.fundingPeriods?.[r.clientId];
    if (periods && !periods.some((p) => r.date >= p.from && (p.to == null || r.date <= p.to))) {
      add('outside_funding', msg('outside_funding', { date: r.date, clientId: r.clientId }));
    }
  }
  return problems;
}
