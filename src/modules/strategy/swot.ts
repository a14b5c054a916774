/** The SWOT per year: items in four quadrants with their evidence and links, and the strategies it leads to. */
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import { checkLinks, linkChoices, linksByOwner, writeLinks } from './links.ts';
import { SWOT_QUADRANTS, SWOT_STRATEGY_KINDS } from './logic/quadrant.ts';
import { msg } from './messages.ts';
import type { SwotDetail, SwotInput, SwotItemInput, SwotStrategyInput } from './schema.ts';

/** Every SWOT of the organisation, newest year first, with how many items and strategies it has. */
export async function listSwots(db: Db, orgId: string) {
  const rows = await db
    .selectFrom('st_swot as s')
    .select((eb) => [
      's.id',
      's.year',
      's.note',
      eb
        .selectFrom('st_swot_item as i')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('i.swot_id', '=', 's.id')
        .as('items'),
      eb
        .selectFrom('st_swot_strategy as t')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('t.swot_id', '=', 's.id')
        .as('strategies'),
    ])
    .where('s.org_id', '=', orgId)
    .orderBy('s.year', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, items: Number(r.items ?? 0), strategies: Number(r.strategies ?? 0) }));
}

async function requireFreeYear(db: Db, orgId: string, year: number, id?: string): Promise<void> {
  let q = db.selectFrom('st_swot').select('id').where('org_id', '=', orgId).where('year', '=', year);
  if (id) q = q.where('id', '<>', id);
  if (await q.executeTakeFirst()) throw invalidField('year', msg('swot_year_taken', { year }), 'conflict');
}

export async function createSwot(db: Db, orgId: string, input: SwotInput): Promise<{ id: string }> {
  await requireFreeYear(db, orgId, input.year);
  return db
    .insertInto('st_swot')
    .values({ org_id: orgId, year: input.year, note: input.note })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateSwot(db: Db, orgId: string, id: string, input: SwotInput): Promise<void> {
  await requireSwot(db, orgId, id);
  await requireFreeYear(db, orgId, input.year, id);
  await db.updateTable('st_swot').set(input).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function deleteSwot(db: Db, orgId: string, id: string): Promise<void> {
  const r = await db.deleteFrom('st_swot').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  if (!r.numDeletedRows) throw AppError.notFound();
}

async function requireSwot(db: Db, orgId: string, id: string) {
  const swot = await db
    .selectFrom('st_swot')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!swot) throw AppError.notFound();
  return swot;
}

/** One SWOT: its items per quadrant (in order) with their links, and its strategies with their objectives. */
export async function swotDetail(db: Db, orgId: string, id: string): Promise<SwotDetail> {
  const swot = await requireSwot(db, orgId, id);
  const choices = await linkChoices(db, orgId);
  const [items, strategies, feeds, links] = await Promise.all([
    db
      .selectFrom('st_swot_item')
      .select(['id', 'quadrant', 'text', 'evidence', 'position'])
      .where('org_id', '=', orgId)
      .where('swot_id', '=', id)
      .orderBy('position')
      .orderBy('text')
      .execute(),
    db
      .selectFrom('st_swot_strategy')
      .select(['id', 'kind', 'text'])
      .where('org_id', '=', orgId)
      .where('swot_id', '=', id)
      .orderBy('text')
      .execute(),
    db.selectFrom('st_swot_strategy_objective').selectAll().where('org_id', '=', orgId).execute(),
    linksByOwner(db, orgId, choices),
  ]);
  const objectives = new Map(choices.objectives.map((o) => [o.id, o]));
  const quadrantOrder = (q: string) => SWOT_QUADRANTS.indexOf(q as (typeof SWOT_QUADRANTS)[number]);
  const kindOrder = (k: string) => SWOT_STRATEGY_KINDS.indexOf(k as (typeof SWOT_STRATEGY_KINDS)[number]);
  return {
    id: swot.id,
    year: swot.year,
    note: swot.note,
    items: items
      .sort((a, b) => quadrantOrder(a.quadrant) - quadrantOrder(b.quadrant))
      .map((i) => ({ ...i, ...links(i.id) })),
    strategies: strategies
      .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind))
      .map((s) => ({
        ...s,
        objectives: feeds
          .filter((f) => f.strategy_id === s.id)
          .flatMap((f) => objectives.get(f.objective_id) ?? [])
          .sort((a, b) => a.title.localeCompare(b.title)),
      })),
  };
}

