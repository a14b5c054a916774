import { download } from '../../server/http.ts';
import { fileResponse, orgRoute, routes } from '../../server/route.ts';
import { can } from '../orgs/public.ts';
import { loadHrFigures, loadSocialeBalans } from './balans-load.ts';
import { balansYearQuery, hrFiguresAnswer, socialeBalansAnswer } from './balans-schema.ts';
import { balansCsv } from './exports/balans-csv.ts';
import { balansPdf } from './exports/balans-pdf.ts';
import { balansXlsx } from './exports/balans-xlsx.ts';

const base = '/orgs/{orgId}/people';
const tags: ['people'] = ['people'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The sociale balans of a year (JSON, PDF, XLSX, CSV) and the HR key figures: aggregate figures for
 * `people.figures` (the board included). The people behind each figure are named (by id) only for a
 * role that may read people, and that reading is audited.
 */
export const balansRoutes = routes(
  orgRoute({
    method: 'get',
    path: `${base}/sociale-balans`,
    tags,
    summary: 'The sociale balans of a year: Parts I-III by code, missing data per code, the check against 620-623',
    action: 'people.figures',
    query: balansYearQuery,
    response: socialeBalansAnswer,
    handler: async (c, { orgId, role, db, query: { year }, audit }) => {
      const showsPeople = can(role, 'people.read');
      const answer = await loadSocialeBalans(db, orgId, year, showsPeople);
      if (showsPeople)
        await audit({ action: 'sociale_balans.read', entity: 'ppl_employee', read: true, details: { year } });
      return c.json(answer, 200);
    },
  }),
  ...(['pdf', 'xlsx', 'csv'] as const).map((format) =>
    orgRoute({
      method: 'get',
      path: `${base}/sociale-balans.${format}`,
      tags,
      summary: `The sociale balans of a year as ${format.toUpperCase()}, in the layout and order of the filing form`,
      action: 'people.figures',
      query: balansYearQuery,
      response: fileResponse(format === 'pdf' ? 'application/pdf' : format === 'xlsx' ? XLSX : 'text/csv'),
      handler: async (c, { orgId, user, db, query: { year }, audit }) => {
        const b = await loadSocialeBalans(db, orgId, year, false);
        const orgName = user.memberships.get(orgId)!.orgName;
        await audit({
          action: 'sociale_balans.downloaded',
          entity: 'organisation',
          entityId: orgId,
          details: { year, format },
        });
        const name = `sociale-balans-${year}.${format}`;
        if (format === 'csv') return download(balansCsv(b, c.var.lang), 'text/csv; charset=utf-8', name);
        if (format === 'xlsx') return download((await balansXlsx(b, c.var.lang, orgName)) as BodyInit, XLSX, name);
        const pdf = await balansPdf(b, { orgName, lang: c.var.lang, generatedAt: new Date() });
        return download(pdf as BodyInit, 'application/pdf', name);
      },
    }),
  ),
  orgRoute({
    method: 'get',
    path: `${base}/hr-figures`,
    tags,
    summary: 'HR key figures of a year, each with its formula: headcount and FTE per month, turnover, absenteeism …',
    action: 'people.figures',
    query: balansYearQuery,
    response: hrFiguresAnswer,
    handler: async (c, { orgId, db, query: { year } }) => c.json(await loadHrFigures(db, orgId, year), 200),
  }),
);
