/** Test set-up for the handbook: a small handbook, sample records for the isolation test, bodies. */
import { answer, type Client, directorWithTeam } from '../../server/testing.ts';
import type { RichDoc } from './schema.ts';

/** The path parameters of a call about the organisation, or about one document in it. */
export const inOrg = (orgId: string) => ({ params: { path: { orgId } } });
export const onDoc = (orgId: string, documentId: string) => ({ params: { path: { orgId, documentId } } });

/** A document of a heading, a paragraph with a link, a list and a small table. */
export function sampleDoc(words = 'Het intakegesprek gebeurt binnen vijf werkdagen.'): RichDoc {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Doel' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: words },
          { type: 'text', text: ' Zie ' },
          {
            type: 'text',
            text: 'de website',
            marks: [{ type: 'link', attrs: { href: 'https://www.vaph.be', target: '_blank', rel: null, class: null } }],
          },
        ],
      },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Aanmelding' }] }] },
          { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kennismaking' }] }] },
        ],
      },
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Wie' }] }] },
              { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Wat' }] }] },
            ],
          },
          {
            type: 'tableRow',
            content: [
              { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Begeleider' }] }] },
              { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Verslag' }] }] },
            ],
          },
        ],
      },
    ],
  };
}

/** The id a 200 answer carries; any other answer fails the set-up, naming `what`. */
function idOf(a: { status: number; body: unknown }, what: string): string {
  if (a.status !== 200) throw new Error(`${what}: ${a.status} ${JSON.stringify(a.body)}`);
  return (a.body as { id: string }).id;
}

export async function addProcess(client: Client, orgId: string, name: string) {
  return idOf(
    await answer(client.api.POST('/orgs/{orgId}/handbook/processes', { ...inOrg(orgId), body: { name } })),
    name,
  );
}

export async function addDocument(client: Client, orgId: string, processId: string, title: string, doc = sampleDoc()) {
  return idOf(
    await answer(
      client.api.POST('/orgs/{orgId}/handbook/documents', {
        ...inOrg(orgId),
        body: { processId, kind: 'procedure', title, content: doc as never },
      }),
    ),
    title,
  );
}

/** Submits and approves the document's draft (the client must be allowed to approve). */
export async function approve(client: Client, orgId: string, documentId: string) {
  const submit = await answer(
    client.api.POST('/orgs/{orgId}/handbook/documents/{documentId}/submit', onDoc(orgId, documentId)),
  );
  const ok = await answer(
    client.api.POST('/orgs/{orgId}/handbook/documents/{documentId}/approve', onDoc(orgId, documentId)),
  );
  if (submit.status !== 200 || ok.status !== 200) throw new Error(`approve: ${submit.status} ${ok.status}`);
  return ok.body;
}

/** An organisation with a director (writes and approves), a staff member, two begeleiders and a board member. */
export const handbookTeam = (ctx: Parameters<typeof directorWithTeam>[0]) =>
  directorWithTeam(ctx, { staff: 'staf', coach: 'begeleider', coach2: 'begeleider', board: 'bestuur' });

/** One record of each kind, for the router-wide isolation test. */
export async function handbookSamples(client: Client, orgId: string): Promise<Record<string, string>> {
  const processId = await addProcess(client, orgId, 'Intake');
  const documentId = await addDocument(client, orgId, processId, 'Procedure intake');
  const v = await approve(client, orgId, documentId);
  const riskId = idOf(
    await answer(client.api.POST('/orgs/{orgId}/handbook/risks', { ...inOrg(orgId), body: { title: 'Valrisico' } })),
    'risk',
  );
  return { processId, documentId, versionId: v.id, riskId };
}

/** Valid request bodies for routes whose validation would otherwise answer first ("METHOD /api/path"). */
export const HANDBOOK_BODIES: Record<string, unknown> = {
  'POST /api/orgs/:orgId/handbook/processes': { name: 'Overgenomen' },
  'PATCH /api/orgs/:orgId/handbook/processes/:processId': { name: 'Overgenomen' },
  'POST /api/orgs/:orgId/handbook/documents': {
    processId: '00000000-0000-4000-8000-000000000000',
    kind: 'procedure',
    title: 'Overgenomen',
  },
  'PATCH /api/orgs/:orgId/handbook/documents/:documentId': { title: 'Overgenomen' },
  'PUT /api/orgs/:orgId/handbook/documents/:documentId/draft': { content: { type: 'doc', content: [] } },
  'POST /api/orgs/:orgId/handbook/documents/:documentId/read-requests': { role: 'begeleider' },
  'POST /api/orgs/:orgId/handbook/risks': { title: 'Overgenomen' },
};

/** Required query strings, for the same reason. */
export const HANDBOOK_QUERIES: Record<string, (ids: Record<string, string>) => string> = {
  'GET /api/orgs/:orgId/handbook/documents/:documentId/compare': (ids) => `?from=${ids.versionId}&to=${ids.versionId}`,
};