/** The SWOT an item or a strategy belongs to (404 when it is not this organisation's). */
async function swotOf(db: Db, orgId: string, table: 'st_swot_item' | 'st_swot_strategy', id: string): Promise<string> {
  const row = await db
    .selectFrom(table)
    .select('swot_id')
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return row.swot_id;
}

export async function addSwotItem(db: Db, orgId: string, swotId: string, input: SwotItemInput): Promise<string> {
  await requireSwot(db, orgId, swotId);
  checkLinks(await linkChoices(db, orgId), input);
  await db.transaction().execute(async (tx) => {
    const { last } = await tx
      .selectFrom('st_swot_item')
      .select((eb) => eb.fn.max('position').as('last'))
      .where('org_id', '=', orgId)
      .where('swot_id', '=', swotId)
      .where('quadrant', '=', input.quadrant)
      .executeTakeFirstOrThrow();
    const { id } = await tx
      .insertInto('st_swot_item')
      .values({
        org_id: orgId,
        swot_id: swotId,
        quadrant: input.quadrant,
        text: input.text,
        evidence: input.evidence,
        position: last === null ? 0 : Number(last) + 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeLinks(tx, orgId, { swot_item_id: id }, input);
  });
  return swotId;
}

export async function updateSwotItem(db: Db, orgId: string, itemId: string, input: SwotItemInput): Promise<string> {
  const swotId = await swotOf(db, orgId, 'st_swot_item', itemId);
  checkLinks(await linkChoices(db, orgId), input);
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('st_swot_item')
      .set({ quadrant: input.quadrant, text: input.text, evidence: input.evidence })
      .where('org_id', '=', orgId)
      .where('id', '=', itemId)
      .execute();
    await writeLinks(tx, orgId, { swot_item_id: itemId }, input);
  });
  return swotId;
}

export async function deleteSwotItem(db: Db, orgId: string, itemId: string): Promise<string> {
  const swotId = await swotOf(db, orgId, 'st_swot_item', itemId);
  await db.deleteFrom('st_swot_item').where('org_id', '=', orgId).where('id', '=', itemId).execute();
  return swotId;
}

async function writeObjectives(db: DbOrTx, orgId: string, strategyId: string, objectiveIds: string[]): Promise<void> {
  await db
    .deleteFrom('st_swot_strategy_objective')
    .where('org_id', '=', orgId)
    .where('strategy_id', '=', strategyId)
    .execute();
  const ids = [...new Set(objectiveIds)];
  if (ids.length)
    await db
      .insertInto('st_swot_strategy_objective')
      .values(ids.map((objective_id) => ({ org_id: orgId, strategy_id: strategyId, objective_id })))
      .execute();
}

export async function addSwotStrategy(
  db: Db,
  orgId: string,
  swotId: string,
  input: SwotStrategyInput,
): Promise<string> {
  await requireSwot(db, orgId, swotId);
  checkLinks(await linkChoices(db, orgId), input);
  await db.transaction().execute(async (tx) => {
    const { id } = await tx
      .insertInto('st_swot_strategy')
      .values({ org_id: orgId, swot_id: swotId, kind: input.kind, text: input.text })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeObjectives(tx, orgId, id, input.objectiveIds);
  });
  return swotId;
}

export async function updateSwotStrategy(
  db: Db,
  orgId: string,
  strategyId: string,
  input: SwotStrategyInput,
): Promise<string> {
  const swotId = await swotOf(db, orgId, 'st_swot_strategy', strategyId);
  checkLinks(await linkChoices(db, orgId), input);
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('st_swot_strategy')
      .set({ kind: input.kind, text: input.text })
      .where('org_id', '=', orgId)
      .where('id', '=', strategyId)
      .execute();
    await writeObjectives(tx, orgId, strategyId, input.objectiveIds);
  });
  return swotId;
}

export async function deleteSwotStrategy(db: Db, orgId: string, strategyId: string): Promise<string> {
  const swotId = await swotOf(db, orgId, 'st_swot_strategy', strategyId);
  await db.deleteFrom('st_swot_strategy').where('org_id', '=', orgId).where('id', '=', strategyId).execute();
  return swotId;
}
