/** Certificates and registrations that expire soon or have expired (pure). */
import { addDays } from '../../../lib/calendar.ts';
import { EXPIRY_WARNING_DAYS } from './types.ts';

export type ExpiryState = 'expired' | 'expiring' | 'valid' | 'no_expiry';

/** The state of an expiry date on `today`: expired before today, expiring within `days` days. */
export function expiryState(expiresOn: string | null, today: string, days = EXPIRY_WARNING_DAYS): ExpiryState {
  if (!expiresOn) return 'no_expiry';
  if (expiresOn < today) return 'expired';
  return expiresOn <= addDays(today, days) ? 'expiring' : 'valid';
}

/** Whole days from `today` to `expiresOn` (negative once expired). */
export function daysLeft(expiresOn: string, today: string): number {
  return Math.round((Date.parse(`${expiresOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** The items that need a warning (expired or expiring within `days`), soonest first. */
export function needingWarning<T extends { expiresOn: string | null }>(
  items: readonly T[],
  today: string,
  days = EXPIRY_WARNING_DAYS,
): (T & { state: 'expired' | 'expiring'; daysLeft: number })[] {
  const out: (T & { state: 'expired' | 'expiring'; daysLeft: number })[] = [];
  for (const item of items) {
    const state = expiryState(item.expiresOn, today, days);
    if (state === 'expired' || state === 'expiring') {
      out.push({ ...item, state, daysLeft: daysLeft(item.expiresOn!, today) });
    }
  }
  return out.sort((a, b) => (a.expiresOn! < b.expiresOn! ? -1 : a.expiresOn! > b.expiresOn! ? 1 : 0));
}
