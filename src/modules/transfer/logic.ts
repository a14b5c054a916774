import { z } from 'zod';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

export const EXPORT_FORMAT = 'stuurboord-export';
export const EXPORT_VERSION = 1;

/** The shape of an organisation export file (checked before anything is imported). */
export const exportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  organisation: z.record(z.string(), z.unknown()).and(z.object({ id: z.string(), name: z.string() })),
  users: z.array(z.object({ id: z.string(), email: z.string(), name: z.string(), locale: z.string() })),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type ExportFile = z.infer<typeof exportFile>;

/**
 * Rewrites every value that is a known old id to its new id, in every column: foreign keys follow
 * their rows into the new organisation without each table listing its references.
 */
export function remapRow(row: Record<string, unknown>, ids: Map<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => {
      if (typeof value === 'string' && ids.has(value)) return [key, ids.get(value)];
      // JSON documents (a statement's lines) name records by id too: rewrite those inside as well.
      if (value !== null && typeof value === 'object')
        return [key, JSON.stringify(value).replace(UUID, (id) => ids.get(id) ?? id)];
      return [key, value];
    }),
  );
}
