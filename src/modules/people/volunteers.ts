/** Agency and placed staff (account 617), and volunteers with their monthly activity. */
import type { DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import { msg } from './messages.ts';
import type { ExternalInput, VolunteerInput } from './schema.ts';

const num = (v: string | number) => Number(v);

export async function listExternals(db: DbOrTx, orgId: string) {
  const rows = await db
    .selectFrom('ppl_external')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('starts_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    description: r.description,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    fte: num(r.fte),
    hours: num(r.hours),
    costCents: num(r.cost_cents),
  }));
}

export async function addExternal(db: DbOrTx, orgId: string, e: ExternalInput): Promise<string> {
  const r = await db
    .insertInto('ppl_external')
    .values({
      org_id: orgId,
      kind: e.kind,
      description: e.description,
      starts_on: e.startsOn,
      ends_on: e.endsOn,
      fte: e.fte,
      hours: e.hours,
      cost_cents: e.costCents,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function removeExternal(db: DbOrTx, orgId: string, id: string) {
  const r = await db.deleteFrom('ppl_external').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}

export async function listVolunteers(db: DbOrTx, orgId: string, id?: string) {
  let q = db.selectFrom('ppl_volunteer').selectAll().where('org_id', '=', orgId);
  if (id) q = q.where('id', '=', id);
  const [rows, activity] = await Promise.all([
    q.orderBy('name').orderBy('id').execute(),
    db
      .selectFrom('ppl_volunteer_activity')
      .select(['volunteer_id', 'month', 'hours', 'expenses_cents'])
      .where('org_id', '=', orgId)
      .$if(Boolean(id), (a) => a.where('volunteer_id', '=', id ?? ''))
      .orderBy('month')
      .execute(),
  ]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    tasks: r.tasks,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    insured: r.insured,
    insuranceRef: r.insurance_ref,
    activity: activity
      .filter((a) => a.volunteer_id === r.id)
      .map((a) => ({ month: a.month.slice(0, 7), hours: num(a.hours), expensesCents: num(a.expenses_cents) })),
  }));
}

/** One volunteer of the organisation with their activity, or 404. */
export async function volunteer(db: DbOrTx, orgId: string, id: string) {
  const [v] = await listVolunteers(db, orgId, id);
  if (!v) throw AppError.notFound();
  return v;
}

export async function addVolunteer(db: DbOrTx, orgId: string, v: VolunteerInput): Promise<string> {
  const r = await db
    .insertInto('ppl_volunteer')
    .values({
      org_id: orgId,
      name: v.name,
      tasks: v.tasks,
      starts_on: v.startsOn,
      ends_on: v.endsOn ?? null,
      insured: v.insured,
      insurance_ref: v.insuranceRef,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updateVolunteer(db: DbOrTx, orgId: string, id: string, patch: Partial<VolunteerInput>) {
  const before = await volunteer(db, orgId, id);
  const endsOn = patch.endsOn !== undefined ? patch.endsOn : before.endsOn;
  const startsOn = patch.startsOn ?? before.startsOn;
  if (endsOn && endsOn < startsOn) throw invalidField('endsOn', msg('not_before_start'));
  const set = {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.tasks !== undefined ? { tasks: patch.tasks } : {}),
    ...(patch.startsOn !== undefined ? { starts_on: patch.startsOn } : {}),
    ...(patch.endsOn !== undefined ? { ends_on: patch.endsOn } : {}),
    ...(patch.insured !== undefined ? { insured: patch.insured } : {}),
    ...(patch.insuranceRef !== undefined ? { insurance_ref: patch.insuranceRef } : {}),
  };
  if (Object.keys(set).length > 0)
    await db.updateTable('ppl_volunteer').set(set).where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** Removes a volunteer and their activity (also the erasure of a volunteer). */
export async function removeVolunteer(db: DbOrTx, orgId: string, id: string) {
  const r = await db.deleteFrom('ppl_volunteer').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}

/** Sets a volunteer's activity of one month (hours, expenses); a second call replaces it. */
export async function putActivity(
  db: DbOrTx,
  orgId: string,
  volunteerId: string,
  a: { month: string; hours: number; expensesCents: number },
) {
  await volunteer(db, orgId, volunteerId);
  const values = { hours: a.hours, expenses_cents: a.expensesCents };
  await db
    .insertInto('ppl_volunteer_activity')
    .values({ org_id: orgId, volunteer_id: volunteerId, month: `${a.month}-01`, ...values })
    .onConflict((oc) => oc.columns(['volunteer_id', 'month']).doUpdateSet(values))
    .execute();
}
