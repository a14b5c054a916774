/**
 * The server's "today" is the Brussels date: at 00:30 Brussels time (still yesterday in UTC) an
 * action due yesterday is overdue, one due today is not, and a survey cannot close on yesterday.
 * The clock is set with Vitest's fake Date to moments in the past (a session made now is still valid
 * then); the database keeps its own real clock.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answer, orgWithMember, testAppForFile } from '../server/testing.ts';
import { draftSurvey } from '../modules/surveys/testing.ts';

const ctx = testAppForFile();
afterEach(() => {
  vi.useRealTimers();
});

const at = (moment: string) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(moment));
};

describe('today on the server is the Brussels date', () => {
  for (const [season, moment, yesterday, today] of [
    ['winter (UTC+1)', '2026-01-14T23:30:00Z', '2026-01-14', '2026-01-15'],
    ['summer (UTC+2)', '2026-07-14T22:30:00Z', '2026-07-14', '2026-07-15'],
    ['a month end', '2026-11-30T23:30:00Z', '2026-11-30', '2026-12-01'],
  ] as const) {
    it(`at 00:30 Brussels time in ${season}, an action due yesterday is overdue and one due today is not`, async () => {
      const { client, org } = await orgWithMember(ctx, 'directie');
      const path = { params: { path: { orgId: org.id } } };
      const add = (title: string, dueDate: string) =>
        answer(client.api.POST('/orgs/{orgId}/actions', { ...path, body: { title, dueDate } }));
      expect((await add('Gisteren', yesterday)).status).toBe(200);
      expect((await add('Vandaag', today)).status).toBe(200);
      at(moment);
      const list = await answer(client.api.GET('/orgs/{orgId}/actions', path));
      expect(list.status).toBe(200);
      expect(list.body.today).toBe(today);
      expect(list.body.items.map((a) => `${a.title}:${a.overdue}`)).toEqual(['Gisteren:true', 'Vandaag:false']);
    });
  }

  it('at 00:30 Brussels time on the first of the month, a survey cannot close on the last day of the month before', async () => {
    const { client, org } = await orgWithMember(ctx, 'directie');
    const surveyId = await draftSurvey(client, org.id);
    at('2026-11-30T23:30:00Z');
    const survey = { params: { path: { orgId: org.id, surveyId } } };
    const open = (closesOn: string) =>
      answer(
        client.api.POST('/orgs/{orgId}/surveys/{surveyId}/open', { ...survey, body: { invitations: 1, closesOn } }),
      );
    const refused = await open('2026-11-30');
    expect(refused.status).toBe(400);
    expect(refused.body.error?.fields?.map((f) => f.path)).toEqual(['closesOn']);
    const opened = await open('2026-12-01');
    expect(opened.status).toBe(200);
    expect((await answer(client.api.GET('/orgs/{orgId}/surveys/{surveyId}', survey))).body).toMatchObject({
      openedOn: '2026-12-01',
      closesOn: '2026-12-01',
    });
  });
});
