/**
 * Moving between the cells of an editable grid (the clients' week grid, the people's grid) with the
 * keyboard. The grid's inputs carry `data-row` and `data-col`.
 */

/** The keys that move to another cell, as [rows, columns]; Enter goes down as in a spreadsheet. */
export const GRID_MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  Enter: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The input of the cell at (row, col) in `table`, if there is one. */
export function gridCell(table: HTMLTableElement | null, row: number, col: number): HTMLInputElement | null {
  return table?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`) ?? null;
}
