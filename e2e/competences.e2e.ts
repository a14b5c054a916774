/**
 * Competences in the browser, against the real server with the demo organisation: the director adds
 * a competence to the catalogue, assesses a person on it and sees the team map change; a begeleider
 * (linked to an employee) assesses themself on "Mijn competenties".
 * Employees come from the people module; so that this flow does not depend on its demo data, the
 * server is stopped once after building the demo and two employees are written to its database.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/server/db.ts';
import { launchBrowser, newPage, type RunningServer, screenshot, startServer, stopAll } from './harness.ts';
import { logIn } from './pages/login.ts';
import { Shell } from './pages/shell.ts';
import { TableReader } from './pages/table.ts';

const BEGELEIDER = 'begeleider@demo.stuurboord.be';
const HEAT = 'Per competentie: aantal medewerkers per niveau, houders van het vereiste niveau en dekking';
const live = {} as { server: RunningServer; browser: Awaited<ReturnType<typeof launchBrowser>> };

beforeAll(async () => {
  const first = await startServer({ demo: true, timeoutMs: 150_000 });
  await first.stop();
  const db = openDatabase({ dataDir: first.dataDir });
  try {
    const org = await db.selectFrom('organisation').select('id').where('is_demo', '=', true).executeTakeFirstOrThrow();
    const coach = await db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', BEGELEIDER)
      .executeTakeFirstOrThrow();
    const employee = { org_id: org.id, sex: 'female' as const, birth_year: 1990, education: 'secondary' as const };
    await db
      .insertInto('ppl_employee')
      .values([
        { ...employee, external_ref: 'E2E-1', first_name: 'Eline', last_name: 'Testers' },
        { ...employee, external_ref: 'E2E-2', first_name: 'Bart', last_name: 'Zelfkens', user_id: coach.id },
      ])
      .execute();
  } finally {
    await db.destroy();
  }
  live.server = await startServer({ dataDir: first.dataDir, timeoutMs: 150_000 });
  live.browser = await launchBrowser();
});
afterAll(async () => {
  await live.browser?.close();
  await stopAll();
});

/** The text of the team map's cell in `column` for the competence `name`. */
async function heatCell(page: Page, name: string, column: string): Promise<string | undefined> {
  const table = new TableReader(page, HEAT);
  const names = await table.column('Competentie');
  return (await table.column(column))[names.indexOf(name)];
}

