/**
 * The DateField (src/web/components/DateField.tsx): a text field that shows dd/mm/jjjj in Dutch and
 * English alike; typing `30/11/2026` (or `2026-11-30`) sets the date. Its calendar opens on focus;
 * days are buttons named "30 november 2026", today has `aria-current="date"` (Brussels calendar),
 * the header buttons are "Vorige maand" / "Volgende maand" and the month title "Kies een maand".
 */
import type { Locator, Page } from 'playwright-core';

export class DateFieldDriver {
  readonly input: Locator;

  constructor(
    readonly page: Page,
    label: string,
    scope: Page | Locator = page,
  ) {
    this.input = scope.getByLabel(label, { exact: true });
  }

  /** Types a date as a person would (dd/mm/jjjj) and leaves the field. */
  async type(text: string): Promise<void> {
    await this.input.fill(text);
    await this.input.press('Tab');
  }

  /** Opens the calendar and clicks a day by its name, e.g. "15 december 2026". */
  async pick(dayName: string, monthsForward = 0): Promise<void> {
    await this.input.click();
    for (let i = 0; i < monthsForward; i++) await this.page.getByRole('button', { name: 'Volgende maand' }).click();
    await this.page.getByRole('button', { name: dayName, exact: true }).click();
  }
}
