/**
 * The job-carving page (/o/:orgId/job-carving, link "Jobcarving" / "Job-carving" in the navigation group
 * "Sociale economie"; directie, staf).
 *
 * Accessible names (Dutch / English):
 * - h1 "Jobcarving" / "Job-carving"; tabs "Takeninventaris" / "Task inventory", "Ontwerper" / "Designer",
 *   "Vergelijken" / "Compare", "Matching".
 * - inventory: button "Functie toevoegen" / "Add function"; per function a section named after it with
 *   buttons "Standaardtaken toevoegen" / "Add standard tasks", "Taak toevoegen" / "Add task",
 *   "Functie wijzigen: <naam>" / "Change function: <name>"; table "Taken van <functie>" / "Tasks of <function>"
 *   with row buttons "Taak <naam> verwijderen" / "Remove task <name>".
 * - designer: combobox "Voorstel" / "Proposal" (its last option "Nieuw voorstel" / "New proposal"); fields
 *   "Naam van het voorstel", "Nieuwe functie", "Doel: uren per week", "Kost per VTE per jaar" or
 *   "Prijs per uur na subsidie"; the task table "Taken zonder zorggetuigschrift, per functie" with checkboxes
 *   "<taak> (<functie>) kiezen" / "Pick <task> (<function>)"; tiles "Uren vrij voor zorg", "VTE vrij voor
 *   zorg", "Kost nieuwe functie", "Netto effect per jaar"; table "Per functie: overgedragen uren, uren vrij
 *   voor zorg en hun waarde"; buttons "Voorstel opslaan" / "Save proposal", "Omzetten in vacature" / "Turn
 *   into a vacancy"; status "Voorstel opgeslagen." / "Proposal saved.".
 * - compare: table "De voorstellen naast elkaar" / "The proposals side by side".
 * - matching: combobox "Voor het voorstel" / "For the proposal"; table "Kandidaten gerangschikt voor
 *   <functie>" / "Candidates ranked for <function>"; button "Kandidaat toevoegen" / "Add candidate".
 *   Beside it the group "Vacature voor dit voorstel" / "Vacancy for this proposal" with "Vacature openen" /
 *   "Open a vacancy", or the state and the buttons "Vacature <functie> op ingevuld zetten" / "Mark vacancy
 *   <function> filled", "Vacature <functie> sluiten" / "Close vacancy <function>", "Vacature <functie>
 *   heropenen" / "Reopen vacancy <function>".
 * - candidates and vacancies (tab "Kandidaten en vacatures" / "Candidates and vacancies"): table "Vacatures
 *   uit jobcarving-voorstellen met hun stand" with the same buttons per row; table "Eigen kandidaten voor de
 *   matching" / "Own candidates for matching" with "Kandidaat <naam> wijzigen" / "Change candidate <name>"
 *   and "<naam> verwijderen" / "Remove <name>"; button "Kandidaat toevoegen" / "Add candidate".
 */
import type { Locator, Page } from 'playwright-core';

export class JobCarvingPage {
  constructor(readonly page: Page) {}

  async tab(
    name: 'Takeninventaris' | 'Ontwerper' | 'Vergelijken' | 'Matching' | 'Kandidaten en vacatures',
  ): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** The checkbox that picks a task of a function into the proposal. */
  pick(task: string, role: string): Locator {
    return this.page.getByRole('checkbox', { name: `${task} (${role}) kiezen` });
  }

  /** The figure of a tile of the effect, e.g. "Uren vrij voor zorg". */
  async tile(label: string): Promise<string> {
    const lines = (await this.page.getByRole('group', { name: label }).innerText()).split('\n').filter((l) => l.trim());
    // The tile reads: label, figure, note.
    return lines[1]?.trim() ?? '';
  }
}
