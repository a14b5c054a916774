/**
 * The login page (/login) as a person sees it. Accessible names (Dutch / English): heading and
 * button "Aanmelden" / "Log in"; fields "E-mailadres" / "Email address" and "Wachtwoord" /
 * "Password" (use `exact: true`: the show/hide toggle is "Tekens tonen" / "Show characters", and
 * other pages have "Nieuw wachtwoord"); a refused login is an alert (role "alert").
 * The reset (/reset) and set-up (/setup) pages share its shape (PublicFormPage): one h1, the
 * fields, one submit button ("Wachtwoord opslaan", …).
 */
import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'stuurboord-demo';
export const DEMO_DIRECTOR = 'directie@demo.stuurboord.be';

export class LoginPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<this> {
    await this.page.goto('/login');
    return this;
  }

  /** Fills both fields and presses "Aanmelden"; does not wait for the result (see `logIn`). */
  async submit(email: string, password: string): Promise<void> {
    await this.page.getByLabel('E-mailadres').fill(email);
    await this.page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Aanmelden' }).click();
  }

  /** The text of the error alert after a refused login. */
  errorText(): Promise<string | null> {
    return this.page.getByRole('alert').textContent();
  }
}

/**
 * Logs in through the form and waits for an organisation's home page; answers its path (`/o/<id>`).
 * The demo director by default.
 */
export async function logIn(page: Page, email = DEMO_DIRECTOR, password = DEMO_PASSWORD): Promise<string> {
  await (await new LoginPage(page).goto()).submit(email, password);
  await page.waitForURL(/\/o\/[^/]+$/);
  return new URL(page.url()).pathname;
}

/** The organisation id of the page's current URL (`/o/<id>/…`). */
export function orgIdOf(page: Page): string {
  return new URL(page.url()).pathname.split('/')[2] ?? '';
}
