/**
 * Demo surveys: a finished Herzberg staff survey (40 invited, 31 answers, by team) and a finished
 * SERVQUAL client survey (60 invited, 36 answers), about two months ago, and the same two a year
 * earlier, so the satisfaction KPIs have two years. Deterministic with `rnd`, inserted in bulk.
 */
import { createHash } from 'node:crypto';
import type { Answers, Question } from '../modules/surveys/logic/question.ts';
import { questionsOf } from '../modules/surveys/queries.ts';
import { createSurvey } from '../modules/surveys/surveys.ts';
import type { DemoSeed } from './seed.ts';
import type { Db } from '../server/db.ts';
import type { Random } from './random.ts';
import { dateOf } from '../lib/calendar.ts';

const day = dateOf;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

/** A roughly normal number (sum of uniforms), mean 0, deviation about `sd`. */
const noise = (rnd: Random, sd: number) => (rnd.next() + rnd.next() + rnd.next() - 1.5) * sd * 2;

const TEAMS = [
  {
    label: { nl: 'Dagcentrum De Linde', en: 'Day centre De Linde', fr: 'Centre de jour De Linde' },
    weight: 0.36,
    mood: 0.2,
  },
  { label: { nl: 'Woning ’t Anker', en: 'Home ’t Anker', fr: 'Maison ’t Anker' }, weight: 0.3, mood: -0.25 },
  { label: { nl: 'Woning Zonneweg', en: 'Home Zonneweg', fr: 'Maison Zonneweg' }, weight: 0.22, mood: 0.05 },
  { label: { nl: 'Ambulant team', en: 'Outpatient team', fr: 'Équipe ambulatoire' }, weight: 0.12, mood: 0.1 },
];

/** Where staff stand per Herzberg factor (Likert 1-5): motivators high, pay and workload lower. */
const FACTOR_MEAN: Record<string, number> = {
  achievement: 4.2,
  recognition: 3.5,
  work: 4.4,
  responsibility: 3.9,
  advancement: 2.9,
  growth: 3.6,
  policy: 3.2,
  supervision: 3.7,
  conditions: 2.7,
  relations: 4.1,
  salary: 2.6,
  status: 3.4,
  security: 3.9,
  personal: 3.1,
};

const STAFF_OPEN = [
  'Minder administratie, meer tijd voor de bewoners.',
  'Een vaste vervanger bij ziekte in het team.',
  'Meer overleg tussen de woningen en het dagcentrum.',
  'De planning vroeger bekendmaken, zeker voor de weekends.',
  'Meer opleiding rond agressie en de-escalatie.',
  'Een rustige ruimte om verslagen te schrijven.',
  'Feedback van de leidinggevende, ook als het goed gaat.',
  'Het loon ligt lager dan in de ziekenhuizen.',
  'Duidelijkere afspraken over wie wat doet bij nachtdiensten.',
  'Meer kansen om door te groeien naar een coördinerende rol.',
  'Ik ben tevreden, vooral over de collega’s.',
  'Minder wissels in het uurrooster op korte termijn.',
];
const CLIENT_OPEN = [
  'Meer vaste begeleiders, er zijn veel wissels.',
  'Sneller antwoord als ik bel.',
  'De busjes komen soms te laat.',
  'Meer activiteiten in het weekend.',
  'De brieven zijn moeilijk om te lezen.',
  'Alles is goed, de begeleiders zijn heel lief.',
  'Vroeger laten weten als er iets verandert.',
  'De badkamer in de woning mag vernieuwd worden.',
  'Meer tijd om samen te praten.',
  'Een vast aanspreekpunt voor mijn familie.',
];

