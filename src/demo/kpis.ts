/**
 * Demo: the starter set with targets, owners among directie and staf, and two years of values:
 * computed ones from the demo's finance, clients, surveys and CAF data; manual ones generated
 * around their target, some red with a note and one red without ("toelichting ontbreekt").
 */
import { recompute } from '../modules/performance/computed.ts';
import { addStarterSet } from '../modules/performance/kpis.ts';
import {
  lastPeriods,
  parsePeriod,
  periodOfDay,
  periodStart,
  shiftPeriod,
  type Frequency,
} from '../modules/performance/logic/index.ts';
import { boundsOf, lightOf, type Unit } from '../modules/performance/logic/index.ts';
import { STARTER_SET } from '../modules/performance/starter.ts';
import type { DemoSeed } from './seed.ts';
import { thisYear, today as brusselsToday } from '../lib/calendar.ts';

const NOTES = [
  'Griepgolf: meer afwezigheden dan gepland; vervangingen via de interimpool.',
  'Twee langdurig zieken; re-integratietraject loopt.',
  'Piek na de verhuis van leefgroep De Linde; opvolging in het teamoverleg.',
  'Nieuwe registratiewijze, cijfer nog niet helemaal vergelijkbaar.',
  'Besproken op het MT; verbeteractie loopt.',
];
const SPAN: Record<Frequency, number> = { month: 24, quarter: 8, year: 2 };

export async function createDemoKpis({ db, orgId, people, rnd, now }: DemoSeed): Promise<void> {
  const today = brusselsToday(now);
  const owners = people.filter((p) => p.role === 'directie' || p.role === 'staf').map((p) => p.id);
  await addStarterSet(db, orgId, {
    validFrom: `${thisYear(now) - 3}-01-01`,
    owners: (_code, i) => (owners.length ? owners[i % owners.length]! : null),
  });
  const kpis = await db.selectFrom('kpi').select(['id', 'code']).where('org_id', '=', orgId).execute();
  const idOf = new Map(kpis.map((k) => [k.code, k.id]));
  const rows: {
    org_id: string;
    kpi_id: string;
    period: string;
    value: number;
    source: 'manual' | 'import';
    note: string;
    entered_by: string | null;
    computation: null;
  }[] = [];
  for (const s of STARTER_SET.filter((x) => x.source !== 'computed')) {
    const last = shiftPeriod(periodOfDay(today, s.frequency), -1);
    const periods = lastPeriods(periodStart(last), s.frequency, SPAN[s.frequency]);
    const bounds = boundsOf(s.unit as Unit, s.valueMin ?? null, s.valueMax ?? null);
    const gap = Math.abs(s.target - s.red) || 1;
    const targets = [{ validFrom: '2000-01-01', validTo: null, target: s.target, redThreshold: s.red }];
    let level = s.direction === 'up' ? s.target + gap * 0.2 : s.target - gap * 0.2;
    for (const [i, period] of periods.entries()) {
      // A slow random walk around the target, now and then over the red threshold.
      level += (rnd.next() - 0.5) * gap * 0.5;
      level = level * 0.8 + (s.target + (s.direction === 'up' ? 0.1 : -0.1) * gap) * 0.2;
      let value = level + (rnd.next() - 0.5) * gap * 0.6;
      const lastOne = i === periods.length - 1;
      if (lastOne && ['INCLUSION', 'INCIDENTS'].includes(s.code))
        value = s.direction === 'up' ? s.red - gap * 0.4 : s.red + gap * 0.4;
      if (bounds.min !== null) value = Math.max(bounds.min, value);
      if (bounds.max !== null) value = Math.min(bounds.max, value);
      value = Number(value.toFixed(bounds.whole ? 0 : s.decimals));
      const red = lightOf(value, s.direction, targets, periodStart(parsePeriod(period)!))?.light === 'red';
      // The one red value without a note: the last month of incidents (the cockpit flags it).
      const note = red && !(lastOne && s.code === 'INCIDENTS') ? NOTES[rnd.int(0, NOTES.length - 1)]! : '';
      rows.push({
        org_id: orgId,
        kpi_id: idOf.get(s.code)!,
        period,
        value,
        source: s.frequency === 'year' ? 'import' : 'manual',
        note,
        entered_by: owners.length ? owners[rows.length % owners.length]! : null,
        computation: null,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('kpi_value')
      .values(rows.slice(i, i + 500))
      .execute();
  await recompute(db, orgId, today);
  // A computed red value gets its note like a director would add it; others stay flagged.
  const occupancy = idOf.get('OCCUPANCY');
  if (occupancy) {
    const first = await db
      .selectFrom('kpi_value')
      .select('id')
      .where('kpi_id', '=', occupancy)
      .orderBy('period')
      .executeTakeFirst();
    if (first)
      await db
        .updateTable('kpi_value')
        .set({ note: 'Opstartperiode van de nieuwe dagbesteding: afspraken liepen voor op de registraties.' })
        .where('id', '=', first.id)
        .execute();
  }
}
