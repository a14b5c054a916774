/** The job-carving records (Kysely; every query scoped by the organisation). */
import { listCompetences } from '../competences/public.ts';
import { createAgreement } from '../social-economy/public.ts';
import { functionCosts } from '../people/public.ts';
import { today } from '../../lib/calendar.ts';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import { proposalEffect } from './logic/calc.ts';
import { STARTER_TASKS } from './logic/starter.ts';
import type { CalcRole } from './logic/types.ts';
import { msg } from './messages.ts';

type StarterKey = Parameters<typeof msg>[0] & `starter_${string}`;
import type {
  Candidate,
  CandidateInput,
  Designer,
  Proposal,
  ProposalInput,
  Role,
  RoleInput,
  Task,
  TaskInput,
  Vacancy,
} from './schema.ts';

const num = (v: string | number) => Number(v);
const numOrNull = (v: string | number | null) => (v === null ? null : Number(v));
const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === '23505';

/* ---------- Roles ---------- */

/** The roles with their cost per FTE: typed, else from the people module's contracts of a function with the same name. */
export async function listRoles(db: DbOrTx, orgId: string, day = today()): Promise<Role[]> {
  const rows = await db
    .selectFrom('jc_role')
    .select(['id', 'name', 'certified', 'cost_per_fte_cents'])
    .where('org_id', '=', orgId)
    .orderBy('name')
    .execute();
  const costs = new Map(
    (await functionCosts(db, orgId, day)).map((f) => [f.functionTitle.trim().toLowerCase(), f.yearlyCostPerFteCents]),
  );
  return rows.map((r) => {
    const typed = numOrNull(r.cost_per_fte_cents);
    const fromContracts = costs.get(r.name.trim().toLowerCase()) ?? null;
    return {
      id: r.id,
      name: r.name,
      certified: r.certified,
      typedCostPerFteCents: typed,
      costPerFteCents: typed ?? fromContracts,
      costSource: typed !== null ? 'typed' : fromContracts !== null ? 'contracts' : null,
    };
  });
}

async function requireRole(db: DbOrTx, orgId: string, roleId: string, field?: string) {
  const row = await db
    .selectFrom('jc_role')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', roleId)
    .executeTakeFirst();
  if (!row) throw field ? invalidField(field, msg('unknown_role'), 'not_found') : AppError.notFound();
}

async function uniqueName<T>(
  field: string,
  message: 'role_taken' | 'proposal_taken',
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isUniqueViolation(e)) throw invalidField(field, msg(message), 'conflict');
    throw e;
  }
}

export async function saveRole(db: Db, orgId: string, input: RoleInput, id?: string): Promise<string> {
  const values = { name: input.name, certified: input.certified, cost_per_fte_cents: input.costPerFteCents ?? null };
  return uniqueName('name', 'role_taken', async () => {
    if (!id) {
      const row = await db
        .insertInto('jc_role')
        .values({ org_id: orgId, ...values })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    }
    const done = await db
      .updateTable('jc_role')
      .set(values)
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw AppError.notFound();
    return id;
  });
}

export async function deleteRole(db: Db, orgId: string, id: string): Promise<void> {
  const done = await db.deleteFrom('jc_role').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  if (Number(done.numDeletedRows) === 0) throw AppError.notFound();
}

/* ---------- Tasks ---------- */

const taskColumns = [
  'id',
  'role_id',
  'name',
  'hours_per_week',
  'needs_certificate',
  'client_contact',
  'time_of_day',
  'competence_ids',
  'language_level',
] as const;

type TaskRow = {
  id: string;
  role_id: string;
  name: string;
  hours_per_week: string;
  needs_certificate: boolean;
  client_contact: boolean;
  time_of_day: Task['timeOfDay'];
  competence_ids: string[];
  language_level: Task['languageLevel'];
};
const presentTask = (r: TaskRow): Task => ({
  id: r.id,
  roleId: r.role_id,
  name: r.name,
  hoursPerWeek: num(r.hours_per_week),
  needsCertificate: r.needs_certificate,
  clientContact: r.client_contact,
  timeOfDay: r.time_of_day,
  competenceIds: [...r.competence_ids],
  languageLevel: r.language_level,
});

export async function listTasks(db: DbOrTx, orgId: string): Promise<Task[]> {
  const rows = await db
    .selectFrom('jc_task')
    .select(taskColumns)
    .where('org_id', '=', orgId)
    .orderBy('role_id')
    .orderBy('position')
    .orderBy('name')
    .execute();
  return rows.map(presentTask);
}

