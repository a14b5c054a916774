import { z } from 'zod';
import { orgRoute, routes } from '../../server/route.ts';
import { addContract, changeContract, endContract, removeContract } from './contracts.ts';
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
const absenceParams = employeeParams.extend({ absenceId: z.uuid() });
const trainingParams = employeeParams.extend({ trainingId: z.uuid() });

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
  orgRoute({
    method: 'delete',
    path: `${base}/contracts/{contractId}`,
    tags,
    summary: 'Remove a wrongly entered contract',
    action,
    params: contractParams,
    response: detailAnswer,
    handler: async (c, { orgId, db, params: { employeeId, contractId }, audit }) => {
      await removeContract(db, orgId, employeeId, contractId);
      await audit({
        action: 'contract.removed',
        entity: 'ppl_contract',
        entityId: contractId,
        details: { employeeId },
      });
      return c.json(await employeeDetail(db, orgId, employeeId), 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/absences`,
    tags,
    summary: 'Add an absence (sickness, work accident, maternity/parental, other) with dates and hours',
    action,
    params: employeeParams,
    body: absenceInput,
    response: detailAnswer,
    handler: async (c, { orgId, db, params: { employeeId }, body: input, audit }) => {
      const id = await addAbsence(db, orgId, employeeId, input);
      await audit({ action: 'absence.added', entity: 'ppl_absence', entityId: id, details: { employeeId } });
      return c.json(await employeeDetail(db, orgId, employeeId), 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/absences/{absenceId}`,
    tags,
    summary: 'Remove an absence',
    action,
    params: absenceParams,
    response: detailAnswer,
    handler: async (c, { orgId, db, params: { employeeId, absenceId }, audit }) => {
      await removeRecord(db, orgId, employeeId, 'ppl_absence', absenceId);
      await audit({ action: 'absence.removed', entity: 'ppl_absence', entityId: absenceId, details: { employeeId } });
      return c.json(await employeeDetail(db, orgId, employeeId), 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/trainings`,
    tags,
    summary: 'Add a training (formal, informal, initial) with hours, gross cost, subsidies and fund contributions',
    action,
    params: employeeParams,
    body: trainingInput,
    response: detailAnswer,
    handler: async (c, { orgId, db, params: { employeeId }, body: input, audit }) => {
      const id = await addTraining(db, orgId, employeeId, input);
      await audit({ action: 'training.added', entity: 'ppl_training', entityId: id, details: { employeeId } });
      return c.json(await employeeDetail(db, orgId, employeeId), 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/trainings/{trainingId}`,
    tags,
    summary: 'Remove a training',
    action,
    params: trainingParams,
    response: detailAnswer,
    handler: async (c, { orgId, db, params: { employeeId, trainingId }, audit }) => {
      await removeRecord(db, orgId, employeeId, 'ppl_training', trainingId);
      const details = { employeeId };
      await audit({ action: 'training.removed', entity: 'ppl_training', entityId: trainingId, details });
      return c.json(await employeeDetail(db, orgId, employeeId), 200);
    },
  }),
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
