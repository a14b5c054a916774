/** The governance routes: the decision register and the board pack (JSON and PDF). */
import { today } from '../../lib/calendar.ts';
import { download, idAnswer } from '../../server/http.ts';
import { crudRoutes } from '../../server/crud-routes.ts';
import { fileResponse, orgRoute, routes } from '../../server/route.ts';
import { boardPack } from './board-pack.ts';
import { boardPackPdf } from './board-pack-pdf.ts';
import {
  bodyOf,
  createDecision,
  decisionChoices,
  deleteDecision,
  listDecisions,
  requireBody,
  updateDecision,
} from './decisions.ts';
import * as s from './schema.ts';

const tags: ['governance'] = ['governance'];
/** Recording a decision: the board's bodies need `governance.board`, the others `governance.manage` (checked per body). */
const RECORD = ['governance.manage', 'governance.board'] as ['governance.manage', 'governance.board'];

export const decisionRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/governance/choices',
    tags,
    summary: 'What a decision can be linked to, and the bodies whose decisions the caller may record',
    action: 'governance.read',
    response: s.decisionChoices,
    handler: async (c, { orgId, role, db }) => c.json(await decisionChoices(db, orgId, role), 200),
  }),
  orgRoute({
    method: 'post',
    path: '/orgs/{orgId}/governance/decisions',
    tags,
    summary:
      'Record a decision (the general assembly and the board: bestuur or directie; directie and team: staf or directie)',
    action: RECORD,
    body: s.decisionInput,
    response: idAnswer,
    handler: async (c, { orgId, user, role, db, body, audit }) => {
      requireBody(role, body.body);
      const id = await createDecision(db, orgId, body, user.id);
      await audit({
        action: 'governance.decision_recorded',
        entity: 'gov_decision',
        entityId: id,
        details: { body: body.body },
      });
      return c.json({ id }, 200);
    },
  }),
  ...crudRoutes({
    base: '/orgs/{orgId}/governance/decisions',
    key: 'decisionId',
    tags,
    action: RECORD,
    entity: 'gov_decision',
    event: 'governance.decision_',
    response: idAnswer,
    list: {
      summary: 'The decision register: decision, body, date, linked objective, partnership or project, follow-up',
      action: 'governance.read',
      response: s.decisionList,
      load: async ({ orgId, db }) => ({ items: await listDecisions(db, orgId, today()) }),
    },
    update: {
      summary: 'Change a decision or its follow-up (the same rule per body, before and after)',
      body: s.decisionInput,
      run: async ({ orgId, role, db }, id, body) => {
        requireBody(role, await bodyOf(db, orgId, id));
        requireBody(role, body.body);
        await updateDecision(db, orgId, id, body);
        return { id };
      },
    },
    remove: {
      summary: 'Remove a decision from the register',
      answer: idAnswer,
      run: async ({ orgId, role, db }, id) => {
        requireBody(role, await bodyOf(db, orgId, id));
        await deleteDecision(db, orgId, id);
      },
    },
  }),
);

export const boardPackRoutes = routes(
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/governance/board-pack',
    tags,
    summary:
      'The board pack for a meeting: the board view, decisions due, partnerships to review, projects without a continuation plan',
    action: 'governance.read',
    query: s.boardPackQuery,
    response: s.boardPack,
    handler: async (c, { orgId, db, query }) => c.json(await boardPack(db, orgId, query.meeting), 200),
  }),
  orgRoute({
    method: 'get',
    path: '/orgs/{orgId}/governance/board-pack.pdf',
    tags,
    summary: 'The board pack for a meeting as PDF',
    action: 'governance.read',
    query: s.boardPackQuery,
    response: fileResponse('application/pdf'),
    handler: async (c, { orgId, db, query, audit }) => {
      const pack = await boardPack(db, orgId, query.meeting);
      await audit({
        action: 'governance.board_pack_downloaded',
        entity: 'organisation',
        entityId: orgId,
        details: { meeting: query.meeting },
        read: true,
      });
      const pdf = await boardPackPdf(pack, c.var.lang);
      return download(pdf as BodyInit, 'application/pdf', `bestuurspakket-${query.meeting}.pdf`);
    },
  }),
);
