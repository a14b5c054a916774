/**
 * The members page's removals as a person walks them, in headless Chromium: an administrator removes
 * a member after the confirmation and withdraws an invitation; an invited person declines one. Each
 * test checks what the user sees afterwards, and the server's answer behind it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage } from './harness.ts';
import { DEMO_PASSWORD, logIn } from './pages/login.ts';
import { dialog } from './pages/shell.ts';
import { withDemoServer } from './setup.ts';
import { logInAdmin, walk } from './walk.ts';

const live = withDemoServer();

/** Logs the administrator in and opens the members page of "Mijn organisatie"; answers its id. */
async function adminOnMembers(page: Page): Promise<string> {
  const orgId = await logInAdmin(page, live.server.url);
  await page.goto(`/o/${orgId}/members`);
  await page.getByRole('table', { name: 'Gebruikers van Mijn organisatie' }).waitFor();
  return orgId;
}

/** Adds a member, or invites someone who already has an account, through the API with the page's session. */
async function addMember(page: Page, orgId: string, email: string, name: string) {
  const res = await page.request.post(`${live.server.url}/api/orgs/${orgId}/members`, {
    data: { email, name, role: 'partner', password: 'fiets bakker zonlicht' },
  });
  expect(res.status()).toBe(200);
}

describe('members in the browser', () => {
  it('removes a member only after the confirmation: the dialog names them, then the row is gone', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'members-remove-failure', async () => {
      const id = await adminOnMembers(page);
      await addMember(page, id, 'jan.weg@vzw.test', 'Jan Weg');
      await page.reload();
      const row = page.getByRole('rowheader', { name: 'Jan Weg' });
      await row.waitFor();
      await page.getByRole('button', { name: 'Acties voor Jan Weg' }).click();
      await page.getByRole('menuitem', { name: 'Jan Weg verwijderen' }).click();
      const confirm = dialog(page);
      await confirm.getByText('Wil je Jan Weg (jan.weg@vzw.test) verwijderen uit deze organisatie?').waitFor();
      // Cancelling keeps the member.
      await confirm.getByRole('button', { name: 'Annuleren' }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      await expect.poll(() => row.count()).toBe(1);
      await page.getByRole('button', { name: 'Acties voor Jan Weg' }).click();
      await page.getByRole('menuitem', { name: 'Jan Weg verwijderen' }).click();
      await dialog(page).getByRole('button', { name: 'Verwijderen' }).click();
      await page.getByText('Jan Weg is verwijderd.').waitFor();
      await expect.poll(() => row.count()).toBe(0);
      const members = await (await page.request.get(`${live.server.url}/api/orgs/${id}/members`)).json();
      expect(members.items.map((m: { email: string }) => m.email)).not.toContain('jan.weg@vzw.test');
      // The removal stands in the audit log (the log's table and the home page's recent activity).
      await page.goto(`/o/${id}/audit`);
      const log = page.getByRole('table', { name: 'Auditlog van Mijn organisatie, nieuwste eerst' });
      await expect
        .poll(() => log.locator('tbody tr').first().textContent())
        .toContain('verwijderde jan.weg@vzw.test uit de organisatie');
      await page.goto(`/o/${id}`);
      const recent = page.getByRole('table', { name: 'Recente activiteit' });
      await expect
        .poll(() => recent.locator('tbody tr').first().textContent())
        .toContain('verwijderde jan.weg@vzw.test uit de organisatie');
    });
  });

  it('withdraws a pending invitation: the notice names the address and the invitation is gone', async () => {
    const page = await newPage(live.browser, live.server.url);
    await walk(page, 'members-withdraw-failure', async () => {
      const orgId = await adminOnMembers(page);
      await addMember(page, orgId, 'directie@demo.stuurboord.be', 'Wie dan ook');
      await page.reload();
      const invitations = page.getByRole('table', {
        name: 'Uitnodigingen van Mijn organisatie die nog niet beantwoord zijn',
      });
      await invitations.getByRole('rowheader', { name: 'directie@demo.stuurboord.be' }).waitFor();
      await page.getByRole('button', { name: 'Uitnodiging voor directie@demo.stuurboord.be intrekken' }).click();
      await page.getByText('De uitnodiging voor directie@demo.stuurboord.be is ingetrokken.').waitFor();
      await expect.poll(() => invitations.count()).toBe(0);
      await expect.poll(() => page.getByText('uitnodiging in afwachting').count()).toBe(0);
      const left = await (await page.request.get(`${live.server.url}/api/orgs/${orgId}/invitations`)).json();
      expect(left.items).toEqual([]);
    });
  });

  it('the invited person declines: the notice names the organisation, the invitation and the membership stay away', async () => {
    const admin = await newPage(live.browser, live.server.url);
    const orgId = await adminOnMembers(admin);
    await addMember(admin, orgId, 'begeleider@demo.stuurboord.be', 'Wie dan ook');
    await admin.close();

    const invitee = await newPage(live.browser, live.server.url);
    await walk(invitee, 'members-decline-failure', async () => {
      await logIn(invitee, 'begeleider@demo.stuurboord.be', DEMO_PASSWORD);
      const invitation = invitee.getByText('Mijn organisatie nodigt je uit als Partner.');
      await invitation.waitFor();
      await invitee.getByRole('button', { name: 'Weigeren' }).click();
      await invitee.getByText('Je hebt de uitnodiging van Mijn organisatie geweigerd.').waitFor();
      await expect.poll(() => invitation.count()).toBe(0);
      const me = await (await invitee.request.get(`${live.server.url}/api/auth/me`)).json();
      expect(me.memberships.map((m: { orgName: string }) => m.orgName)).not.toContain('Mijn organisatie');
      await invitee.reload();
      await invitee.getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => invitation.count()).toBe(0);
    });
  });
});