async function requireCompetences(db: DbOrTx, orgId: string, ids: readonly string[], field: string) {
  if (ids.length === 0) return;
  const known = new Set((await listCompetences(db, orgId)).map((c) => c.id));
  const i = ids.findIndex((id) => !known.has(id));
  if (i >= 0) throw invalidField(`${field}.${i}`, msg('unknown_competence'), 'not_found');
}

const taskRow = (input: TaskInput) => ({
  role_id: input.roleId,
  name: input.name,
  hours_per_week: input.hoursPerWeek,
  needs_certificate: input.needsCertificate,
  client_contact: input.clientContact,
  time_of_day: input.timeOfDay,
  competence_ids: JSON.stringify([...new Set(input.competenceIds)]),
  language_level: input.languageLevel,
});

export async function saveTask(db: Db, orgId: string, input: TaskInput, id?: string): Promise<Task> {
  await requireRole(db, orgId, input.roleId, 'roleId');
  await requireCompetences(db, orgId, input.competenceIds, 'competenceIds');
  if (!id) {
    const row = await db
      .insertInto('jc_task')
      .values({ org_id: orgId, ...taskRow(input) })
      .returning(taskColumns)
      .executeTakeFirstOrThrow();
    return presentTask(row);
  }
  const row = await db
    .updateTable('jc_task')
    .set(taskRow(input))
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returning(taskColumns)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return presentTask(row);
}

export async function deleteTask(db: Db, orgId: string, id: string): Promise<void> {
  const done = await db.deleteFrom('jc_task').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  if (Number(done.numDeletedRows) === 0) throw AppError.notFound();
}

/** Adds typical certificate-free tasks (logic/starter.ts) to a role, in the language of the request. */
export async function addStarterTasks(
  db: Db,
  orgId: string,
  roleId: string,
  keys: readonly string[],
  lang: 'nl' | 'en',
): Promise<Task[]> {
  await requireRole(db, orgId, roleId);
  const starters = keys.map((k, i) => {
    const s = STARTER_TASKS.find((t) => t.key === k);
    if (!s) throw invalidField(`keys.${i}`, msg('unknown_starter'));
    return s;
  });
  const rows = await db
    .insertInto('jc_task')
    .values(
      starters.map((s, i) => ({
        org_id: orgId,
        role_id: roleId,
        name: msg(`starter_${s.key}` as StarterKey)[lang],
        hours_per_week: s.hoursPerWeek,
        needs_certificate: false,
        client_contact: s.clientContact,
        time_of_day: s.timeOfDay,
        competence_ids: '[]',
        language_level: s.languageLevel,
        position: i,
      })),
    )
    .returning(taskColumns)
    .execute();
  return rows.map(presentTask);
}

/* ---------- Proposals ---------- */

const proposalColumns = [
  'id',
  'name',
  'function_name',
  'target_hours',
  'cost_basis',
  'cost_per_fte_cents',
  'price_per_hour_cents',
  'task_ids',
  'talents',
  'agreement_id',
  'realised_on',
] as const;

type ProposalRow = {
  id: string;
  name: string;
  function_name: string;
  target_hours: string;
  cost_basis: Proposal['costBasis'];
  cost_per_fte_cents: string | null;
  price_per_hour_cents: string | null;
  task_ids: string[];
  talents: string[];
  agreement_id: string | null;
  realised_on: string | null;
};

function presentProposal(r: ProposalRow, roles: readonly CalcRole[], tasks: ReadonlyMap<string, Task>): Proposal {
  const p = {
    id: r.id,
    name: r.name,
    functionName: r.function_name,
    targetHours: num(r.target_hours),
    costBasis: r.cost_basis,
    costPerFteCents: numOrNull(r.cost_per_fte_cents),
    pricePerHourCents: numOrNull(r.price_per_hour_cents),
    taskIds: [...r.task_ids],
    talents: [...r.talents] as Proposal['talents'],
    agreementId: r.agreement_id,
    realisedOn: r.realised_on,
  };
  return { ...p, effect: proposalEffect(roles, tasks, p) };
}

/** Everything the designer shows at once: roles, tasks, proposals with their effect, the competence catalogue, contract costs. */
export async function designerOf(db: DbOrTx, orgId: string): Promise<Designer> {
  const day = today();
  const [roles, tasks, rows, competences, costs] = await Promise.all([
    listRoles(db, orgId, day),
    listTasks(db, orgId),
    db
      .selectFrom('jc_proposal')
      .select(proposalColumns)
      .where('org_id', '=', orgId)
      .orderBy('created_at')
      .orderBy('name')
      .execute(),
    listCompetences(db, orgId),
    functionCosts(db, orgId, day),
  ]);
  const taskMap = new Map(tasks.map((t) => [t.id, t]));
  return {
    roles,
    tasks,
    proposals: rows.map((r) => presentProposal(r, roles, taskMap)),
    competences: competences.map((c) => ({ id: c.id, name: c.name })),
    functionCosts: costs,
  };
}

