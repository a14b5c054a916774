/**
 * Reads and sorts a table by its caption (every table has one: DataTable requires it, e.g.
 * "Gebruikers van <org>", "Totalen van <yyyy-mm> per financieringsvorm"). Sortable headers are
 * buttons inside the column header, which carries `aria-sort` ("ascending" / "descending" / "none").
 * A header is matched by its exact text: "Rekening" is not "Soort rekening".
 */
import type { Locator, Page } from 'playwright-core';

export class TableReader {
  readonly table: Locator;

  constructor(
    readonly page: Page,
    caption: string | RegExp,
  ) {
    this.table = page.getByRole('table', { name: caption });
  }

  /** The column's index among the header cells (0-based), by its exact header text. */
  private async columnIndex(header: string): Promise<number> {
    const headers = (await this.table.locator('thead th').allTextContents()).map((text) =>
      text.replace(/[▲▼↕]/g, '').trim(),
    );
    const index = headers.indexOf(header);
    if (index < 0) throw new Error(`No column "${header}" in ${headers.join(', ')}`);
    return index;
  }

  /** The texts of one column, top to bottom. */
  async column(header: string): Promise<string[]> {
    const index = await this.columnIndex(header);
    const cells = this.table.locator(`tbody tr > :nth-child(${index + 1})`);
    return (await cells.allTextContents()).map((text) => text.trim());
  }

  /** Every body row as its cells' texts. */
  async rows(): Promise<string[][]> {
    return this.table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
  }

  /** The column header by its exact accessible name (the sort mark is hidden from it). */
  header(header: string): Locator {
    return this.table.getByRole('columnheader', { name: header, exact: true });
  }

  /** The column header's `aria-sort`. */
  sortState(header: string): Promise<string | null> {
    return this.header(header).getAttribute('aria-sort');
  }

  /** Clicks the header's sort button (ascending first, then descending). */
  async sortBy(header: string): Promise<void> {
    await this.header(header).getByRole('button').click();
  }

  /** The footer rows (a totals row) as their cells' texts. */
  async footer(): Promise<string[][]> {
    return this.table
      .locator('tfoot tr')
      .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
  }
}
