/**
 * The foundation as a person uses it, in headless Chromium: log in, switch language, add a user and
 * give a role, switch organisation, log out; a wrong password shows the Dutch error.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN_EMAIL, ADMIN_PASSWORD, newPage, screenshot } from './harness.ts';
import { LoginPage } from './pages/login.ts';
import { MembersPage } from './pages/members.ts';
import { Shell } from './pages/shell.ts';
import { withDemoServer } from './setup.ts';

const live = withDemoServer();

/** Submits the login form (no wait: the tests check what follows). */
async function logIn(page: Page, email = ADMIN_EMAIL, password = ADMIN_PASSWORD) {
  await (await new LoginPage(page).goto()).submit(email, password);
}

describe('foundation in the browser', () => {
  it('a wrong password shows the Dutch error message, and nothing else happens', async () => {
    const page = await newPage(live.browser, live.server.url);
    await logIn(page, ADMIN_EMAIL, 'helemaal-fout');
    await expect.poll(() => new LoginPage(page).errorText()).toContain('E-mailadres of wachtwoord is onjuist.');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'login-wrong-password');
    await page.close();
  });

  it('logs in with the keyboard only, switches to English (remembered after a reload) and back', async () => {
    const page = await newPage(live.browser, live.server.url);
    await page.goto('/login');
    await page.getByLabel('E-mailadres').focus();
    await page.keyboard.type(ADMIN_EMAIL);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Welkom, Beheerder' }).waitFor();
    await screenshot(page, 'home-nl');

    await page.getByRole('radio', { name: 'EN' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Beheerder' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Users', exact: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Beheerder' }).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toMatch(/^en/);
    await screenshot(page, 'home-en');
    await page.getByRole('radio', { name: 'NL' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welkom, Beheerder' }).waitFor();
    await page.close();
  });

  it('adds a user with a role, changes the role, switches organisation and logs out', async () => {
    const page = await newPage(live.browser, live.server.url);
    await logIn(page);
    await page.getByRole('heading', { level: 1, name: 'Welkom, Beheerder' }).waitFor();
    const shell = new Shell(page);
    await shell.go('Gebruikers');
    const name = 'Sofie <b>Vet</b> Peeters';
    await new MembersPage(page).addUser(name, 'sofie.peeters@vzw.test', 'Begeleider');
    const link = page.getByRole('dialog').getByLabel('Wachtwoordlink');
    await link.waitFor();
    await expect.poll(() => link.inputValue()).toMatch(/\/reset\?token=[\w-]{40,}$/);
    await screenshot(page, 'members-link-dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).first().click();

    // The name is shown as typed, never interpreted as HTML.
    await page.getByRole('cell', { name }).waitFor();
    await expect.poll(() => page.locator('b', { hasText: 'Vet' }).count()).toBe(0);
    await page.getByRole('combobox', { name: `Rol van ${name}` }).click();
    await page.getByRole('option', { name: 'Staf' }).click();
    await expect
      .poll(async () => {
        const res = await page.request.get(
          `${live.server.url}/api/orgs/${new URL(page.url()).pathname.split('/')[2]}/members`,
        );
        const body = await res.json();
        return body.items.find((m: { email: string }) => m.email === 'sofie.peeters@vzw.test')?.role;
      })
      .toBe('staf');
    await screenshot(page, 'members');

    await shell.switchOrganisation('Vzw Het Anker (demo)');
    await page.getByRole('cell', { name: 'directie@demo.stuurboord.be' }).waitFor();
    await expect.poll(() => page.url()).toMatch(/\/o\/[0-9a-f-]{36}\/members$/);
    await screenshot(page, 'members-demo-org');

    await shell.logOut();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await page.goto('/');
    await page.getByRole('button', { name: 'Aanmelden' }).waitFor();
    await page.close();
  });

  it('a person of another organisation is invited: the administrator sees only “uitnodiging in afwachting”, the person accepts after login', async () => {
    const admin = await newPage(live.browser, live.server.url);
    await logIn(admin);
    await admin.getByRole('heading', { level: 1, name: 'Welkom, Beheerder' }).waitFor();
    const me = await (await admin.request.get(`${live.server.url}/api/auth/me`)).json();
    const own = me.memberships.find((m: { orgName: string }) => m.orgName === 'Mijn organisatie');
    const demo = me.memberships.find((m: { orgName: string }) => m.orgName.includes('demo'));
    const demoMembers = await (await admin.request.get(`${live.server.url}/api/orgs/${demo.orgId}/members`)).json();
    const person = demoMembers.items.find((m: { email: string }) => m.email === 'begeleider@demo.stuurboord.be');
    await admin.goto(`/o/${own.orgId}/members`);
    await new MembersPage(admin).addUser('Wie dan ook', 'begeleider@demo.stuurboord.be', 'Partner');
    await admin.getByText('uitnodiging in afwachting').waitFor();
    await expect.poll(() => admin.locator('body').textContent()).not.toContain(person.name);
    await screenshot(admin, 'members-invitation-pending');

    const invitee = await newPage(live.browser, live.server.url);
    await logIn(invitee, 'begeleider@demo.stuurboord.be', 'stuurboord-demo');
    await invitee.getByText('Mijn organisatie nodigt je uit als Partner.').waitFor();
    await screenshot(invitee, 'invitation-to-accept');
    await invitee.getByRole('button', { name: 'Aanvaarden' }).click();
    await invitee.waitForURL(new RegExp(`/o/${own.orgId}$`));
    await invitee.getByText('Je bent nu lid van Mijn organisatie.').waitFor();
    await admin.reload();
    await admin.getByRole('cell', { name: person.name }).waitFor();
    await expect.poll(() => admin.getByText('uitnodiging in afwachting').count()).toBe(0);
    await admin.close();
    await invitee.close();
  });

  it('a board member sees only what the role allows, on a tablet', async () => {
    const page = await newPage(live.browser, live.server.url, { viewport: { width: 820, height: 1180 } });
    const demo = await page.request.post(`${live.server.url}/api/auth/login`, {
      data: { email: 'bestuur@demo.stuurboord.be', password: 'stuurboord-demo' },
    });
    expect(demo.status()).toBe(200);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Navigatie openen of sluiten' }).click();
    const nav = page.getByRole('navigation');
    // A trial click waits until the sliding navbar stands still.
    await nav.getByRole('link', { name: 'Home', exact: true }).click({ trial: true });
    const links = () => nav.getByRole('link').allTextContents();
    await expect.poll(links).toContain('Organisatie-instellingen');
    await expect.poll(links).not.toContain('Gebruikers');
    await expect.poll(links).not.toContain('Auditlog');
    await screenshot(page, 'tablet-bestuur');
    await page.goto(`${new URL(page.url()).pathname.replace(/\/$/, '')}/audit`);
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await screenshot(page, 'bestuur-audit-refused');
    await page.close();
  });
});
