/** A file name part from a name: lower case, no accents, dashes; `fallback` when nothing is left. */
export function fileSlug(name: string, fallback: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || fallback
  );
}
