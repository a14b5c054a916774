import { z } from 'zod';
import { orgParams } from '../../server/http.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { createEmployee, employeeDetail, listEmployees, updateEmployee } from './employees.ts';
import { employeeDetail as detailAnswer, employeeInput, employeePatch, employeeSummary } from './schema.ts';

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
    handler: async (c, { orgId, audit }) => {
      const items = await listEmployees(c.var.db, orgId);
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
    handler: async (c, { orgId, audit }) => {
      const id = await createEmployee(c.var.db, orgId, c.req.valid('json'));
      await audit({ action: 'employee.created', entity: 'ppl_employee', entityId: id });
      return c.json(await employeeDetail(c.var.db, orgId, id), 200);
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
    handler: async (c, { orgId, audit }) => {
      const { employeeId } = c.req.valid('param');
      const detail = await employeeDetail(c.var.db, orgId, employeeId);
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
    handler: async (c, { orgId, audit }) => {
      const { employeeId } = c.req.valid('param');
      const patch = c.req.valid('json');
      await updateEmployee(c.var.db, orgId, employeeId, patch);
      const details = { fields: Object.keys(patch) };
      await audit({ action: 'employee.updated', entity: 'ppl_employee', entityId: employeeId, details });
      return c.json(await employeeDetail(c.var.db, orgId, employeeId), 200);
    },
  }),
);
