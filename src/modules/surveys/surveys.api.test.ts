import { beforeAll, describe, expect, it } from 'vitest';
import { answer, Client, orgWithMember, TEST_PASSWORD, testAppForFile } from '../../server/testing.ts';
import { addMember } from '../orgs/public.ts';
import { draftSurvey, formOf, respond, surveyCalls } from './testing.ts';
import { surveyFigures } from './kpi-source.ts';
import { daysFromToday } from '../../lib/calendar.ts';
import { hashPassword } from '../../server/secrets.ts';

const ctx = testAppForFile();
let director: Awaited<ReturnType<typeof orgWithMember>>;
beforeAll(async () => {
  director = await orgWithMember(ctx, 'directie');
  sv = surveyCalls(director);
});

const in30Days = () => daysFromToday(30);
const base = () => `/api/orgs/${director.org.id}/surveys`;
let sv: ReturnType<typeof surveyCalls>;

describe('survey management', () => {
  it('creates a blank draft (the permission probe) and a SERVQUAL or Herzberg survey from a template', async () => {
    const blank = await sv.create(director.client, { title: { nl: 'Probe' }, audience: 'staff' });
    expect(blank.status).toBe(200);
    const probe = await sv.detail(blank.body.id);
    expect(probe.body).toMatchObject({ status: 'draft', languages: ['nl'], questions: 0, questionList: [] });
    const servqual = await sv.create(director.client, {
      title: { nl: 'Cliëntbevraging' },
      audience: 'clients',
      template: 'servqual',
    });
    const s = (await sv.detail(servqual.body.id)).body;
    expect(s.questionList.filter((q) => q.aspect).length).toBe(44);
    expect(s.languages).toEqual(['nl', 'en', 'fr']);
    const herzberg = await sv.create(director.client, {
      title: { nl: 'Medewerkers' },
      audience: 'staff',
      template: 'herzberg',
    });
    expect((await sv.detail(herzberg.body.id)).body.questionList.some((q) => q.kind === 'nps')).toBe(true);
    const list = await answer(director.client.api.GET('/orgs/{orgId}/surveys', { params: sv.orgPath }));
    expect(list.body.items.length).toBeGreaterThanOrEqual(3);
  });

  it('adds the short easy-language client survey (at most 12 items, faces) and keeps a test survey out of the KPIs', async () => {
    const easy = await sv.create(director.client, {
      title: { nl: 'Hoe gaat het?' },
      audience: 'clients',
      template: 'easy',
      test: true,
    });
    expect(easy.status).toBe(200);
    const detail = (await sv.detail(easy.body.id)).body;
    expect(detail.questionList.length).toBeLessThanOrEqual(12);
    expect(detail.questionList.filter((q) => q.kind === 'likert5').length).toBeGreaterThanOrEqual(8);
    expect(detail.questionList.some((q) => q.kind === 'likert7' || q.kind === 'nps')).toBe(false);
    expect(detail.test).toBe(true);
    const opened = await answer(
      director.client.api.POST('/orgs/{orgId}/surveys/{surveyId}/open', {
        params: sv.surveyPath(easy.body.id),
        body: { invitations: 3, closesOn: in30Days() },
      }),
    );
    expect(opened.status).toBe(200);
    const token = opened.body.links[0]!.split('/s/')[1]!;
    expect((await formOf(new Client(ctx.app), token)).body).toMatchObject({ easy: true });
    // The test survey feeds no KPI figure; a real one does.
    const real = await sv.openDraft({ invitations: 5 });
    const figures = await surveyFigures(ctx.db, director.org.id);
    expect(figures.map((f) => f.surveyId)).toContain(real.id);
    expect(figures.map((f) => f.surveyId)).not.toContain(easy.body.id);
  });

  it('refuses bad definitions with the field named', async () => {
    // Deliberately malformed: no Dutch title (the typed client would refuse it).
    const noDutch = await director.client.post(base(), { title: { en: 'No Dutch' }, audience: 'staff' });
    expect(noDutch.status).toBe(400);
    expect(noDutch.body.error.fields[0].path).toBe('title.nl');
    const id = await draftSurvey(director.client, director.org.id);
    const oneOption = await answer(
      director.client.api.PUT('/orgs/{orgId}/surveys/{surveyId}/questions', {
        params: sv.surveyPath(id),
        body: { questions: [{ kind: 'single', text: { nl: 'Team?' }, options: [{ nl: 'A' }] }] },
      }),
    );
    expect(oneOption.status).toBe(400);
    expect(oneOption.body.error!.fields![0]!.path).toBe('questions.0.options');
  });

  it('allows editing only while draft (422 once open); the links are returned once, also as CSV', async () => {
    const { id, tokens, body } = await sv.openDraft({ invitations: 3 });
    expect(tokens).toHaveLength(3);
    expect(new Set(tokens).size).toBe(3);
    expect(tokens[0]).toMatch(new RegExp(`^${id}\\.[A-Za-z0-9_-]{24}$`));
    expect(body.csv.split('\r\n')[1]).toBe(`1;${body.links[0]}`);
    const api = director.client.api;
    const params = sv.surveyPath(id);
    const edit = await answer(
      api.PUT('/orgs/{orgId}/surveys/{surveyId}/questions', {
        params,
        body: { questions: [{ kind: 'open', text: { nl: 'Nieuw' } }] },
      }),
    );
    expect(edit.status).toBe(422);
    expect(edit.body.error!.message).toContain('ontwerp');
    expect(
      (await answer(api.PATCH('/orgs/{orgId}/surveys/{surveyId}', { params, body: { title: { nl: 'Andere titel' } } })))
        .status,
    ).toBe(422);
    const reopen = api.POST('/orgs/{orgId}/surveys/{surveyId}/open', {
      params,
      body: { invitations: 3, closesOn: in30Days() },
    });
    expect((await answer(reopen)).status).toBe(422);
    expect((await answer(api.DELETE('/orgs/{orgId}/surveys/{surveyId}', { params }))).status).toBe(422);
    const stored = await ctx.db.selectFrom('survey_token').where('survey_id', '=', id).select('token_hash').execute();
    expect(stored.map((t) => t.token_hash).some((h) => tokens.some((t) => t.includes(h)))).toBe(false);
  });

  it('lets the board read results but not create surveys', async () => {
    const board = new Client(ctx.app);
    await addMember(ctx.db, director.org.id, {
      email: `bestuur.${director.email}`,
      name: 'Bestuurder',
      role: 'bestuur',
      passwordHash: await hashPassword(TEST_PASSWORD),
    });
    await board.login(`bestuur.${director.email}`);
    const { id } = await sv.openDraft();
    expect((await sv.results(board, id)).status).toBe(200);
    expect((await sv.create(board, { title: { nl: 'x' }, audience: 'staff' })).status).toBe(403);
  });
});

