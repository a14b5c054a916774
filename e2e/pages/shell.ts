/**
 * The logged-in frame around every page: header, navigation, language and organisation.
 *
 * Accessible names (Dutch / English):
 * - language switch (login page and header): radio group "Taal / Language", radios "NL" and "EN".
 * - header: org switcher combobox "Organisatie" / "Organisation" (use `exact: true`: settings has
 *   "Type organisatie"); button "Gebruikersmenu" / "User menu" opens a menu with "Mijn account" /
 *   "My account" and "Afmelden" / "Log out"; below 992 px the burger "Navigatie openen of sluiten" /
 *   "Open or close navigation".
 * - navigation "Hoofdnavigatie" / "Main navigation": links "Home", "Gebruikers" / "Users" (exact),
 *   "Organisatie-instellingen" / "Organisation settings", "Auditlog" / "Audit log"; module groups are
 *   buttons that open their links: "Financiën" (Overzicht, Grootboek, Rekeningschema, Kostenmodel,
 *   Kostprijs, Schaalsimulator), "Cliënten" (Cliëntenlijst, Registratie, Budgetverbruik, Afrekeningen,
 *   Inkomstenprognose, Wachtlijst, Aanbod, Regeltabellen), "Prestaties & kwaliteit" (Cockpit,
 *   Indicatoren, Waarden invoeren, Strategiekaart, Verbeteracties, Bestuursoverzicht,
 *   CAF-zelfevaluatie, Bevragingen), "Strategie" / "Strategy" (SWOT-analyse, Stakeholders).
 * - every page has one h1 (its title) and sets document.title to "<title> · Stuurboord".
 * - a Mantine modal does not hide the page behind it: scope dialog buttons with `dialog(page)`.
 */
import type { Locator, Page } from 'playwright-core';

export class Shell {
  constructor(readonly page: Page) {}

  /** The main navigation (the burger must be open below 992 px). */
  nav(): Locator {
    return this.page.getByRole('navigation');
  }

  /** Follows a navigation link by its exact name, e.g. `go('Gebruikers')`. */
  async go(link: string): Promise<void> {
    await this.nav().getByRole('link', { name: link, exact: true }).click();
  }

  /** Picks another organisation in the header's switcher. */
  async switchOrganisation(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Organisatie', exact: true }).click();
    await this.page.getByRole('option', { name }).click();
  }

  /** Clicks "NL" or "EN" in the language switch. */
  async language(code: 'NL' | 'EN'): Promise<void> {
    await this.page.getByRole('radio', { name: code }).click();
  }

  /** "Gebruikersmenu" → "Afmelden", and waits for the login page. */
  async logOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Gebruikersmenu' }).click();
    await this.page.getByRole('menuitem', { name: 'Afmelden' }).click();
    await this.page.getByRole('button', { name: 'Aanmelden' }).waitFor();
  }

  /** Waits for the page's h1. */
  async heading(name: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }
}

/** The open dialog (Mantine modal). */
export function dialog(page: Page): Locator {
  return page.getByRole('dialog');
}

/**
 * Opens a Mantine Select (role "combobox", options role "option") by its exact accessible name,
 * within `scope` (a dialog, a form), and picks an option.
 */
export async function choose(page: Page, combobox: string, option: string, scope: Page | Locator = page) {
  await scope.getByRole('combobox', { name: combobox, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
