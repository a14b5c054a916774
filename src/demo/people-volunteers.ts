/** The demo's agency and placed staff and its volunteers (see people.ts). */
import { addDays } from '../lib/calendar.ts';
import type { Db } from '../server/db.ts';
import { addMonths } from './people-staff.ts';
import type { Random } from './random.ts';

const VOLUNTEER_TASKS = ['Vervoer', 'Activiteiten dagcentrum', 'Tuin', 'Cafetaria', 'Uitstappen', 'Administratie'];
const VOLUNTEERS = [
  'Jos Vermeiren',
  'Maria Dockx',
  'Frans Geerts',
  'Paula Wuyts',
  'Luc Bosmans',
  'Rosa Vinck',
  'Marc Luyten',
  'Hilde Nijs',
  'Walter Daems',
  'Greet Sels',
  'André Boeckx',
  'Linda Verbist',
  'Emiel Hendrickx',
  'Nadia Bouzid',
  'Roger Van Looy',
];

const monthEnd = (month: string) => addDays(`${addMonths(month, 1)}-01`, -1);

/** Inserts rows 500 at a time. */
export const chunks = async <T>(rows: T[], insert: (part: T[]) => Promise<unknown>) => {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
};

/** A few agency and placed workers each year, and 15 volunteers with monthly hours and expenses. */
export async function externalsAndVolunteers(
  db: Db,
  orgId: string,
  rnd: Random,
  firstMonth: string,
  lastMonth: string,
) {
  const externals = [];
  for (let y = Number(firstMonth.slice(0, 4)); y <= Number(lastMonth.slice(0, 4)); y++) {
    if (`${y}-08` <= lastMonth) {
      externals.push({
        org_id: orgId,
        kind: 'agency' as const,
        description: 'Interim zomervervanging woonondersteuning',
        starts_on: `${y}-07-01`,
        ends_on: `${y}-08-31`,
        fte: 1,
        hours: 290 + rnd.int(0, 40),
        cost_cents: rnd.int(1_050_000, 1_250_000),
      });
      externals.push({
        org_id: orgId,
        kind: 'agency' as const,
        description: 'Interim keuken',
        starts_on: `${y}-07-15`,
        ends_on: `${y}-08-15`,
        fte: 0.5,
        hours: 80,
        cost_cents: rnd.int(280_000, 330_000),
      });
    }
    externals.push({
      org_id: orgId,
      kind: 'placed' as const,
      description: 'Art. 60 via OCMW: logistiek',
      starts_on: `${y}-01-01`,
      ends_on: y < Number(lastMonth.slice(0, 4)) ? `${y}-12-31` : monthEnd(lastMonth),
      fte: 1,
      hours: 1_500,
      cost_cents: rnd.int(180_000, 240_000),
    });
  }
  await db.insertInto('ppl_external').values(externals).execute();
  const volunteers = await db
    .insertInto('ppl_volunteer')
    .values(
      VOLUNTEERS.map((name, i) => ({
        org_id: orgId,
        name,
        tasks: VOLUNTEER_TASKS[i % VOLUNTEER_TASKS.length]!,
        starts_on:
          i < 11
            ? `${Number(firstMonth.slice(0, 4)) - rnd.int(1, 8)}-0${rnd.int(1, 9)}-01`
            : `${addMonths(firstMonth, rnd.int(3, 20))}-01`,
        ends_on: i === 3 || i === 9 ? monthEnd(addMonths(firstMonth, rnd.int(8, 18))) : null,
        insured: i !== 7 && i !== 12,
        insurance_ref: i !== 7 && i !== 12 ? 'Provinciale vrijwilligersverzekering' : '',
      })),
    )
    .returning(['id', 'starts_on', 'ends_on', 'tasks'])
    .execute();
  const activity = [];
  for (const v of volunteers)
    for (let month = firstMonth; month <= lastMonth; month = addMonths(month, 1)) {
      if (month < v.starts_on.slice(0, 7) || (v.ends_on && `${month}-01` > v.ends_on)) continue;
      if (rnd.next() < 0.15) continue;
      const hours = rnd.int(4, 24);
      const expenses =
        v.tasks === 'Vervoer' ? Math.round(hours * 18 * 42.69) : rnd.next() < 0.3 ? rnd.int(5, 30) * 100 : 0;
      activity.push({ org_id: orgId, volunteer_id: v.id, month: `${month}-01`, hours, expenses_cents: expenses });
    }
  await chunks(activity, (part) => db.insertInto('ppl_volunteer_activity').values(part).execute());
}
