/**
 * Contracts over time: add one, change one dated (the running contract closes the day before and a
 * new one with the new terms starts), end one with the reason of leaving, remove a wrongly entered
 * one. One person never has two contracts on the same day; weekly hours never exceed full-time hours.
 */
import { addDays } from '../../lib/calendar.ts';
import type { Db, DbOrTx } from '../../server/db.ts';
import { AppError, invalidField } from '../../server/errors.ts';
import { firstOverlap, type Period, runningOn } from './logic/contracts.ts';
import { msg } from './messages.ts';
import { contractRows, employeeRow } from './queries.ts';
import type { ContractAnswer, ContractChangeInput, ContractInput } from './schema.ts';

type Terms = Omit<ContractAnswer, 'id' | 'fte'>;

const row = (orgId: string, employeeId: string, t: Terms) => ({
  org_id: orgId,
  employee_id: employeeId,
  starts_on: t.startsOn,
  ends_on: t.endsOn,
  contract_type: t.contractType,
  weekly_hours: t.weeklyHours,
  full_time_hours: t.fullTimeHours,
  category: t.category,
  joint_committee: t.jointCommittee,
  function_title: t.functionTitle,
  monthly_cost_cents: t.monthlyCostCents,
  exit_reason: t.exitReason,
});

/** The person's contracts, the person locked for the rest of the transaction (two writers never interleave). */
async function lockedContracts(tx: DbOrTx, orgId: string, employeeId: string) {
  await employeeRow(tx, orgId, employeeId);
  await tx
    .selectFrom('ppl_employee')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', employeeId)
    .forUpdate()
    .execute();
  return contractRows(tx, orgId, employeeId);
}

function refuseOverlap(existing: Period[], candidate: Period, field: string) {
  const clash = firstOverlap(existing, candidate);
  if (clash)
    throw invalidField(
      field,
      msg('contract_overlap', { from: clash.startsOn, to: clash.endsOn ?? msg('open_end') }),
      'unprocessable',
    );
}

function refuseHours(t: { weeklyHours: number; fullTimeHours: number }) {
  if (t.weeklyHours > t.fullTimeHours)
    throw invalidField(
      'weeklyHours',
      msg('hours_above_full_time', { hours: t.weeklyHours, fullTime: t.fullTimeHours }),
    );
}

export async function addContract(db: Db, orgId: string, employeeId: string, input: ContractInput) {
  return db.transaction().execute(async (tx) => {
    const existing = await lockedContracts(tx, orgId, employeeId);
    const terms: Terms = { ...input, endsOn: input.endsOn ?? null, exitReason: null };
    refuseHours(terms);
    refuseOverlap(existing, terms, 'startsOn');
    const r = await tx
      .insertInto('ppl_contract')
      .values(row(orgId, employeeId, terms))
      .returning('id')
      .execute();
    return r[0]!.id;
  });
}

/**
 * A dated change from `from`: the contract running that day ends on `from - 1`, a new contract with
 * its terms and the changes starts on `from`. The new contract keeps the old end (and exit reason)
 * unless `endsOn` is given; a change to an indefinite contract is open-ended unless `endsOn` says otherwise.
 */
export async function changeContract(db: Db, orgId: string, employeeId: string, input: ContractChangeInput) {
  return db.transaction().execute(async (tx) => {
    const existing = await lockedContracts(tx, orgId, employeeId);
    const running = runningOn(existing, input.from);
    if (!running) throw invalidField('from', msg('no_running_contract', { day: input.from }), 'unprocessable');
    if (running.startsOn >= input.from)
      throw invalidField('from', msg('change_not_after_start', { start: running.startsOn }), 'unprocessable');
    const { from, endsOn, ...changes } = input;
    const toIndefinite = changes.contractType === 'indefinite' && running.contractType !== 'indefinite';
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const next: Terms = {
      ...running,
      ...defined,
      startsOn: from,
      endsOn: endsOn !== undefined ? endsOn : toIndefinite ? null : running.endsOn,
    };
    refuseHours(next);
    const others = existing.filter((c) => c.id !== running.id);
    refuseOverlap(others, next, 'endsOn');
    await tx
      .updateTable('ppl_contract')
      .set({ ends_on: addDays(from, -1), exit_reason: null })
      .where('org_id', '=', orgId)
      .where('id', '=', running.id)
      .execute();
    const r = await tx
      .insertInto('ppl_contract')
      .values(row(orgId, employeeId, next))
      .returning('id')
      .execute();
    return r[0]!.id;
  });
}

/** Ends a contract on `endsOn` with the reason the person leaves (the end of the employment spell). */
export async function endContract(
  db: Db,
  orgId: string,
  employeeId: string,
  contractId: string,
  input: { endsOn: string; exitReason: ContractAnswer['exitReason'] },
) {
  await db.transaction().execute(async (tx) => {
    const existing = await lockedContracts(tx, orgId, employeeId);
    const contract = existing.find((c) => c.id === contractId);
    if (!contract) throw AppError.notFound();
    if (input.endsOn < contract.startsOn)
      throw invalidField('endsOn', msg('end_before_start', { start: contract.startsOn }));
    refuseOverlap(
      existing.filter((c) => c.id !== contractId),
      { startsOn: contract.startsOn, endsOn: input.endsOn },
      'endsOn',
    );
    await tx
      .updateTable('ppl_contract')
      .set({ ends_on: input.endsOn, exit_reason: input.exitReason })
      .where('org_id', '=', orgId)
      .where('id', '=', contractId)
      .execute();
  });
}
