/** Test helpers for the exports: a rendered PDF read back as text, the way a person's PDF reader would show it. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The text of a PDF by poppler's pdftotext. `layout` keeps the columns of a table on one line (for
 * statements and reports read row by row); `reading` follows reading order (for words that a column
 * layout would split).
 */
export function pdfText(bytes: Uint8Array, order: 'layout' | 'reading' = 'layout'): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-text-'));
  try {
    const file = join(dir, 'a.pdf');
    writeFileSync(file, bytes);
    const args = order === 'layout' ? ['-layout', '-enc', 'UTF-8', file, '-'] : ['-enc', 'UTF-8', file, '-'];
    return execFileSync('pdftotext', args, { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
