/**
 * The registration grid (issue 13 §1, "a keyboard grid for absence and training"): for one week and one
 * subject (absence of a kind, or training of a kind and title), one row per employee under contract that
 * week and one cell per day with the hours. A cell is a one-day record; saving replaces the one-day
 * records of the subject on the days sent, all or nothing. Days covered by a longer absence, or outside
 * the person's contracts, are read-only.
 */
import { addDays } from '../../lib/calendar.ts';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import { coversDay } from './logic/contracts.ts';
import { msg } from './messages.ts';
import { contractRows } from './queries.ts';
import type { GridAnswer, GridSave, GridSubject } from './schema-grid.ts';

const weekDays = (week: string) => Array.from({ length: 7 }, (_, i) => addDays(week, i));

/** The grid of a week for a subject. */
export async function gridOf(db: DbOrTx, orgId: string, week: string, subject: GridSubject): Promise<GridAnswer> {
  const days = weekDays(week);
  const [from, to] = [days[0]!, days[6]!];
  const contracts = (await contractRows(db, orgId)).filter((c) => c.startsOn <= to && (c.endsOn ?? to) >= from);
  const people = await db
    .selectFrom('ppl_employee')
    .select(['id', 'first_name', 'last_name'])
    .where('org_id', '=', orgId)
    .where(
      'id',
      'in',
      contracts.length ? [...new Set(contracts.map((c) => c.employeeId))] : ['00000000-0000-0000-0000-000000000000'],
    )
    .orderBy('last_name')
    .orderBy('first_name')
    .execute();
  const oneDay = new Map<string, number>();
  const longer: { employeeId: string; startsOn: string; endsOn: string }[] = [];
  if (subject.what === 'absence') {
    const rows = await db
      .selectFrom('ppl_absence')
      .select(['employee_id', 'kind', 'starts_on', 'ends_on', 'hours'])
      .where('org_id', '=', orgId)
      .where('starts_on', '<=', to)
      .where('ends_on', '>=', from)
      .execute();
    for (const r of rows) {
      if (r.starts_on !== r.ends_on)
        longer.push({ employeeId: r.employee_id, startsOn: r.starts_on, endsOn: r.ends_on });
      else if (r.kind === subject.kind) {
        const key = `${r.employee_id}|${r.starts_on}`;
        oneDay.set(key, (oneDay.get(key) ?? 0) + Number(r.hours));
      }
    }
  } else {
    const rows = await db
      .selectFrom('ppl_training')
      .select(['employee_id', 'held_on', 'hours'])
      .where('org_id', '=', orgId)
      .where('kind', '=', subject.kind)
      .where('title', '=', subject.title)
      .where('held_on', '>=', from)
      .where('held_on', '<=', to)
      .execute();
    for (const r of rows) {
      const key = `${r.employee_id}|${r.held_on}`;
      oneDay.set(key, (oneDay.get(key) ?? 0) + Number(r.hours));
    }
  }
  return {
    week,
    days,
    rows: people.map((p) => {
      const own = contracts.filter((c) => c.employeeId === p.id);
      return {
        employeeId: p.id,
        firstName: p.first_name,
        lastName: p.last_name,
        cells: days.map((d) => oneDay.get(`${p.id}|${d}`) ?? null),
        locked: days.map(
          (d) =>
            !own.some((c) => coversDay(c, d)) ||
            longer.some((a) => a.employeeId === p.id && a.startsOn <= d && a.endsOn >= d),
        ),
      };
    }),
  };
}

/** The table of the subject's one-day records, and the columns that make one of them (besides the person). */
function cellRecord(subject: GridSubject, day: string) {
  return subject.what === 'absence'
    ? { table: 'ppl_absence' as const, key: { kind: subject.kind, starts_on: day, ends_on: day } }
    : { table: 'ppl_training' as const, key: { kind: subject.kind, title: subject.title, held_on: day } };
}

/** Saves the cells sent (all or nothing) and answers the grid again. */
export async function saveGrid(db: Db, orgId: string, input: GridSave): Promise<{ grid: GridAnswer; changed: number }> {
  const { week, subject, cells } = input;
  return db.transaction().execute(async (tx) => {
    const grid = await gridOf(tx, orgId, week, subject);
    const rows = new Map(grid.rows.map((r) => [r.employeeId, r]));
    for (const [i, cell] of cells.entries()) {
      const row = rows.get(cell.employeeId);
      if (!row) throw AppError.notFound();
      const d = grid.days.indexOf(cell.day);
      if (d < 0) throw invalidField(`cells.${i}.day`, msg('grid_day_outside'));
      if (row.locked[d] && cell.hours) throw invalidField(`cells.${i}.day`, msg('grid_day_locked'));
    }
    let changed = 0;
    for (const cell of cells) {
      const hours = cell.hours ?? 0;
      const before = rows.get(cell.employeeId)!.cells[grid.days.indexOf(cell.day)] ?? 0;
      if (before === hours) continue;
      changed++;
      const { table, key } = cellRecord(subject, cell.day);
      const record = { org_id: orgId, employee_id: cell.employeeId, ...key };
      await tx
        .deleteFrom(table)
        .where((eb) => eb.and(record))
        .execute();
      if (hours > 0)
        await tx
          .insertInto(table)
          .values({ ...record, hours })
          .execute();
    }
    return { grid: await gridOf(tx, orgId, week, subject), changed };
  });
}