describe('respondent links', () => {
  it('a token gives that one survey’s form only, without a session, and no organisation route', async () => {
    const { id, tokens } = await sv.openDraft({ title: 'Eigen bevraging' });
    const other = await sv.openDraft({ title: 'Andere bevraging' });
    const anonymous = new Client(ctx.app);
    const form = await formOf(anonymous, tokens[0]);
    expect(form.status).toBe(200);
    expect(Object.keys(form.body).sort()).toEqual([
      'audience',
      'closesOn',
      'easy',
      'intro',
      'languages',
      'link',
      'questions',
      'title',
    ]);
    expect(form.body.title.nl).toBe('Eigen bevraging');
    expect(JSON.stringify(form.body)).not.toContain(director.org.id);
    expect(JSON.stringify(form.body)).not.toContain(director.org.name);
    expect(form.headers.get('set-cookie')).toBeNull();
    // The secret of one survey does not open another survey.
    const swapped = `${other.id}.${tokens[0]!.split('.')[1]}`;
    expect((await formOf(anonymous, swapped)).status).toBe(404);
    // The token is no key to the organisation.
    expect((await answer(anonymous.api.GET('/orgs/{orgId}/surveys', { params: sv.orgPath }))).status).toBe(401);
    expect((await sv.results(anonymous, id)).status).toBe(401);
    // Forged credentials: the token as a bearer token and as a session cookie.
    const forged = { headers: { authorization: `Bearer ${tokens[0]}`, cookie: `sb_session=${tokens[0]}` } };
    expect((await answer(anonymous.api.GET('/orgs/{orgId}/surveys', { params: sv.orgPath, ...forged }))).status).toBe(
      401,
    );
    expect(
      (
        await answer(
          anonymous.api.GET('/orgs/{orgId}/surveys/{surveyId}/results', { params: sv.surveyPath(id), ...forged }),
        )
      ).status,
    ).toBe(401);
  });

  it('takes one response per link: a reused link answers 410 “Deze link is al gebruikt”, in the respondent’s language', async () => {
    const { id, tokens } = await sv.openDraft();
    const [likert, open] = await sv.questionIds(id);
    const anonymous = new Client(ctx.app);
    const first = await respond(anonymous, tokens[0], {
      language: 'nl',
      answers: { [likert!]: 4, [open!]: 'Meer overleg' },
    });
    expect(first.status).toBe(200);
    const again = await respond(anonymous, tokens[0], { language: 'nl', answers: { [likert!]: 1 } });
    expect(again.status).toBe(410);
    expect(again.body.error).toMatchObject({ code: 'survey_link_used' });
    expect(again.body.error!.message).toMatch(/^Deze link is al gebruikt/);
    expect(
      (await respond(anonymous, tokens[0], { language: 'fr', answers: { [likert!]: 1 } })).body.error!.message,
    ).toMatch(/^Ce lien a déjà été utilisé/);
    expect((await formOf(new Client(ctx.app, 'en'), tokens[0])).body.error!.message).toMatch(
      /^This link has already been used/,
    );
    const rows = await ctx.db.selectFrom('survey_response').where('survey_id', '=', id).selectAll().execute();
    expect(rows).toHaveLength(1);
    // Nothing in a response points to a token, a user or an address: only the day.
    expect(Object.keys(rows[0]!).sort()).toEqual(['answers', 'id', 'language', 'org_id', 'submitted_on', 'survey_id']);
    expect(rows[0]!.answers).toEqual({ [likert!]: 4, [open!]: 'Meer overleg' });
    const token = await ctx.db
      .selectFrom('survey_token')
      .where('survey_id', '=', id)
      .where('used_on', 'is not', null)
      .selectAll()
      .execute();
    expect(token.map((t) => t.used_on)).toEqual([rows[0]!.submitted_on]);
  });

  it('spends a link once even when the same answers arrive in parallel', async () => {
    const { id, tokens } = await sv.openDraft();
    const [likert] = await sv.questionIds(id);
    const anonymous = new Client(ctx.app);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => respond(anonymous, tokens[1], { answers: { [likert!]: 3 } })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 410, 410, 410, 410, 410]);
    expect((await ctx.db.selectFrom('survey_response').where('survey_id', '=', id).select('id').execute()).length).toBe(
      1,
    );
  });

  it('answers 404 to forged, malformed and draft links', async () => {
    const { id, tokens } = await sv.openDraft();
    const anonymous = new Client(ctx.app);
    expect((await formOf(anonymous, tokens[0])).status).toBe(200); // the form is now cached: a forged link still gets 404, not a 422 about answers
    for (const token of [
      `${id}.AAAAAAAAAAAAAAAAAAAAAAAA`,
      'not-a-token',
      `${id}.`,
      `00000000-0000-0000-0000-000000000000.AAAAAAAAAAAAAAAAAAAAAAAA`,
    ]) {
      const get = await formOf(anonymous, token);
      expect(get.status).toBe(404);
      expect(get.body.error!.message).toMatch(/^Deze link bestaat niet/);
      expect((await respond(anonymous, token, { answers: {} })).status).toBe(404);
      expect((await respond(anonymous, token, { answers: { nope: 99 } })).status).toBe(404);
    }
    const draft = await draftSurvey(director.client, director.org.id);
    expect((await formOf(anonymous, `${draft}.AAAAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
  });

  it('refuses a survey whose closing date was yesterday, and a closed survey, with 410 and the date', async () => {
    const { id, tokens } = await sv.openDraft();
    const [likert] = await sv.questionIds(id);
    const yesterday = daysFromToday(-1);
    await ctx.db.updateTable('survey').set({ closes_on: yesterday }).where('id', '=', id).execute();
    const [y, m, d] = yesterday.split('-');
    const anonymous = new Client(ctx.app);
    const get = await formOf(anonymous, tokens[0]);
    expect(get.status).toBe(410);
    expect(get.body.error!.message).toBe(`Deze bevraging is afgesloten op ${d}/${m}/${y}.`);
    const post = await respond(anonymous, tokens[0], { answers: { [likert!]: 3 } });
    expect(post.status).toBe(410);
    expect(post.body.error!.code).toBe('survey_closed');
    // Closed by hand: the same.
    const other = await sv.openDraft();
    const close = () =>
      answer(director.client.api.POST('/orgs/{orgId}/surveys/{surveyId}/close', { params: sv.surveyPath(other.id) }));
    expect((await close()).status).toBe(200);
    expect((await formOf(anonymous, other.tokens[0])).status).toBe(410);
    expect((await close()).status).toBe(422);
  });

  it('refuses answers out of range with 422 naming the question, and stores nothing', async () => {
    const { id, tokens } = await sv.openDraft();
    const [likert] = await sv.questionIds(id);
    const anonymous = new Client(ctx.app);
    const wrong = await respond(anonymous, tokens[0], { answers: { [likert!]: 6 } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error!.fields).toEqual([
      { path: `answers.${likert}`, message: 'Vraag 1 (“Ik werk hier graag.”): kies een geheel getal van 1 tot 5' },
    ]);
    const missing = await respond(anonymous, tokens[0], { answers: {} });
    expect(missing.status).toBe(422);
    expect(missing.body.error!.message).toContain('een antwoord is verplicht');
    // Deliberately malformed: a language the survey API does not know.
    expect((await anonymous.post(`/api/s/${tokens[0]}`, { language: 'de', answers: {} })).status).toBe(400);
    expect((await ctx.db.selectFrom('survey_response').where('survey_id', '=', id).select('id').execute()).length).toBe(
      0,
    );
    expect((await respond(anonymous, tokens[0], { answers: { [likert!]: 5 } })).status).toBe(200);
  });

  it('rate-limits the open link per address: the 11th answer in a minute gets 429 with Retry-After', async () => {
    const { id, openToken } = await sv.openDraft({ invitations: 0, openLink: true });
    const [likert] = await sv.questionIds(id);
    const respondent = new Client(ctx.app);
    for (let i = 0; i < 10; i++)
      expect((await respond(respondent, openToken, { answers: { [likert!]: 4 } })).status).toBe(200);
    const refused = await respond(respondent, openToken, { answers: { [likert!]: 4 } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.error!.message).toMatch(/^Te veel antwoorden vanaf dit adres/);
    expect((await respond(new Client(ctx.app), openToken, { answers: { [likert!]: 4 } })).status).toBe(200);
    const eleven = (await sv.results(director.client, id)).body.results;
    expect(eleven).toMatchObject({ responses: 11, invited: 0, responseRate: null, shown: true });
  });
});