export async function proposalOf(db: DbOrTx, orgId: string, id: string): Promise<Proposal> {
  const row = await db
    .selectFrom('jc_proposal')
    .select(proposalColumns)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  const [roles, tasks] = await Promise.all([listRoles(db, orgId), listTasks(db, orgId)]);
  return presentProposal(row, roles, new Map(tasks.map((t) => [t.id, t])));
}

async function requireTasks(db: DbOrTx, orgId: string, ids: readonly string[]) {
  if (ids.length === 0) return;
  const found = await db
    .selectFrom('jc_task')
    .select(['id', 'needs_certificate'])
    .where('org_id', '=', orgId)
    .where('id', 'in', [...ids])
    .execute();
  const known = new Map(found.map((r) => [r.id, r.needs_certificate]));
  const i = ids.findIndex((id) => !known.has(id));
  if (i >= 0) throw invalidField(`taskIds.${i}`, msg('unknown_task'), 'not_found');
}

const proposalRow = (input: ProposalInput) => ({
  name: input.name,
  function_name: input.functionName,
  target_hours: input.targetHours,
  cost_basis: input.costBasis,
  cost_per_fte_cents: input.costPerFteCents,
  price_per_hour_cents: input.pricePerHourCents,
  task_ids: JSON.stringify([...new Set(input.taskIds)]),
  talents: JSON.stringify([...new Set(input.talents)]),
});

