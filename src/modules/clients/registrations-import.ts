/** Reading a registrations file (CSV or XLSX) into cells, naming every bad line. */
import { fileErrors, readTableFile } from '../../lib/files/index.ts';
import { msg } from './messages.ts';

import type { Cell } from './registrations.ts';

/** Parses a registrations file (CSV or XLSX: `client;function;date;units[;reason]`), naming every bad line. */
export async function parseRegistrationsFile(bytes: Uint8Array): Promise<Cell[]> {
  const table = await readTableFile(bytes);
  const text = (v: unknown) =>
    v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);
  const records = table.rows
    .map((cells, i) => ({ line: i + 1, cells: cells.map(text) }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...rows] = records;
  const errors = [];
  const cells: Cell[] = [];
  if (!header || rows.length === 0)
    throw fileErrors([
      {
        code: 'no_lines',
        line: 1,
        column: '',
        ...msg('no_lines'),
      },
    ]);
  for (const { cells: r, line } of rows) {
    const [clientId = '', functionCode = '', date = '', unitsText = '', reason] = r.map((x) => x.trim());
    const units = Number(unitsText.replace(',', '.'));
    if (!/^[0-9a-f-]{36}$/.test(clientId))
      errors.push({
        code: 'client',
        line,
        column: header.cells[0] ?? 'client',
        ...msg('client'),
      });
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      errors.push({
        code: 'date',
        line,
        column: header.cells[2] ?? 'date',
        ...msg('date', { date }),
      });
    else if (!(Number.isFinite(units) && units > 0))
      errors.push({
        code: 'units',
        line,
        column: header.cells[3] ?? 'units',
        ...msg('units'),
      });
    else cells.push({ clientId, functionCode, date, units, ...(reason ? { reason } : {}) });
  }
  if (errors.length) throw fileErrors(errors);
  return cells;
}
