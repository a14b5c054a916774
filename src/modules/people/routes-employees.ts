import { z } from 'zod';
import { personRoutes } from '../../server/crud-routes.ts';
import { orgParams } from '../../server/http.ts';
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

/** Employees: list (audited), read one (audited), create, change, export and erasure. */
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
  ...personRoutes({
    base,
    key: 'employeeId',
    tags,
    action: 'people.manage',
    entity: 'ppl_employee',
    event: 'employee.',
    detail: { response: detailAnswer, load: employeeDetail },
    create: { summary: 'Add an employee', body: employeeInput, run: createEmployee },
    update: { summary: 'Change an employee', body: employeePatch, run: updateEmployee },
    export: {
      summary: 'Everything stored about an employee (access request)',
      response: employeeExport,
      load: exportEmployee,
    },
    erase: {
      summary: 'Erase an employee and everything linked (contracts, payroll, absences, trainings)',
      run: eraseEmployee,
    },
  }),
);
