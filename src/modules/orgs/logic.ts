/**
 * Pure rules for organisations: the Belgian enterprise number (KBO) and the organisation types.
 */
import { msg } from './messages.ts';

/** Strips dots, spaces and a leading "BE" from a KBO number as people type it. */
export function normalizeKbo(input: string): string {
  return input.replace(/^\s*BE/i, '').replace(/[\s.]/g, '');
}

/**
 * A KBO enterprise number is 10 digits, starts with 0 or 1, and its last two digits are
 * 97 minus (the first eight digits mod 97).
 */
export function isValidKbo(input: string): boolean {
  const digits = normalizeKbo(input);
  if (!/^[01]\d{9}$/.test(digits)) return false;
  const base = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  return 97 - (base % 97) === check;
}

/** Formats ten KBO digits as `0123.456.789`. */
export function formatKbo(input: string): string {
  const d = normalizeKbo(input);
  return `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
}

/** Organisation types of DOMAIN.md §2, with their Dutch and English labels. */
export const ORG_TYPES = [
  { code: 'vza', ...msg('vza') },
  { code: 'mfc', ...msg('mfc') },
  { code: 'rth', ...msg('rth') },
  { code: 'woonzorgcentrum', ...msg('woonzorgcentrum') },
  { code: 'dagverzorgingscentrum', ...msg('dagverzorgingscentrum') },
  { code: 'thuiszorg', ...msg('thuiszorg') },
  { code: 'kinderopvang', ...msg('kinderopvang') },
  { code: 'caw', ...msg('caw') },
  { code: 'jeugdhulp', ...msg('jeugdhulp') },
  { code: 'ggz', ...msg('ggz') },
  { code: 'maatwerkbedrijf', ...msg('maatwerkbedrijf') },
  { code: 'lde', ...msg('lde') },
  { code: 'arbeidszorg', ...msg('arbeidszorg') },
  { code: 'ocmw_art60', ...msg('ocmw_art60') },
  { code: 'andere', ...msg('andere') },
] as const;

export type OrgType = (typeof ORG_TYPES)[number]['code'];
export const ORG_TYPE_CODES = ORG_TYPES.map((t) => t.code) as [OrgType, ...OrgType[]];
