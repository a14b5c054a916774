/**
 * The server's field errors (`{ path: 'organisation.kbo', message }`, see fieldErrors in api.ts)
 * mapped onto a form's own field names. Pure, so that the mapping is unit-tested.
 */

/**
 * Each server path becomes the form field that `pathToName` names, else the field of the same name
 * (or the last segment: `organisation.kbo` → `kbo`); paths the form does not have are left out.
 */
export function mapServerErrors<Name extends string>(
  fields: Record<string, string>,
  formNames: readonly Name[],
  pathToName: Partial<Record<string, Name>> = {},
): Partial<Record<Name, string>> {
  const known = new Set<string>(formNames);
  const mapped: Partial<Record<Name, string>> = {};
  for (const [path, message] of Object.entries(fields)) {
    const last = path.split('.').at(-1) ?? path;
    const name = pathToName[path] ?? (known.has(path) ? path : known.has(last) ? last : undefined);
    if (name && !mapped[name as Name]) mapped[name as Name] = message;
  }
  return mapped;
}
