import { createRoute, z } from '@hono/zod-openapi';
import { auditFor, currentUser, requireAction } from '../../server/auth.ts';
import { AppError } from '../../server/errors.ts';
import { jsonBody, jsonResponse, router } from '../../server/http.ts';
import { fileErrors, uploadBytes } from '../finance/files.ts';
import { formBody, uploadForm } from '../finance/http.ts';
import { decodeText, detectDelimiter, readCsvRecords } from '../finance/logic/index.ts';
import { ruleSet } from './rules.ts';
import { saveCells, weekGrid, type Cell } from './registrations.ts';
import { weekInput } from './schema.ts';

const orgParams = z.object({ orgId: z.uuid() });
const any = jsonResponse(z.any());
const monday = z.iso.date().refine((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1, { message: 'De week begint op een maandag.' });

/** Parses a registrations CSV (`client;function;date;units[;reason]`), naming every bad line. */
function parseRegistrationsCsv(bytes: Uint8Array): Cell[] {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw fileErrors([{ ...decoded.error, line: 0, column: '' }]);
  const { records, error } = readCsvRecords(decoded.text, detectDelimiter(decoded.text));
  if (error) throw fileErrors([error]);
  const [header, ...rows] = records;
  const errors = [];
  const cells: Cell[] = [];
  if (!header || rows.length === 0) throw fileErrors([{ code: 'no_lines', line: 1, column: '', nl: 'Het bestand bevat geen registraties.', en: 'The file holds no registrations.' }]);
  for (const { cells: r, line } of rows) {
    const [clientId = '', functionCode = '', date = '', unitsText = '', reason] = r.map((x) => x.trim());
    const units = Number(unitsText.replace(',', '.'));
    if (!/^[0-9a-f-]{36}$/.test(clientId)) errors.push({ code: 'client', line, column: header.cells[0] ?? 'client', nl: 'Geen geldige cliënt-id.', en: 'Not a valid client id.' });
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.push({ code: 'date', line, column: header.cells[2] ?? 'date', nl: `"${date}" is geen datum (jjjj-mm-dd).`, en: `"${date}" is not a date (yyyy-mm-dd).` });
    else if (!(Number.isFinite(units) && units > 0)) errors.push({ code: 'units', line, column: header.cells[3] ?? 'units', nl: 'Het aantal eenheden moet groter dan 0 zijn.', en: 'Units must be greater than 0.' });
    else cells.push({ clientId, functionCode, date, units, ...(reason ? { reason } : {}) });
  }
  if (errors.length) throw fileErrors(errors);
  return cells;
}

/** Registration: the week grid and CSV import. */
export const registrationRoutes = router()
  .openapi(
    createRoute({ method: 'get', path: '/orgs/{orgId}/registrations/week', tags: ['clients'], summary: 'The week grid: clients × days × functions, planned and registered', middleware: [requireAction('registrations.write')] as const, request: { params: orgParams, query: z.object({ start: monday, group: z.uuid().optional() }) }, responses: any }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await weekGrid(c.var.db, c.req.valid('param').orgId, q.start, q.group), 200);
    },
  )
  .openapi(
    createRoute({ method: 'put', path: '/orgs/{orgId}/registrations/week', tags: ['clients'], summary: 'Save registrations of a week in one transaction (units 0 removes)', middleware: [requireAction('registrations.write')] as const, request: { params: orgParams, ...jsonBody(weekInput) }, responses: any }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const { start, cells } = c.req.valid('json');
      const end = new Date(Date.parse(`${start}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
      const outside = cells.findIndex((x) => x.date < start || x.date > end);
      if (outside >= 0) throw new AppError('validation', { nl: `Cel ${outside + 1} valt buiten de week van ${start}.`, en: `Cell ${outside + 1} lies outside the week of ${start}.` }, { fields: [{ path: `cells.${outside}.date`, message: { nl: 'buiten de week', en: 'outside the week' } }] });
      const result = await saveCells(c.var.db, orgId, currentUser(c).id, cells, await ruleSet(c.var.db, orgId));
      await auditFor(c)({ orgId, action: 'registrations.saved', entity: 'cl_registration', details: { week: start, ...result } });
      return c.json({ ...result, grid: await weekGrid(c.var.db, orgId, start) }, 200);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: '/orgs/{orgId}/registrations/import', tags: ['clients'], summary: 'Import registrations from CSV, all or nothing', middleware: [requireAction('registrations.write')] as const, request: { params: orgParams, ...formBody(uploadForm) }, responses: any }),
    async (c) => {
      const { orgId } = c.req.valid('param');
      const { bytes, name } = await uploadBytes(c.req.valid('form').file);
      const cells = parseRegistrationsCsv(bytes);
      const result = await saveCells(c.var.db, orgId, currentUser(c).id, cells, await ruleSet(c.var.db, orgId), { label: (i) => `line ${i + 2}` });
      await auditFor(c)({ orgId, action: 'registrations.imported', entity: 'cl_registration', details: { file: name, ...result } });
      return c.json({ imported: result.saved }, 200);
    },
  );
