/** Test set-up for the complaints module: sample records for the isolation test, and helpers for API tests. */
import { daysFromToday } from '../../lib/calendar.ts';
import type { Client } from '../../server/testing.ts';
import type { ComplaintInput } from './schema.ts';

/** A complaint received a week ago, about a group, without a client. */
export const sampleComplaint = (over: Partial<ComplaintInput> = {}): ComplaintInput => ({
  kind: 'complaint',
  source: 'network',
  channel: 'phone',
  receivedOn: daysFromToday(-7),
  subject: 'Te weinig uitleg bij de verhuis naar een andere leefgroep',
  aboutKind: 'group',
  about: 'Leefgroep Noord',
  severity: 'medium',
  complainant: 'Een zus',
  ...over,
});

/** Registers a complaint and answers its id (throws on a refusal). */
export async function registerComplaint(client: Client, orgId: string, over: Partial<ComplaintInput> = {}) {
  const r = await client.api.POST('/orgs/{orgId}/complaints', {
    params: { path: { orgId } },
    body: sampleComplaint(over),
  });
  if (!r.data) throw new Error(`complaint: ${r.response.status} ${JSON.stringify(r.error)}`);
  return r.data.id;
}

/** Ids of one organisation's complaint records, by route parameter name. */
export async function complaintSamples(client: Client, orgId: string): Promise<Record<string, string>> {
  return { complaintId: await registerComplaint(client, orgId) };
}

/** Valid request bodies for routes whose validation would otherwise answer first ("METHOD /api/path"). */
export const COMPLAINT_BODIES: Record<string, unknown> = {
  'POST /api/orgs/:orgId/complaints': sampleComplaint(),
  'PATCH /api/orgs/:orgId/complaints/:complaintId': { answer: 'Overgenomen' },
  'POST /api/orgs/:orgId/complaints/:complaintId/steps': { doneOn: daysFromToday(-1), note: 'Overgenomen' },
  'POST /api/orgs/:orgId/complaint-rules': { validFrom: '2030-01-01', ackDays: 1, answerDays: 2 },
};

/** The anonymous form: reached with the organisation's public link, without a session ("METHOD /api/path"). */
export const COMPLAINT_PUBLIC_ROUTES: string[] = ['GET /api/klacht/:token', 'POST /api/klacht/:token'];
