/** Contracts of the complaint routes: request bodies and answers (shared with the UI through `z.infer`). */
import { z } from '@hono/zod-openapi';

export const KINDS = ['complaint', 'remark'] as const;
export const SOURCES = ['client', 'network', 'staff', 'other', 'anonymous'] as const;
export const CHANNELS = ['in_person', 'phone', 'letter', 'email', 'public_link', 'other'] as const;
export const ABOUT_KINDS = ['care', 'function', 'group', 'process', 'other'] as const;
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const OUTCOMES = ['founded', 'partly', 'not_founded'] as const;
export const STAGES = ['received', 'acknowledged', 'answered'] as const;

const text = (max: number) => z.string().trim().max(max);
const day = z.iso.date();

/* ---------- Requests ---------- */

export const complaintInput = z.strictObject({
  kind: z.enum(KINDS),
  source: z.enum(SOURCES),
  channel: z.enum(CHANNELS),
  receivedOn: day,
  subject: text(200).min(1),
  description: text(5000).optional(),
  aboutKind: z.enum(ABOUT_KINDS),
  /** What it is about: the support function, the group or the process, in words. */
  about: text(200).optional(),
  severity: z.enum(SEVERITIES),
  /** The client whose care it is about: then it is client data (caseload rules, audited reading). */
  clientId: z.uuid().nullable().optional(),
  /** Minimal personal data: a name to address the answer to and how to reach them; both optional. */
  complainant: text(120).optional(),
  contact: text(200).optional(),
});
export type ComplaintInput = z.infer<typeof complaintInput>;

export const handlingPatch = z
  .strictObject({
    handlerId: z.uuid().nullable(),
    acknowledgedOn: day.nullable(),
    answeredOn: day.nullable(),
    outcome: z.enum(OUTCOMES).nullable(),
    answer: text(5000),
    severity: z.enum(SEVERITIES),
    subject: text(200).min(1),
    about: text(200),
  })
  .partial();
export type HandlingPatch = z.infer<typeof handlingPatch>;

export const stepInput = z.strictObject({ doneOn: day, note: text(2000).min(1) });

export const ruleInput = z.strictObject({
  validFrom: day,
  ackDays: z.number().int().min(0).max(365),
  answerDays: z.number().int().min(1).max(365),
});

/** What the public form asks: nothing that identifies the writer. `website` is a trap for robots (must stay empty). */
export const anonymousInput = z.strictObject({
  about: text(200).optional(),
  description: text(5000).min(10),
  language: z.enum(['nl', 'en']).optional(),
  website: z.string().max(200).optional(),
});

export const complaintParams = z.object({ orgId: z.uuid(), complaintId: z.uuid() });
export const publicTokenParams = z.object({ token: z.string().min(1).max(200) });

/* ---------- Answers ---------- */

const person = z.object({ userId: z.uuid(), name: z.string() }).nullable();

export const complaintSummary = z.object({
  id: z.uuid(),
  kind: z.enum(KINDS),
  source: z.enum(SOURCES),
  channel: z.enum(CHANNELS),
  receivedOn: day,
  subject: z.string(),
  aboutKind: z.enum(ABOUT_KINDS),
  about: z.string(),
  severity: z.enum(SEVERITIES),
  client: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  handler: person,
  ackDue: day,
  answerDue: day,
  acknowledgedOn: day.nullable(),
  answeredOn: day.nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  stage: z.enum(STAGES),
  /** The deadline passed while still open, or null. */
  overdue: z.enum(['acknowledge', 'answer']).nullable(),
  /** Handled within both deadlines (null while open and in time). */
  onTime: z.boolean().nullable(),
});
export type ComplaintSummary = z.infer<typeof complaintSummary>;

export const complaintDetail = complaintSummary.extend({
  description: z.string(),
  complainant: z.string(),
  contact: z.string(),
  answer: z.string(),
  createdBy: person,
  steps: z.array(z.object({ id: z.uuid(), doneOn: day, note: z.string(), author: z.string().nullable() })),
});
export type ComplaintDetail = z.infer<typeof complaintDetail>;

export const complaintList = z.object({ items: z.array(complaintSummary) });

export const ruleList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      validFrom: day,
      validTo: day.nullable(),
      ackDays: z.number().int(),
      answerDays: z.number().int(),
    }),
  ),
  /** The deadlines today. */
  current: z.object({ ackDays: z.number().int(), answerDays: z.number().int() }),
});

export const publicLinkState = z.object({ active: z.boolean(), createdOn: day.nullable() });
export const publicLinkCreated = z.object({ link: z.string(), createdOn: day });

export const figuresAnswer = z.object({
  years: z.array(
    z.object({
      year: z.number().int(),
      received: z.number().int(),
      /** Percentages, null when there is nothing to count. */
      onTimeShare: z.number().nullable(),
      foundedShare: z.number().nullable(),
      meanHandlingDays: z.number().nullable(),
    }),
  ),
});

export const publicForm = z.object({ organisation: z.string() });
export const publicSubmitted = z.object({ ok: z.literal(true) });