async function finishedSurvey(
  db: Db,
  orgId: string,
  createdBy: string | null,
  spec: {
    title: { nl: string; en: string; fr: string };
    template: 'servqual' | 'herzberg';
    audience: 'staff' | 'clients';
    closesOn: Date;
    invited: number;
    responses: number;
    breakdown?: typeof TEAMS;
    answer: (questions: Question[], group: number) => Answers;
    groupOf: () => number;
  },
) {
  const id = await createSurvey(db, orgId, createdBy, {
    title: spec.title,
    audience: spec.audience,
    template: spec.template,
  });
  let questions = await questionsOf(db, orgId, id);
  if (spec.breakdown) {
    const q = questions.find((x) => x.breakdown)!;
    await db
      .updateTable('survey_question')
      .set({ options: JSON.stringify(spec.breakdown.map((t) => t.label)) })
      .where('id', '=', q.id)
      .execute();
    questions = await questionsOf(db, orgId, id);
  }
  const closes = day(spec.closesOn);
  await db
    .updateTable('survey')
    .set({
      status: 'closed',
      opened_on: day(addDays(spec.closesOn, -21)),
      closes_on: closes,
      closed_on: closes,
      invited: spec.invited,
    })
    .where('id', '=', id)
    .execute();
  // Token rows as a real round leaves them: hashes only (of secrets nobody keeps), some used.
  await db
    .insertInto('survey_token')
    .values(
      Array.from({ length: spec.invited }, (_, i) => ({
        org_id: orgId,
        survey_id: id,
        token_hash: createHash('sha256').update(`${id}:${i}`).digest('hex'),
        used_on: i < spec.responses ? closes : null,
      })),
    )
    .execute();
  const responses = Array.from({ length: spec.responses }, (_, i) => {
    const group = spec.groupOf();
    return {
      org_id: orgId,
      survey_id: id,
      language: i % 11 === 10 ? 'fr' : i % 13 === 12 ? 'en' : 'nl',
      submitted_on: day(addDays(spec.closesOn, -20 + (i % 20))),
      answers: JSON.stringify(spec.answer(questions, group)),
    };
  });
  await db.insertInto('survey_response').values(responses).execute();
}

function weighted(rnd: Random, weights: readonly number[]): number {
  let x = rnd.next() * weights.reduce((a, b) => a + b, 0);
  for (const [i, w] of weights.entries()) {
    x -= w;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

export async function createDemoSurveys({ db, orgId, people, rnd, now }: DemoSeed): Promise<void> {
  const createdBy = people.find((p) => p.role === 'staf')?.id ?? people.find((p) => p.role === 'directie')?.id ?? null;
  for (const [yearsAgo, shift] of [
    [1, -0.15],
    [0, 0],
  ] as const) {
    const closesOn = addDays(now, -60 - 365 * yearsAgo);
    const year = Number(day(closesOn).slice(0, 4));
    await finishedSurvey(db, orgId, createdBy, {
      title: {
        nl: `Medewerkersbevraging ${year}`,
        en: `Staff survey ${year}`,
        fr: `Enquête auprès du personnel ${year}`,
      },
      template: 'herzberg',
      audience: 'staff',
      closesOn,
      invited: 40 - yearsAgo * 2,
      responses: 31 - yearsAgo * 3,
      breakdown: TEAMS,
      groupOf: () =>
        weighted(
          rnd,
          TEAMS.map((t) => t.weight),
        ),
      answer: (questions, group) => {
        const mood = noise(rnd, 0.45) + TEAMS[group]!.mood + shift;
        const a: Answers = {};
        for (const q of questions) {
          if (q.breakdown) a[q.id] = group;
          else if (q.kind === 'likert5')
            a[q.id] = clamp((FACTOR_MEAN[q.dimension!] ?? 3.5) + mood + noise(rnd, 0.6), 1, 5);
          else if (q.kind === 'nps') a[q.id] = clamp(7.4 + mood * 3 + noise(rnd, 1.3), 0, 10);
          else if (q.kind === 'open' && rnd.next() < 0.45) a[q.id] = rnd.pick(STAFF_OPEN);
        }
        return a;
      },
    });
    await finishedSurvey(db, orgId, createdBy, {
      title: { nl: `Cliëntbevraging ${year}`, en: `Client survey ${year}`, fr: `Enquête auprès des clients ${year}` },
      template: 'servqual',
      audience: 'clients',
      closesOn: addDays(closesOn, 7),
      invited: 60 - yearsAgo * 4,
      responses: 36 - yearsAgo * 4,
      groupOf: () => weighted(rnd, [0.45, 0.3, 0.25]),
      answer: (questions, group) => {
        const mood = noise(rnd, 0.5) + shift;
        const a: Answers = {};
        const gapOf: Record<string, number> = {
          tangibles: -0.3,
          reliability: -0.8,
          responsiveness: -1.2,
          assurance: -0.4,
          empathy: -0.6,
        };
        for (const q of questions) {
          if (q.breakdown) a[q.id] = group;
          else if (q.aspect === 'expectation') a[q.id] = clamp(6.3 + noise(rnd, 0.5), 1, 7);
          else if (q.aspect === 'perception')
            a[q.id] = clamp(6.2 + (gapOf[q.dimension!] ?? 0) + mood + noise(rnd, 0.7), 1, 7);
          else if (q.kind === 'nps') a[q.id] = clamp(8.7 + mood * 2.5 + noise(rnd, 1.1), 0, 10);
          else if (q.kind === 'open' && rnd.next() < 0.5) a[q.id] = rnd.pick(CLIENT_OPEN);
        }
        return a;
      },
    });
  }
}
