/**
 * The demo's people register: about 85 employees over three years (from the simulation in
 * people-staff.ts), their monthly payroll, absences and trainings, a few agency and placed workers
 * and 15 volunteers with monthly activity. The demo members (directie, staf, begeleiders) are linked
 * to an employee of their own name. Inserted in bulk; deterministic with `rnd`.
 */
import { addDays, thisMonth, thisYear, today } from '../lib/calendar.ts';
import type { Role } from '../modules/orgs/policy.ts';
import { clip, daysIncl, weekdaysIncl } from '../modules/people/logic/sociale-balans-time.ts';
import type { Db } from '../server/db.ts';
import { addMonths, type DemoPerson, simulateStaff } from './people-staff.ts';
import { chunks, externalsAndVolunteers } from './people-volunteers.ts';
import type { Random } from './random.ts';

const FORMAL = [
  ['Agressiebeheersing', 14, 42_000],
  ['EHBO', 7, 18_000],
  ['Tilcoach: veilig heffen en tillen', 7, 15_000],
  ['Omgaan met autisme', 12, 36_000],
  ['Medicatiebeleid', 4, 9_000],
  ['Seksuele gezondheid en relaties', 6, 22_000],
  ['Dementie bij personen met een beperking', 12, 39_000],
] as const;
const INFORMAL = [
  'Intervisie',
  'Coaching op de werkvloer',
  'Casusbespreking',
  'Webinar vorming',
  'Meeloopdag',
] as const;
const monthEnd = (month: string) => addDays(`${addMonths(month, 1)}-01`, -1);
const daysIn = (month: string) => Number(monthEnd(month).slice(8));

/** Adds the people register of the demo organisation. */
export async function createDemoPeople(
  db: Db,
  orgId: string,
  members: { id: string; role: Role }[],
  rnd: Random,
  now: Date,
): Promise<{ employees: number }> {
  const day = today(now);
  const firstMonth = `${thisYear(now) - 2}-01`;
  const lastMonth = addMonths(thisMonth(now), -1);
  const staff = simulateStaff(rnd, firstMonth, lastMonth)
    .map((p) => ({ ...p, contracts: p.contracts.filter((c) => c.startsOn <= day) }))
    .filter((p) => p.contracts.length > 0);
  await linkMembers(db, orgId, members, staff);
  const ids = await db.transaction().execute(async (tx) => {
    const rows = await tx
      .insertInto('ppl_employee')
      .values(
        staff.map((p) => ({
          org_id: orgId,
          external_ref: p.ref,
          first_name: p.firstName,
          last_name: p.lastName,
          sex: p.sex,
          birth_year: p.birthYear,
          education: p.education,
          user_id: (p as DemoPerson & { userId?: string }).userId ?? null,
        })),
      )
      .returning(['id', 'external_ref'])
      .execute();
    return new Map(rows.map((r) => [r.external_ref!, r.id]));
  });
  const contracts = staff.flatMap((p) =>
    p.contracts.map((c) => ({
      org_id: orgId,
      employee_id: ids.get(p.ref)!,
      starts_on: c.startsOn,
      ends_on: c.endsOn,
      contract_type: c.contractType,
      weekly_hours: c.weeklyHours,
      full_time_hours: 38,
      category: c.category,
      joint_committee: '319.01',
      function_title: c.functionTitle,
      monthly_cost_cents: c.baseCostCents,
      exit_reason: c.exitReason,
    })),
  );
  await chunks(contracts, (part) => db.insertInto('ppl_contract').values(part).execute());
  const absences = staff.flatMap((p) =>
    p.absences
      .filter((a) => a.startsOn <= day)
      .map((a) => ({
        org_id: orgId,
        employee_id: ids.get(p.ref)!,
        kind: a.kind,
        starts_on: a.startsOn,
        ends_on: a.endsOn,
        hours: a.hours,
      })),
  );
  await chunks(absences, (part) => db.insertInto('ppl_absence').values(part).execute());
  const payroll = staff.flatMap((p) =>
    payrollOf(p, firstMonth, lastMonth).map((m) => ({ org_id: orgId, employee_id: ids.get(p.ref)!, ...m })),
  );
  await chunks(payroll, (part) => db.insertInto('ppl_payroll_month').values(part).execute());
  const trainings = staff.flatMap((p) =>
    trainingsOf(rnd, p, firstMonth, day).map((t) => ({ org_id: orgId, employee_id: ids.get(p.ref)!, ...t })),
  );
  await chunks(trainings, (part) => db.insertInto('ppl_training').values(part).execute());
  await externalsAndVolunteers(db, orgId, rnd, firstMonth, lastMonth);
  return { employees: staff.length };
}

/** The demo members get an employee of their own name: the director, staf as administration, begeleiders. */
async function linkMembers(db: Db, orgId: string, members: { id: string; role: Role }[], staff: DemoPerson[]) {
  const users = await db
    .selectFrom('app_user')
    .innerJoin('membership', 'membership.user_id', 'app_user.id')
    .select(['app_user.id', 'app_user.name', 'membership.role'])
    .where('membership.org_id', '=', orgId)
    .execute();
  const wanted: Partial<Record<Role, string[]>> = {
    directie: ['Directeur'],
    staf: ['Administratief medewerker', 'Maatschappelijk werker', 'Teamcoördinator'],
    begeleider: ['Begeleider', 'Opvoeder'],
  };
  const taken = new Set<DemoPerson>();
  for (const m of members) {
    const titles = wanted[m.role];
    const user = users.find((u) => u.id === m.id);
    if (!titles || !user) continue;
    const match = staff.find(
      (p) => !taken.has(p) && p.contracts.at(-1)!.endsOn === null && titles.includes(p.contracts.at(-1)!.functionTitle),
    );
    if (!match) continue;
    taken.add(match);
    const [first = user.name, ...rest] = user.name.split(' ');
    Object.assign(match, { firstName: first, lastName: rest.join(' ') || first, userId: m.id });
  }
}

