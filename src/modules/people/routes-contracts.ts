import { z } from 'zod';
import type { Db } from '../../server/db.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { addContract, changeContract, endContract } from './contracts.ts';
import { employeeDetail } from './employees.ts';
import { addAbsence, addTraining, putPayrollMonth, removeRecord } from './records.ts';
import { employeeParams } from './routes-employees.ts';
import {
  absenceInput,
  contractChangeInput,
  contractEndInput,
  contractInput,
  employeeDetail as detailAnswer,
  payrollInput,
  trainingInput,
} from './schema.ts';

const base = '/orgs/{orgId}/people/employees/{employeeId}';
const tags: ['people'] = ['people'];
const action = 'people.manage';
const contractParams = employeeParams.extend({ contractId: z.uuid() });

/** What each kind of record is called in the audit log. */
const RECORDS = {
  contracts: { key: 'contractId', entity: 'ppl_contract', added: 'contract.added', removed: 'contract.removed' },
  absences: { key: 'absenceId', entity: 'ppl_absence', added: 'absence.added', removed: 'absence.removed' },
  trainings: { key: 'trainingId', entity: 'ppl_training', added: 'training.added', removed: 'training.removed' },
} as const;

/** Adding an absence or a training to the person: the same guard, audit shape and answer. */
function addRoute<B extends z.ZodType>(
  segment: 'absences' | 'trainings',
  summary: string,
  body: B,
  add: (db: Db, orgId: string, employeeId: string, input: z.output<B>) => Promise<string>,
) {
  const { entity, added } = RECORDS[segment];
  return orgRoute({
    method: 'post',
    path: `${base}/${segment}`,
    tags,
    summary,
    action,
    params: employeeParams,
    body,
    response: detailAnswer,
    handler: async (c, { orgId, db, params: { employeeId }, body: input, audit }) => {
      // The builder types the body from the schema; with a generic schema tsc cannot resolve that, so say it.
      const id = await add(db, orgId, employeeId, input as z.output<B>);
      await audit({ action: added, entity, entityId: id, details: { employeeId } });
      return c.json(await employeeDetail(db, orgId, employeeId), 200);
    },
  });
}

/** Removing one of the person's records (a wrong entry): the same guard, audit shape and answer. */
function removeRoute(segment: keyof typeof RECORDS, summary: string) {
  const { key, entity, removed } = RECORDS[segment];
  return orgRoute({
    method: 'delete',
    path: `${base}/${segment}/{${key}}`,
    tags,
    summary,
    action,
    params: employeeParams.extend({ [key]: z.uuid() }),
    response: detailAnswer,
    handler: async (c, { orgId, db, params, audit }) => {
      const { employeeId, [key]: id } = params as Record<'employeeId' | typeof key, string>;
      await removeRecord(db, orgId, employeeId, entity, id);
      await audit({ action: removed, entity, entityId: id, details: { employeeId } });
      return c.json(await employeeDetail(db, orgId, employeeId), 200);
    },
  });
}

/** An employee's contracts (add, dated change, end, remove), absences, trainings and payroll months. */
export const contractRoutes = routes(
  orgRoute({
    method: 'post',
    path: `${base}/contracts`,
    tags,
    summary: 'Add a contract (refused when it overlaps another contract of the person)',
    action,
    params: employeeParams,
    body: contractInput,
    response: detailAnswer,
    handler: async (c, { orgId, db, params: { employeeId }, body: input, audit }) => {
      const id = await addContract(db, orgId, employeeId, input);
      const details = { employeeId, contractType: input.contractType };
      await audit({ action: 'contract.added', entity: 'ppl_contract', entityId: id, details });
      return c.json(await employeeDetail(db, orgId, employeeId), 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/contracts/change`,
    tags,
    summary: 'A dated change: the running contract ends the day before, a new one with the changed terms starts',
    action,
    params: employeeParams,
    body: contractChangeInput,
    response: detailAnswer,
    handler: async (c, { orgId, db, params: { employeeId }, body: input, audit }) => {
      const id = await changeContract(db, orgId, employeeId, input);
      const details = { employeeId, from: input.from, fields: Object.keys(input).filter((k) => k !== 'from') };
      await audit({ action: 'contract.changed', entity: 'ppl_contract', entityId: id, details });
      return c.json(await employeeDetail(db, orgId, employeeId), 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/contracts/{contractId}/end`,
    tags,
    summary: 'End a contract with the reason of leaving (pension, SWT, dismissal, other)',
    action,
    params: contractParams,
    body: contractEndInput,
    response: detailAnswer,
    handler: async (c, { orgId, db, params: { employeeId, contractId }, body: input, audit }) => {
      await endContract(db, orgId, employeeId, contractId, input);
      const details = { employeeId, ...input };
      await audit({ action: 'contract.ended', entity: 'ppl_contract', entityId: contractId, details });
      return c.json(await employeeDetail(db, orgId, employeeId), 200);
    },
  }),
  removeRoute('contracts', 'Remove a wrongly entered contract'),
  addRoute(
    'absences',
    'Add an absence (sickness, work accident, maternity/parental, other) with dates and hours',
    absenceInput,
    addAbsence,
  ),
  removeRoute('absences', 'Remove an absence'),
  addRoute(
    'trainings',
    'Add a training (formal, informal, initial) with hours, gross cost, subsidies and fund contributions',
    trainingInput,
    addTraining,
  ),
  removeRoute('trainings', 'Remove a training'),
  orgRoute({
    method: 'put',
    path: `${base}/payroll`,
    tags,
    summary: 'Set one payroll month of the person (hours worked, cost, benefits); replaces that month',
    action,
    params: employeeParams,
    body: payrollInput,
    response: detailAnswer,
    handler: async (c, { orgId, db, params: { employeeId }, body: input, audit }) => {
      await putPayrollMonth(db, orgId, employeeId, input);
      const details = { employeeId, month: input.month };
      await audit({ action: 'payroll.saved', entity: 'ppl_payroll_month', entityId: employeeId, details });
      return c.json(await employeeDetail(db, orgId, employeeId), 200);
    },
  }),
);