export async function saveProposal(db: Db, orgId: string, input: ProposalInput, id?: string): Promise<Proposal> {
  await requireTasks(db, orgId, input.taskIds);
  const savedId = await uniqueName('name', 'proposal_taken', async () => {
    if (!id) {
      const row = await db
        .insertInto('jc_proposal')
        .values({ org_id: orgId, ...proposalRow(input) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    }
    const done = await db
      .updateTable('jc_proposal')
      .set(proposalRow(input))
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw AppError.notFound();
    return id;
  });
  return proposalOf(db, orgId, savedId);
}

export async function deleteProposal(db: Db, orgId: string, id: string): Promise<void> {
  const done = await db.deleteFrom('jc_proposal').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  if (Number(done.numDeletedRows) === 0) throw AppError.notFound();
}

/** Marks a proposal realised (once): by a vacancy, or by the social-economy agreement with this id. */
export async function markRealised(db: DbOrTx, orgId: string, id: string, agreementId: string | null, on: string) {
  const done = await db
    .updateTable('jc_proposal')
    .set({ realised_on: on, agreement_id: agreementId })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('realised_on', 'is', null)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) throw new AppError('conflict', msg('already_realised'));
}

/* ---------- Vacancies ---------- */

const vacancyColumns = ['id', 'proposal_id', 'title', 'hours_per_week', 'opened_on', 'status'] as const;
const presentVacancy = (r: {
  id: string;
  proposal_id: string | null;
  title: string;
  hours_per_week: string;
  opened_on: string;
  status: Vacancy['status'];
}): Vacancy => ({
  id: r.id,
  proposalId: r.proposal_id,
  title: r.title,
  hoursPerWeek: num(r.hours_per_week),
  openedOn: r.opened_on,
  status: r.status,
});

export async function listVacancies(db: DbOrTx, orgId: string): Promise<Vacancy[]> {
  const rows = await db
    .selectFrom('jc_vacancy')
    .select(vacancyColumns)
    .where('org_id', '=', orgId)
    .orderBy('opened_on', 'desc')
    .execute();
  return rows.map(presentVacancy);
}

/** Opens, fills or closes a vacancy; answers it as it is now and the status it had. */
export async function setVacancyStatus(
  db: Db,
  orgId: string,
  vacancyId: string,
  status: Vacancy['status'],
): Promise<{ vacancy: Vacancy; before: Vacancy['status'] }> {
  return db.transaction().execute(async (tx) => {
    const old = await tx
      .selectFrom('jc_vacancy')
      .select('status')
      .where('org_id', '=', orgId)
      .where('id', '=', vacancyId)
      .forUpdate()
      .executeTakeFirst();
    if (!old) throw AppError.notFound();
    const row = await tx
      .updateTable('jc_vacancy')
      .set({ status })
      .where('org_id', '=', orgId)
      .where('id', '=', vacancyId)
      .returning(vacancyColumns)
      .executeTakeFirstOrThrow();
    return { vacancy: presentVacancy(row), before: old.status };
  });
}

/** Turns a proposal into an open vacancy for its new function (the proposal becomes realised). */
export async function vacancyFromProposal(db: Db, orgId: string, proposalId: string): Promise<Vacancy> {
  const p = await proposalOf(db, orgId, proposalId);
  const on = today();
  return db.transaction().execute(async (tx) => {
    await markRealised(tx, orgId, proposalId, null, on);
    const row = await tx
      .insertInto('jc_vacancy')
      .values({
        org_id: orgId,
        proposal_id: proposalId,
        title: p.functionName,
        hours_per_week: p.targetHours,
        opened_on: on,
      })
      .returning(vacancyColumns)
      .executeTakeFirstOrThrow();
    return presentVacancy(row);
  });
}

/**
 * Turns a proposal into a phase-1 cooperation agreement with a social-economy partner (social-economy's
 * createAgreement): the new function's tasks and hours per week, at the proposal's price per hour (an
 * agreement-based proposal) or its cost per FTE and year; the proposal becomes realised.
 */
export async function agreementFromProposal(
  db: Db,
  orgId: string,
  proposalId: string,
  input: { partnerId: string; startOn: string },
): Promise<string> {
  const p = await proposalOf(db, orgId, proposalId);
  const names = new Map((await listTasks(db, orgId)).map((t) => [t.id, t.name]));
  const byHour = p.costBasis === 'agreement' && p.pricePerHourCents !== null;
  return db.transaction().execute(async (tx) => {
    const agreementId = await createAgreement(tx, orgId, {
      partnerId: input.partnerId,
      title: p.functionName,
      tasks: p.taskIds
        .flatMap((id) => (names.has(id) ? [names.get(id)!] : []))
        .join('\n')
        .slice(0, 4000),
      scopeUnit: 'hours_per_week',
      scopeAmount: Math.max(p.targetHours, 0.5),
      startOn: input.startOn,
      priceUnit: byHour ? 'hour' : 'fte_year',
      priceCents: (byHour ? p.pricePerHourCents : p.costPerFteCents) ?? 0,
    });
    await markRealised(tx, orgId, proposalId, agreementId, input.startOn);
    return agreementId;
  });
}

/* ---------- Candidates ---------- */

const candidateColumns = [
  'id',
  'name',
  'competence_ids',
  'talents',
  'language_level',
  'hours_available',
  'note',
] as const;
const presentCandidate = (r: {
  id: string;
  name: string;
  competence_ids: string[];
  talents: string[];
  language_level: Candidate['languageLevel'];
  hours_available: string;
  note: string;
}): Candidate => ({
  id: r.id,
  name: r.name,
  competenceIds: [...r.competence_ids],
  talents: [...r.talents] as Candidate['talents'],
  languageLevel: r.language_level,
  hoursAvailable: num(r.hours_available),
  note: r.note,
});

export async function listCandidates(db: DbOrTx, orgId: string): Promise<Candidate[]> {
  const rows = await db
    .selectFrom('jc_candidate')
    .select(candidateColumns)
    .where('org_id', '=', orgId)
    .orderBy('name')
    .execute();
  return rows.map(presentCandidate);
}

const candidateRow = (input: CandidateInput) => ({
  name: input.name,
  competence_ids: JSON.stringify([...new Set(input.competenceIds)]),
  talents: JSON.stringify([...new Set(input.talents)]),
  language_level: input.languageLevel,
  hours_available: input.hoursAvailable,
  note: input.note ?? '',
});

export async function saveCandidate(db: Db, orgId: string, input: CandidateInput, id?: string): Promise<Candidate> {
  await requireCompetences(db, orgId, input.competenceIds, 'competenceIds');
  if (!id) {
    const row = await db
      .insertInto('jc_candidate')
      .values({ org_id: orgId, ...candidateRow(input) })
      .returning(candidateColumns)
      .executeTakeFirstOrThrow();
    return presentCandidate(row);
  }
  const row = await db
    .updateTable('jc_candidate')
    .set(candidateRow(input))
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .returning(candidateColumns)
    .executeTakeFirst();
  if (!row) throw AppError.notFound();
  return presentCandidate(row);
}

export async function deleteCandidate(db: Db, orgId: string, id: string): Promise<void> {
  const done = await db.deleteFrom('jc_candidate').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
  if (Number(done.numDeletedRows) === 0) throw AppError.notFound();
}
