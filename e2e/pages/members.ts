/**
 * The members page (/o/:orgId/members). Accessible names (Dutch / English): button "Gebruiker
 * toevoegen" / "Add user" opens a dialog with "Naam" / "Name", "E-mailadres" / "Email address",
 * combobox "Rol" / "Role" (exact), "Wachtwoord (optioneel)" / "Password (optional)" and submit
 * "Toevoegen" / "Add". The table "Gebruikers van <org>" (a DataTable: sortable headers) has per row
 * the combobox "Rol van <naam>" / "Role of <name>" and the button "Acties voor <naam>" / "Actions for
 * <name>", whose menu holds "Wachtwoordlink voor <naam>" (visible "Wachtwoordlink") and "<naam>
 * verwijderen" (visible "Verwijderen"; confirm with "Verwijderen" in the dialog). The one-time link
 * dialog has the read-only field "Wachtwoordlink" / "Password link" and the button "Kopiëren" /
 * "Copy". Pending invitations are a second table with the badge "uitnodiging in afwachting".
 *
 * Other foundation pages: settings "Naam", "Ondernemingsnummer (KBO)", "Type organisatie", "Eerste
 * maand van het boekjaar", "Taal van de organisatie", button "Opslaan" / "Save"; audit log combobox
 * "Filter op actie", button "Meer laden"; account "Huidig wachtwoord", "Nieuw wachtwoord", "Herhaal
 * nieuw wachtwoord", button "Wachtwoord wijzigen" / "Change password".
 */
import type { Page } from 'playwright-core';
import { choose, dialog } from './shell.ts';

export class MembersPage {
  constructor(readonly page: Page) {}

  /** Fills "Gebruiker toevoegen" and presses "Toevoegen"; does not wait for the answer. */
  async addUser(name: string, email: string, role: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    const form = dialog(this.page);
    await form.getByLabel('Naam').fill(name);
    await form.getByLabel('E-mailadres').fill(email);
    await choose(this.page, 'Rol', role, form);
    await form.getByRole('button', { name: 'Toevoegen' }).click();
  }
}
