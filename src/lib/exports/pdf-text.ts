/**
 * The standard PDF fonts (Helvetica …) only know the Windows-1252 ("WinAnsi") characters; anything
 * else comes out as garbage. These helpers bring text into that set before it reaches pdfmake.
 */

/** The characters of Windows-1252 beyond Latin-1 (0x80-0x9F). */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Letters whose accent-free form is not found by Unicode decomposition. */
const BASE: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŀ: 'L',
  ŀ: 'l',
  Ŧ: 'T',
  ŧ: 't',
  ĸ: 'k',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '\u202f': '\u00a0',
  '\u2009': ' ',
  '\u2007': ' ',
  '≤': '<=',
  '≥': '>=',
  '→': '->',
};

/** True when the standard fonts can show the character. */
export function isWinAnsi(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (
    c === 0x0a || c === 0x09 || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRA.includes(ch)
  );
}

/**
 * Text the standard PDF fonts can show: characters outside Windows-1252 become their letter
 * without accent (ő → o, Ł → L) when that exists, else `?`; ligatures are spelled out.
 */
export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    if (isWinAnsi(ch)) {
      out += ch;
      continue;
    }
    const mapped = BASE[ch] ?? ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    out += mapped !== '' && [...mapped].every(isWinAnsi) ? mapped : '?';
  }
  return out;
}

/** Applies `winAnsi` to every string in a pdfmake document (functions such as the footer included). */
export function winAnsiDeep<T>(value: T): T {
  if (typeof value === 'string') return winAnsi(value) as T;
  if (typeof value === 'function') {
    const fn = value as unknown as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => winAnsiDeep(fn(...args))) as T;
  }
  if (Array.isArray(value)) return value.map(winAnsiDeep) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, winAnsiDeep(v)])) as T;
  }
  return value;
}
