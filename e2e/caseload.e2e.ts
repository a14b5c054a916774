/**
 * A begeleider's caseload in the browser: the director puts the demo begeleider in a group on the
 * offer page; the begeleider then sees that group's clients and the ones they follow, and no
 * statements or income forecast in the navigation.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage } from './harness.ts';
import { walkAll } from './walk.ts';
import { logInDemo, withDemoServer } from './setup.ts';

const live = withDemoServer();
const COACH = 'begeleider@demo.stuurboord.be';

describe('a begeleider sees their caseload', () => {
  it("is put in a group by the director, then sees that group's clients and no money pages", async () => {
    const director = await newPage(live.browser, live.server.url);
    const coach = await newPage(live.browser, live.server.url);
    await walkAll({ director, coach }, 'caseload-failure', () => flow(director, coach));
  });
});

async function flow(director: Page, coach: Page) {
  const orgId = await logInDemo(director);
  const api = `${live.server.url}/api/orgs/${orgId}`;
  const members = (await (await director.request.get(`${api}/members`)).json()) as {
    items: { userId: string; name: string; email: string }[];
  };
  const me = members.items.find((m) => m.email === COACH)!;

  // Before: the begeleider's list holds the clients they follow only.
  await logInDemo(coach, COACH);
  const before = (await (await coach.request.get(`${api}/clients`)).json()) as { items: { id: string }[] };
  expect(before.items.length).toBeGreaterThan(0);
  expect(before.items.length).toBeLessThan(20);

  // The director edits a group the begeleider does not work in and adds them.
  const offer = (await (await director.request.get(`${api}/offer`)).json()) as {
    groups: { id: string; name: string; members: { userId: string }[] }[];
  };
  const group = offer.groups.find((g) => !g.members.some((m) => m.userId === me.userId))!;
  await director.goto(`/o/${orgId}/clients/offer`);
  await director.getByRole('heading', { level: 1, name: 'Aanbod' }).waitFor();
  await director.getByRole('button', { name: `${group.name} wijzigen` }).click();
  const dialog = director.getByRole('dialog');
  await dialog.getByLabel('Medewerkers in de groep').click();
  await director.getByRole('option', { name: new RegExp(`^${me.name} \\(`) }).click();
  await director.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await dialog.waitFor({ state: 'detached' });
  await director
    .getByRole('row', { name: new RegExp(group.name) })
    .getByText(me.name)
    .waitFor();

  // After: the group's clients are in the begeleider's list; the money pages are not in the navigation.
  const clientsOfGroup = (
    (await (await director.request.get(`${api}/clients?group=${group.id}`)).json()) as { items: { id: string }[] }
  ).items;
  await coach.goto(`/o/${orgId}/clients`);
  await coach.getByRole('heading', { level: 1, name: 'Cliënten' }).waitFor();
  const after = (await (await coach.request.get(`${api}/clients`)).json()) as { items: { id: string }[] };
  expect(new Set(after.items.map((c) => c.id))).toEqual(new Set([...before.items, ...clientsOfGroup].map((c) => c.id)));
  const nav = coach.getByRole('navigation');
  const clientsGroup = nav.getByRole('button', { name: 'Cliënten' });
  if ((await clientsGroup.getAttribute('aria-expanded')) !== 'true') await clientsGroup.click();
  await nav.getByRole('link', { name: 'Cliëntenlijst' }).waitFor();
  await expect.poll(() => nav.getByRole('link', { name: 'Afrekeningen' }).count()).toBe(0);
  await expect.poll(() => nav.getByRole('link', { name: 'Inkomstenprognose' }).count()).toBe(0);
  expect((await coach.request.get(`${api}/forecast?runs=100`)).status()).toBe(403);
}
