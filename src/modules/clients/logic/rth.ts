/**
 * RTH (rechtstreeks toegankelijke hulp): points per unit type, the yearly cap per person (8, or 7
 * where volunteers are used structurally) and the maximum personal contribution per unit. One
 * registration is one client, one day, one unit type, with a whole number of units.
 */
import { isIsoDate, yearOf, type IsoDate } from './dates.ts';
import type { Cents, ClientsError } from './errors.ts';
import { formatPoints, type Lang, type PointsE4 } from './points.ts';
import { ruleAt, type RthUnitType, type RuleSet } from './rules.ts';
import { msg } from '../messages.ts';

/** One RTH registration of a client. */
export interface RthRegistration {
  date: IsoDate;
  unitType: RthUnitType;
  /** Whole units (sessions, days, nights), at least 1. */
  units: number;
}

/** Refusal of a registration that would pass the yearly cap. */
export interface RthCapError extends ClientsError {
  code: 'rth_cap';
  capE4: PointsE4;
  usedE4: PointsE4;
  remainingE4: PointsE4;
  neededE4: PointsE4;
}

/** The outcome of {@link checkRthRegistration}. */
export type RthCheck =
  | { ok: true; neededE4: PointsE4; usedE4: PointsE4; capE4: PointsE4; remainingAfterE4: PointsE4 }
  | { ok: false; error: RthCapError | ClientsError };

const UNIT_NAMES: Record<Lang, Record<RthUnitType, string>> = {
  nl: {
    ambulant: 'ambulante sessie',
    mobile: 'mobiele sessie',
    begeleid_werken: 'begeleid werken',
    group: 'groepssessie',
    day: 'dagopvang',
    night: 'verblijf (nacht)',
  },
  en: {
    ambulant: 'ambulant session',
    mobile: 'mobile session',
    begeleid_werken: 'supported employment',
    group: 'group session',
    day: 'day care',
    night: 'stay (night)',
  },
};

/** Points per unit of `unitType` on `date`. */
export function rthUnitPoints(unitType: RthUnitType, date: IsoDate, rules: RuleSet): PointsE4 {
  return ruleAt(rules.rthPoints, date, 'RTH-punten').pointsE4[unitType];
}

/** Points of one registration (units × the points per unit valid on its date). */
export function rthPoints(registration: RthRegistration, rules: RuleSet): PointsE4 {
  return registration.units * rthUnitPoints(registration.unitType, registration.date, rules);
}

/** The yearly cap on `date`: 8 points, or 7 with structural volunteers. */
export function rthCap(date: IsoDate, withVolunteers: boolean, rules: RuleSet): PointsE4 {
  const row = ruleAt(rules.rthCap, date, 'RTH-plafond');
  return withVolunteers ? row.withVolunteersE4 : row.standardE4;
}

/** Points used by `registrations` in calendar `year`. */
export function rthUsedPoints(registrations: readonly RthRegistration[], year: number, rules: RuleSet): PointsE4 {
  let used = 0;
  for (const r of registrations) if (yearOf(r.date) === year) used += rthPoints(r, rules);
  return used;
}

function invalid(registration: RthRegistration): ClientsError | undefined {
  if (!isIsoDate(registration.date))
    return { code: 'invalid_date', ...msg('invalid_date', { date: registration.date }) };
  if (!Number.isSafeInteger(registration.units) || registration.units < 1) {
    return { code: 'invalid_units', ...msg('invalid_units') };
  }
  return undefined;
}

/**
 * Checks a new RTH registration against the client's registrations of the same calendar year:
 * refused with `rth_cap` (showing the points still left) when it would pass the cap, with
 * `duplicate_registration` when the client already has that unit type on that day, and with
 * `invalid_units` / `invalid_date` for bad input.
 */
export function checkRthRegistration(
  existing: readonly RthRegistration[],
  next: RthRegistration,
  options: { withVolunteers?: boolean },
  rules: RuleSet,
): RthCheck {
  const bad = invalid(next);
  if (bad) return { ok: false, error: bad };
  if (existing.some((r) => r.date === next.date && r.unitType === next.unitType)) {
    return {
      ok: false,
      error: {
        code: 'duplicate_registration',
        ...msg('duplicate_registration', {
          unitType: { nl: UNIT_NAMES.nl[next.unitType], en: UNIT_NAMES.en[next.unitType] },
          date: next.date,
        }),
      },
    };
  }
  const capE4 = rthCap(next.date, options.withVolunteers ?? false, rules);
  const usedE4 = rthUsedPoints(existing, yearOf(next.date), rules);
  const unitE4 = rthUnitPoints(next.unitType, next.date, rules);
  const neededE4 = next.units * unitE4;
  const remainingE4 = Math.max(0, capE4 - usedE4);
  if (neededE4 <= remainingE4) return { ok: true, neededE4, usedE4, capE4, remainingAfterE4: remainingE4 - neededE4 };
  const text = (lang: Lang) => {
    const p = (e4: PointsE4) => formatPoints(e4, lang);
    return lang === 'nl'
      ? `Deze registratie vraagt ${p(neededE4)} RTH-punten (${next.units} × ${UNIT_NAMES.nl[next.unitType]} à ${p(unitE4)}), maar er blijven dit kalenderjaar nog maar ${p(remainingE4)} van de ${p(capE4)} punten over.`
      : `This registration needs ${p(neededE4)} RTH points (${next.units} × ${UNIT_NAMES.en[next.unitType]} at ${p(unitE4)}), but only ${p(remainingE4)} of the ${p(capE4)} points are left this calendar year.`;
  };
  return {
    ok: false,
    error: { code: 'rth_cap', capE4, usedE4, remainingE4, neededE4, nl: text('nl'), en: text('en') },
  };
}

/** The maximum personal contribution for a registration: units × the maximum per session/day/night. */
export function rthContribution(registration: RthRegistration, rules: RuleSet): Cents {
  const kind = ruleAt(rules.rthPoints, registration.date, 'RTH-punten').contributionKind[registration.unitType];
  return registration.units * ruleAt(rules.rthContribution, registration.date, 'RTH-bijdragen').maxCents[kind];
}