describe('competences', () => {
  it('assess a person: the team map changes; a begeleider assesses themself', async () => {
    const page = await newPage(live.browser, live.server.url);
    const home = await logIn(page);
    const orgId = home.split('/')[2]!;

    // The catalogue: a new competence with its four levels of behaviour.
    await page.goto(`/o/${orgId}/competences/catalogue`);
    await page.getByRole('button', { name: 'Competentie toevoegen' }).click();
    const add = page.getByRole('dialog');
    await add.getByRole('textbox', { name: 'Naam' }).fill('Snoezelen');
    for (const level of [1, 2, 3, 4]) {
      await add.getByLabel(`Niveau ${level}: waarneembaar gedrag`).fill(`Gedrag op niveau ${level}`);
    }
    await add.getByRole('button', { name: 'Opslaan' }).click();
    await add.waitFor({ state: 'hidden' });

    // The team map before: nobody holds level 3 of it.
    await page.goto(`/o/${orgId}/competences`);
    await new Shell(page).heading('Teamkaart competenties');
    await expect.poll(() => heatCell(page, 'Snoezelen', 'Niveau 3')).toBe('0');

    // A person: assess level 3 with the behaviour in view.
    await page.goto(`/o/${orgId}/competences/people`);
    await page.getByRole('link', { name: 'Eline Testers' }).click();
    await page.getByRole('button', { name: 'Snoezelen beoordelen' }).click();
    const assess = page.getByRole('dialog');
    await assess.getByText('Gedrag op niveau 3').waitFor();
    await assess.getByRole('radio', { name: 'Niveau 3', exact: true }).check();
    await assess.getByRole('button', { name: 'Opslaan' }).click();
    await assess.waitFor({ state: 'hidden' });
    const levels = new TableReader(page, 'Vereist niveau, huidig niveau en kloof per competentie');
    await expect
      .poll(async () => {
        const names = await levels.column('Competentie');
        return (await levels.column('Huidig niveau'))[names.indexOf('Snoezelen')];
      })
      .toMatch(/^Niveau 3 \(leidinggevende, /);
    await screenshot(page, 'competences-person');

    // The team map after: one person holds level 3.
    await page.goto(`/o/${orgId}/competences`);
    await expect.poll(() => heatCell(page, 'Snoezelen', 'Niveau 3')).toBe('1');
    await screenshot(page, 'competences-heatmap');

    // A begeleider: only "Mijn competenties"; a self-assessment shows in the history.
    await new Shell(page).logOut();
    await logIn(page, BEGELEIDER);
    await page.goto(`/o/${orgId}/competences`);
    await new Shell(page).heading('Geen toegang');
    await page.goto(`/o/${orgId}/competences/me`);
    await new Shell(page).heading('Mijn competenties');
    await page.getByRole('button', { name: 'Snoezelen zelf inschatten' }).click();
    const self = page.getByRole('dialog');
    await self.getByRole('radio', { name: 'Niveau 2', exact: true }).check();
    await self.getByRole('button', { name: 'Opslaan' }).click();
    await self.waitFor({ state: 'hidden' });
    const history = new TableReader(page, 'Alle beoordelingen, de nieuwste eerst');
    await expect
      .poll(async () => (await history.rows())[0]?.slice(0, 3))
      .toEqual(['Snoezelen', 'Niveau 2', 'Zelfevaluatie']);
    await screenshot(page, 'competences-me');
  });

  it('a page asks for its data together with its code, not after the session or the code (route table, page hints)', async () => {
    const page = await newPage(live.browser, live.server.url);
    const orgId = (await logIn(page)).split('/')[2]!;
    // Start of the data request and end of the page's code (ms since navigation start).
    const timing = (data: string, chunk: string) =>
      page.evaluate(
        (patterns) =>
          patterns
            .map((pattern) =>
              (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
                new RegExp(pattern).test(e.name),
              ),
            )
            .map((entry, i) => (i === 0 ? entry?.startTime : entry?.responseEnd)),
        [data, chunk],
      );

    // A cold load: the heat map's data is asked for by the page's HTML (src/server/page-hints.ts), before the
    // app's code has run, so before the session is known and before the page's code is in.
    await page.goto(`/o/${orgId}/competences`);
    await new Shell(page).heading('Teamkaart competenties');
    const [dataStart, chunkEnd] = await timing('/competences/heatmap$', '/assets/HeatmapPage-[^/]*\\.js$');
    const appStarted = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
    );
    expect(dataStart).toBeLessThan(appStarted);
    expect(dataStart).toBeLessThan(chunkEnd!);
    // Each hinted answer is fetched once, by the hint, and the app's own request took it (entries in any
    // order: each is written when its answer is in).
    const api = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.name.includes('/api/'))
        .map((e) => `${e.initiatorType} ${new URL(e.name).pathname}`),
    );
    expect(api.filter((e) => /\/auth\/me$|\/competences\/(heatmap|expiring)$/.test(e)).sort()).toEqual([
      'link /api/auth/me',
      `link /api/orgs/${orgId}/competences/expiring`,
      `link /api/orgs/${orgId}/competences/heatmap`,
    ]);

    // A navigation in the app: the catalogue's data is asked for before its page's code is in.
    await page.getByRole('link', { name: 'Catalogus en profielen' }).click();
    await new Shell(page).heading('Catalogus en rolprofielen');
    const [nextStart, nextChunkEnd] = await timing('/competences/catalogue$', '/assets/CataloguePage-[^/]*\\.js$');
    expect(nextStart).toBeLessThan(nextChunkEnd!);
  });
});