/** One payroll month per month with a contract: hours worked (leave and absence out), cost, benefits. */
function payrollOf(p: DemoPerson, firstMonth: string, lastMonth: string) {
  const rows = [];
  const startYear = Number(firstMonth.slice(0, 4));
  for (let month = firstMonth; month <= lastMonth; month = addMonths(month, 1)) {
    const from = `${month}-01`;
    const to = monthEnd(month);
    const c = p.contracts.find((k) => clip(k.startsOn, k.endsOn, from, to));
    if (!c) continue;
    const [spanFrom, spanTo] = clip(c.startsOn, c.endsOn, from, to)!;
    const coverage = daysIncl(spanFrom, spanTo) / daysIn(month);
    const daily = c.weeklyHours / 5;
    let absent = 0;
    let unpaid = 0;
    for (const a of p.absences) {
      const o = clip(a.startsOn, a.endsOn, spanFrom, spanTo);
      if (!o) continue;
      absent += weekdaysIncl(...o) * daily;
      // After the first month of a long absence the health insurance pays, not the employer.
      const paidUntil = addDays(a.startsOn, 30);
      const late = clip(paidUntil, a.endsOn, ...o);
      if (late) unpaid += daysIncl(...late) / daysIn(month);
    }
    const hoursWorked = Math.max(
      0,
      Math.round(((c.weeklyHours * 52) / 12) * coverage * 0.87 * 100 - absent * 100) / 100,
    );
    const m = Number(month.slice(5));
    const holiday = m === 5 ? 1.9 : m === 12 ? 1.85 : 1;
    const index = 1.032 ** (Number(month.slice(0, 4)) - startYear);
    const cost = Math.round(c.baseCostCents * coverage * index * holiday * (1 - 0.85 * Math.min(1, unpaid)));
    rows.push({
      month: `${month}-01`,
      hours_worked: hoursWorked,
      cost_cents: cost,
      benefits_cents: Math.round(hoursWorked / 7.6) * 691,
    });
  }
  return rows;
}

/** Formal courses, informal learning and the initial training of new people, within their contracts. */
function trainingsOf(rnd: Random, p: DemoPerson, firstMonth: string, day: string) {
  const out: {
    kind: 'formal' | 'informal' | 'initial';
    title: string;
    held_on: string;
    hours: number;
    gross_cost_cents: number;
    subsidy_cents: number;
    fund_contribution_cents: number;
  }[] = [];
  const start = p.contracts[0]!.startsOn;
  const end = p.contracts.at(-1)!.endsOn ?? day;
  const within = (d: string) => d >= start && d <= end && d <= day && d >= `${firstMonth}-01`;
  if (start >= `${firstMonth}-01`) {
    out.push({
      kind: 'initial',
      title: 'Onthaal en introductie',
      held_on: addDays(start, 2),
      hours: 16,
      gross_cost_cents: 0,
      subsidy_cents: 0,
      fund_contribution_cents: 0,
    });
    out.push({
      kind: 'initial',
      title: 'Tiltechnieken voor starters',
      held_on: addDays(start, 20),
      hours: 7,
      gross_cost_cents: 9_500,
      subsidy_cents: 0,
      fund_contribution_cents: 0,
    });
  }
  const year0 = Number(firstMonth.slice(0, 4));
  for (let y = year0; y <= Number(day.slice(0, 4)); y++) {
    const formal = (rnd.next() < 0.75 ? 1 : 0) + (rnd.next() < 0.35 ? 1 : 0);
    for (let i = 0; i < formal; i++) {
      const [title, hours, cost] = rnd.pick(FORMAL);
      const held = `${y}-${String(rnd.int(1, 11)).padStart(2, '0')}-${String(rnd.int(2, 27)).padStart(2, '0')}`;
      if (!within(held)) continue;
      const subsidy = rnd.next() < 0.4 ? Math.round(cost / 2) : 0;
      out.push({
        kind: 'formal',
        title,
        held_on: held,
        hours,
        gross_cost_cents: cost,
        subsidy_cents: subsidy,
        fund_contribution_cents: rnd.next() < 0.2 ? rnd.int(25, 75) * 100 : 0,
      });
    }
    const informal = (rnd.next() < 0.7 ? 1 : 0) + (rnd.next() < 0.3 ? 1 : 0);
    for (let i = 0; i < informal; i++) {
      const held = `${y}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(2, 27)).padStart(2, '0')}`;
      if (!within(held)) continue;
      out.push({
        kind: 'informal',
        title: rnd.pick(INFORMAL),
        held_on: held,
        hours: rnd.pick([2, 3, 4, 6, 8]),
        gross_cost_cents: rnd.next() < 0.3 ? rnd.int(2, 15) * 1_000 : 0,
        subsidy_cents: 0,
        fund_contribution_cents: 0,
      });
    }
  }
  return out;
}
