/** The stakeholder register: who matters to the organisation, how much, what they expect and how they are engaged. */
import type { Db } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import { checkLinks, linkChoices, linksByOwner, writeLinks } from './links.ts';
import { byPriority, matrixQuadrant } from './logic/quadrant.ts';
import { msg } from './messages.ts';
import type { Stakeholder, StakeholderInput } from './schema.ts';

/** The register in priority order (quadrant, then power + interest + influence, then name). */
export async function listStakeholders(db: Db, orgId: string): Promise<Stakeholder[]> {
  const choices = await linkChoices(db, orgId);
  const [rows, links] = await Promise.all([
    db.selectFrom('st_stakeholder').selectAll().where('org_id', '=', orgId).execute(),
    linksByOwner(db, orgId, choices),
  ]);
  return rows.sort(byPriority).map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    power: r.power,
    interest: r.interest,
    influence: r.influence,
    quadrant: matrixQuadrant(r.power, r.interest),
    expectations: r.expectations,
    valueCreated: r.value_created,
    engagement: r.engagement,
    lastContact: r.last_contact,
    ...links(r.id),
  }));
}

export async function stakeholder(db: Db, orgId: string, id: string): Promise<Stakeholder> {
  const found = (await listStakeholders(db, orgId)).find((s) => s.id === id);
  if (!found) throw AppError.notFound();
  return found;
}

async function requireFreeName(db: Db, orgId: string, name: string, id?: string): Promise<void> {
  let q = db.selectFrom('st_stakeholder').select('id').where('org_id', '=', orgId).where('name', '=', name);
  if (id) q = q.where('id', '<>', id);
  if (await q.executeTakeFirst()) throw invalidField('name', msg('stakeholder_name_taken'), 'conflict');
}

const row = (input: StakeholderInput) => ({
  name: input.name,
  type: input.type,
  power: input.power,
  interest: input.interest,
  influence: input.influence,
  expectations: input.expectations,
  value_created: input.valueCreated,
  engagement: input.engagement,
  last_contact: input.lastContact,
});

export async function createStakeholder(db: Db, orgId: string, input: StakeholderInput): Promise<string> {
  await requireFreeName(db, orgId, input.name);
  checkLinks(await linkChoices(db, orgId), input);
  return db.transaction().execute(async (tx) => {
    const { id } = await tx
      .insertInto('st_stakeholder')
      .values({ org_id: orgId, ...row(input) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeLinks(tx, orgId, { stakeholder_id: id }, input);
    return id;
  });
}

export async function updateStakeholder(db: Db, orgId: string, id: string, input: StakeholderInput): Promise<void> {
  const found = await db
    .selectFrom('st_stakeholder')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!found) throw AppError.notFound();
  await requireFreeName(db, orgId, input.name, id);
  checkLinks(await linkChoices(db, orgId), input);
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('st_stakeholder').set(row(input)).where('org_id', '=', orgId).where('id', '=', id).execute();
    await writeLinks(tx, orgId, { stakeholder_id: id }, input);
  });
}

export async function deleteStakeholder(db: Db, orgId: string, id: string): Promise<void> {
  const r = await db.deleteFrom('st_stakeholder').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}
