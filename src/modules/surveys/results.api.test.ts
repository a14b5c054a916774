import { beforeAll, describe, expect, it } from 'vitest';
import { Client, orgWithMember, testAppForFile } from '../../server/testing.ts';
import { surveyFigures } from './kpi-source.ts';
import { respond, surveyCalls } from './testing.ts';
import { daysFromToday } from '../../lib/calendar.ts';

const ctx = testAppForFile();
let director: Awaited<ReturnType<typeof orgWithMember>>;
let sv: ReturnType<typeof surveyCalls>;
beforeAll(async () => {
  director = await orgWithMember(ctx, 'directie');
  sv = surveyCalls(director);
});

const in30Days = () => daysFromToday(30);

describe('results', () => {
  it('gives counts only until the fifth response, then every figure; CSV and KPI figures follow', async () => {
    const { id, tokens } = await sv.openDraft({ invitations: 10 });
    const [likert, open] = await sv.questionIds(id);
    const anonymous = new Client(ctx.app);
    for (let i = 0; i < 4; i++)
      expect(
        (await respond(anonymous, tokens[i], { answers: { [likert!]: i + 2, [open!]: `idee ${i}` } })).status,
      ).toBe(200);
    const four = (await sv.results(director.client, id)).body;
    expect(four.results).toMatchObject({ responses: 4, invited: 10, responseRate: 40, shown: false, figures: null });
    expect(JSON.stringify(four.results)).not.toContain('idee');
    expect(four.results.questions[0]).not.toHaveProperty('mean');
    const csv4 = await sv.csv(id);
    expect(csv4.body).toContain('Resultaten vanaf 5 antwoorden (nu 4)');
    expect((await surveyFigures(ctx.db, director.org.id)).find((f) => f.surveyId === id)).toMatchObject({
      responses: 4,
      responseRate: 40,
      satisfaction: null,
      nps: null,
    });

    expect((await respond(anonymous, tokens[4], { answers: { [likert!]: 5 } })).status).toBe(200);
    const five = (await sv.results(director.client, id)).body;
    expect(five.results).toMatchObject({ responses: 5, responseRate: 50, shown: true });
    expect(five.results.questions[0]).toMatchObject({ mean: 3.8, answered: 5 });
    expect(five.results.questions[1]!.openAnswers).toEqual(['idee 0', 'idee 1', 'idee 2', 'idee 3']);
    expect(five.survey).toMatchObject({ responses: 5, status: 'open' });
    const csv = await sv.csv(id);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body).toContain('Ik werk hier graag.;likert5;5;3,8');
    expect(csv.body).not.toContain('idee');
    const figure = (await surveyFigures(ctx.db, director.org.id)).find((f) => f.surveyId === id)!;
    expect(figure).toMatchObject({
      audience: 'staff',
      responses: 5,
      responseRate: 50,
      satisfaction: 70,
      nps: null,
      period: in30Days().slice(0, 7),
    });
  });
});

describe('the contract', () => {
  it('declares a real answer for every survey route in the OpenAPI document (no z.any())', async () => {
    const doc = (await new Client(ctx.app).get('/api/openapi.json')).body as {
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>
      >;
    };
    const routes = Object.entries(doc.paths).filter(([path]) => /^\/(orgs\/\{orgId\}\/surveys|s\/)/.test(path));
    expect(routes.length).toBe(8);
    for (const [path, methods] of routes)
      for (const [method, op] of Object.entries(methods)) {
        const content = op.responses['200']?.content ?? {};
        const schema = content['application/json']?.schema ?? content['text/csv']?.schema;
        expect(Object.keys(schema ?? {}), `${method} ${path}`).not.toEqual([]);
      }
  });
});
