/**
 * The one valuation of a registration: points = units × the price per unit valid on its date.
 *
 * Which price applies (DOMAIN.md §3: each provider sets its price per client in the IDO):
 * 1. RTH functions: the RTH points per unit of the rule table (a regulated price);
 * 2. otherwise the price of the client's IDO agreement line for the function that covers the date
 *    (when lines overlap, the one that started last);
 * 3. only when no agreement line covers the date: the offer's price valid on the date.
 * Registrations, consumption, statements, corrections and the forecast all take their points
 * from here (the forecast through the agreement lines' prices), so a day costs the same everywhere.
 */
import type { IsoDate } from './dates.ts';
import { fail } from './errors.ts';
import { divideRounded, unitsTimesPrice, type PointsE4 } from './points.ts';
import type { RthUnitType, RuleSet } from './rules.ts';
import { rthUnitPoints } from './rth.ts';
import { msg } from '../messages.ts';

/** Where the price of a registration came from. */
export type PriceSource = 'agreement' | 'offer' | 'rth';

/** A price per unit with its validity (both ends inclusive; open-ended without `validTo`). */
export interface PricePeriod {
  validFrom: IsoDate;
  validTo?: IsoDate | null;
  priceE4: PointsE4;
}

/** What the valuation needs to know of one client's support function. */
export interface ValuationBasis {
  /** Name for messages, e.g. "Dagondersteuning". */
  name: string;
  kind: 'pvf' | 'rth';
  rthUnitType?: RthUnitType | null;
  /** The offer's prices of the function. */
  offer: readonly PricePeriod[];
  /** The client's agreement lines of the function, as price periods. */
  agreements: readonly PricePeriod[];
}

/** The price that applies to a registration and its points. */
export interface Valuation {
  priceE4: PointsE4;
  source: PriceSource;
  pointsE4: PointsE4;
}

const covers = (p: PricePeriod, date: IsoDate) => p.validFrom <= date && (p.validTo == null || p.validTo >= date);

/** The period covering `date` that started last (the later one in the list on a tie); undefined when none. */
function latestCovering(periods: readonly PricePeriod[], date: IsoDate): PricePeriod | undefined {
  let best: PricePeriod | undefined;
  for (const p of periods) if (covers(p, date) && (!best || p.validFrom >= best.validFrom)) best = p;
  return best;
}

/** The price per unit on `date` and where it came from; throws `no_price` when there is none. */
export function priceOnDate(
  basis: ValuationBasis,
  date: IsoDate,
  rules: RuleSet,
): { priceE4: PointsE4; source: PriceSource } {
  if (basis.kind === 'rth') {
    if (!basis.rthUnitType) fail('no_price', msg('no_price_rth_unit', { name: basis.name }));
    return { priceE4: rthUnitPoints(basis.rthUnitType, date, rules), source: 'rth' };
  }
  const agreed = latestCovering(basis.agreements, date);
  if (agreed) return { priceE4: agreed.priceE4, source: 'agreement' };
  const offered = latestCovering(basis.offer, date);
  if (offered) return { priceE4: offered.priceE4, source: 'offer' };
  return fail('no_price', msg('no_price', { name: basis.name, date }));
}

/**
 * Points of `units` at `priceE4`, exactly: registered units have at most 2 decimals (hundredths),
 * so units × price is computed in integers and rounded half away from zero once (1.15 × 0.2100 =
 * 0.2415, where floating point would give 0.24149999…). Other units fall back to {@link unitsTimesPrice}.
 */
function exactPoints(units: number, priceE4: PointsE4): PointsE4 {
  const hundredths = Math.round(units * 100);
  if (Math.abs(hundredths - units * 100) > 1e-6 || !Number.isSafeInteger(hundredths * priceE4))
    return unitsTimesPrice(units, priceE4);
  return divideRounded(hundredths * priceE4, 100);
}

/** Values `units` of support on `date`: the applying price and units × price (to 0.0001 point, half away from zero). */
export function valueRegistration(units: number, date: IsoDate, basis: ValuationBasis, rules: RuleSet): Valuation {
  const { priceE4, source } = priceOnDate(basis, date, rules);
  return { priceE4, source, pointsE4: exactPoints(units, priceE4) };
}
