/** Contracts of the competence routes: request bodies and answers (shared with the UI through `z.infer`). */
import { z } from '@hono/zod-openapi';
import { ACTION_STATUSES, ASSESSMENT_KINDS, CERTIFICATE_KINDS, LEVEL_SOURCES } from './logic/types.ts';

const name = z.string().trim().min(1).max(120);
const text = (max: number) => z.string().trim().max(max);
const level = z.number().int().min(1).max(4);
const day = z.iso.date();

/* ---------- Requests ---------- */

export const competenceInput = z.strictObject({
  name,
  description: text(2000).optional(),
  cluster: text(120).optional(),
  /** The observable behaviour of levels 1 to 4, in order. */
  levels: z.tuple([text(1000).min(1), text(1000).min(1), text(1000).min(1), text(1000).min(1)]),
  position: z.number().int().min(0).max(10_000).optional(),
});
export type CompetenceInput = z.infer<typeof competenceInput>;

export const profileInput = z.strictObject({
  name,
  description: text(2000).optional(),
  requirements: z.array(z.strictObject({ competenceId: z.uuid(), level })).max(200),
});
export type ProfileInput = z.infer<typeof profileInput>;

export const assignmentInput = z.strictObject({ profileId: z.uuid().nullable() });

export const assessmentInput = z.strictObject({
  competenceId: z.uuid(),
  level,
  /** Defaults to today (Brussels). */
  assessedOn: day.optional(),
  note: text(2000).optional(),
});
export type AssessmentInput = z.infer<typeof assessmentInput>;
export const selfAssessmentInput = assessmentInput.omit({ assessedOn: true });

export const planInput = z.strictObject({ title: name, reviewOn: day.nullable().optional() });
export const planPatch = planInput.partial();

export const actionInput = z.strictObject({
  description: text(1000).min(1),
  competenceId: z.uuid().nullable().optional(),
  owner: text(120).optional(),
  dueOn: day.nullable().optional(),
  status: z.enum(ACTION_STATUSES).optional(),
  followUp: text(4000).optional(),
});
export type ActionInput = z.infer<typeof actionInput>;
export const actionPatch = actionInput.partial();

export const certificateInput = z.strictObject({
  kind: z.enum(CERTIFICATE_KINDS),
  name,
  reference: text(120).optional(),
  issuedOn: day.nullable().optional(),
  expiresOn: day.nullable().optional(),
});
export type CertificateInput = z.infer<typeof certificateInput>;
export const certificatePatch = certificateInput.partial();

export const trainingLinkInput = z.strictObject({ trainingId: z.uuid(), competenceId: z.uuid(), level });

export const heatmapQuery = z.strictObject({ profileId: z.uuid().optional() });

/* ---------- Answers ---------- */

export const competence = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  cluster: z.string(),
  levels: z.array(z.string()),
  position: z.number().int(),
});
export type Competence = z.infer<typeof competence>;

export const profile = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  requirements: z.array(z.object({ competenceId: z.uuid(), level: z.number().int() })),
  people: z.number().int(),
});
export type Profile = z.infer<typeof profile>;

const profileRef = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const personSummary = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  profile: profileRef,
  required: z.number().int(),
  met: z.number().int(),
  missingLevels: z.number().int(),
  warnings: z.number().int(),
});
export type PersonSummary = z.infer<typeof personSummary>;

export const currentLevel = z.object({ level: z.number().int(), source: z.enum(LEVEL_SOURCES), on: z.string() });

export const assessment = z.object({
  id: z.uuid(),
  competenceId: z.uuid(),
  level: z.number().int(),
  kind: z.enum(ASSESSMENT_KINDS),
  assessedOn: z.string(),
  assessedBy: z.string().nullable(),
  note: z.string(),
});
export type Assessment = z.infer<typeof assessment>;

export const planAction = z.object({
  id: z.uuid(),
  competenceId: z.uuid().nullable(),
  description: z.string(),
  owner: z.string(),
  dueOn: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  followUp: z.string(),
});
export type PlanAction = z.infer<typeof planAction>;

export const plan = z.object({
  id: z.uuid(),
  title: z.string(),
  reviewOn: z.string().nullable(),
  actions: z.array(planAction),
});
export type Plan = z.infer<typeof plan>;

export const certificate = z.object({
  id: z.uuid(),
  kind: z.enum(CERTIFICATE_KINDS),
  name: z.string(),
  reference: z.string(),
  issuedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  state: z.enum(['expired', 'expiring', 'valid', 'no_expiry']),
});
export type Certificate = z.infer<typeof certificate>;

export const trainingLink = z.object({
  id: z.uuid(),
  trainingId: z.uuid(),
  title: z.string(),
  competenceId: z.uuid(),
  level: z.number().int(),
  reachedOn: z.string(),
});

export const personDetail = z.object({
  employee: z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string() }),
  profile: profileRef,
  /** Every competence of the catalogue: what the profile needs, the current level and the gap. */
  competences: z.array(
    z.object({
      competenceId: z.uuid(),
      required: z.number().int().nullable(),
      current: currentLevel.nullable(),
      gap: z.number().int().nullable(),
    }),
  ),
  assessments: z.array(assessment),
  plans: z.array(plan),
  certificates: z.array(certificate),
  trainingLinks: z.array(trainingLink),
  trainings: z.array(z.object({ id: z.uuid(), title: z.string(), heldOn: z.string(), hours: z.number() })),
});
export type PersonDetail = z.infer<typeof personDetail>;

export const myCompetences = z.object({
  catalogue: z.array(competence),
  person: personDetail.nullable(),
});
export type MyCompetences = z.infer<typeof myCompetences>;

export const heatRow = z.object({
  competenceId: z.uuid(),
  name: z.string(),
  cluster: z.string(),
  byLevel: z.array(z.number().int()),
  neededLevel: z.number().int().nullable(),
  holders: z.number().int(),
  needing: z.number().int(),
  meeting: z.number().int(),
  coverage: z.number().nullable(),
  risk: z.enum(['uncovered', 'single']).nullable(),
  byProfile: z.array(
    z.object({ profileId: z.uuid(), level: z.number().int(), people: z.number().int(), meeting: z.number().int() }),
  ),
});
export type HeatRow = z.infer<typeof heatRow>;

export const heatmap = z.object({
  profileId: z.uuid().nullable(),
  people: z.number().int(),
  profiles: z.array(z.object({ id: z.uuid(), name: z.string() })),
  rows: z.array(heatRow),
  risks: z.object({ uncovered: z.number().int(), single: z.number().int() }),
});
export type Heatmap = z.infer<typeof heatmap>;

export const expiringCertificate = certificate.extend({
  employeeId: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  daysLeft: z.number().int(),
});

export const idAnswer = z.object({ id: z.uuid() });
