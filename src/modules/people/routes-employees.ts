import { z } from 'zod';
import { noContent, orgParams } from '../../server/http.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { eraseEmployee, exportEmployee } from './employee-records.ts';
import { createEmployee, employeeDetail, listEmployees, updateEmployee } from './employees.ts';
import {
  employeeDetail as detailAnswer,
  employeeExport,
  employeeInput,
  employeePatch,
  employeeSummary,
} from './schema.ts';

export const employeeParams = orgParams.extend({ employeeId: z.uuid() });
const base = '/orgs/{orgId}/people/employees';
const tags: ['people'] = ['people'];

/** Employees: list (audited), create, read one (audited), change. */
export const employeeRoutes = routes(
  orgRoute({
    method: 'get',
    path: base,
    tags,
    summary: 'Employees with their current contract, function and FTE (reading is audited)',
    action: 'people.read',
    response: z.object({ items: z.array(employeeSummary) }),
    handler: async (c, { orgId, db, audit }) => {
      const items = await listEmployees(db, orgId);
      await audit({ action: 'employee.listed', entity: 'ppl_employee', read: true });
      return c.json({ items }, 200);
    },
  }),
  orgRoute({
    method: 'post',
    path: base,
    tags,
    summary: 'Add an employee',
    action: 'people.manage',
    body: employeeInput,
    response: detailAnswer,
    handler: async (c, { orgId, db, body, audit }) => {
      const id = await createEmployee(db, orgId, body);
      await audit({ action: 'employee.created', entity: 'ppl_employee', entityId: id });
      return c.json(await employeeDetail(db, orgId, id), 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/{employeeId}`,
    tags,
    summary: 'An employee with contracts, absences, trainings and payroll months (audited)',
    action: 'people.read',
    params: employeeParams,
    response: detailAnswer,
    handler: async (c, { orgId, db, params: { employeeId }, audit }) => {
      const detail = await employeeDetail(db, orgId, employeeId);
      await audit({ action: 'employee.read', entity: 'ppl_employee', entityId: employeeId, read: true });
      return c.json(detail, 200);
    },
  }),
  orgRoute({
    method: 'patch',
    path: `${base}/{employeeId}`,
    tags,
    summary: 'Change an employee',
    action: 'people.manage',
    params: employeeParams,
    body: employeePatch,
    response: detailAnswer,
    handler: async (c, { orgId, db, params: { employeeId }, body: patch, audit }) => {
      await updateEmployee(db, orgId, employeeId, patch);
      const details = { fields: Object.keys(patch) };
      await audit({ action: 'employee.updated', entity: 'ppl_employee', entityId: employeeId, details });
      return c.json(await employeeDetail(db, orgId, employeeId), 200);
    },
  }),
  orgRoute({
    method: 'get',
    path: `${base}/{employeeId}/export`,
    tags,
    summary: 'Everything stored about an employee (access request)',
    action: 'people.manage',
    params: employeeParams,
    response: employeeExport,
    handler: async (c, { orgId, db, params: { employeeId }, audit }) => {
      const data = await exportEmployee(db, orgId, employeeId);
      await audit({ action: 'employee.exported', entity: 'ppl_employee', entityId: employeeId });
      return c.json(data, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/{employeeId}`,
    tags,
    summary: 'Erase an employee and everything linked (contracts, payroll, absences, trainings)',
    action: 'people.manage',
    params: employeeParams,
    response: noContent,
    handler: async (c, { orgId, db, params: { employeeId }, audit }) => {
      const standIn = await eraseEmployee(db, orgId, employeeId);
      await audit({ action: 'employee.erased', entity: 'ppl_employee', entityId: standIn });
      return c.body(null, 204);
    },
  }),
);
