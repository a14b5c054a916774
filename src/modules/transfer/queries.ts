import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../server/db.ts';
import { AppError, validationError } from '../../server/errors.ts';
import { findUserByEmail } from '../orgs/public.ts';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFile, remapRow, type ExportFile } from './logic.ts';
import { EXPORT_TABLES } from './registry.ts';

/** Every row of one organisation, as a JSON-ready document. Password hashes are never exported. */
export async function exportOrganisation(db: Db, orgId: string): Promise<ExportFile> {
  const organisation = await db.selectFrom('organisation').selectAll().where('id', '=', orgId).executeTakeFirst();
  if (!organisation) throw AppError.notFound();
  const tables: ExportFile['tables'] = {};
  for (const { table } of EXPORT_TABLES) {
    const { rows } = await sql<
      Record<string, unknown>
    >`SELECT * FROM ${sql.table(table)} WHERE org_id = ${orgId} ORDER BY 1`.execute(db);
    tables[table] = rows;
  }
  const userIds = [...new Set((tables.membership ?? []).map((m) => String(m.user_id)))];
  const users = userIds.length
    ? await db.selectFrom('app_user').select(['id', 'email', 'name', 'locale']).where('id', 'in', userIds).execute()
    : [];
  return JSON.parse(
    JSON.stringify({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      organisation,
      users,
      tables,
    }),
  );
}

/**
 * Imports an export as a NEW organisation, all or nothing. People are matched by email; unknown
 * people are created without a password (an administrator sends them a reset link).
 */
export async function importOrganisation(db: Db, input: unknown, opts: { name?: string } = {}) {
  const parsed = exportFile.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error);
  const file = parsed.data;
  return db.transaction().execute(async (tx) => {
    const ids = new Map<string, string>();
    const org = file.organisation;
    const kbo =
      typeof org.kbo === 'string' &&
      !(await tx.selectFrom('organisation').select('id').where('kbo', '=', org.kbo).executeTakeFirst())
        ? org.kbo
        : null;
    const created = await tx
      .insertInto('organisation')
      .values({
        name: opts.name ?? file.organisation.name,
        kbo,
        type: String(org.type),
        fiscal_year_start_month: Number(org.fiscal_year_start_month ?? 1),
        language: String(org.language ?? 'nl'),
        is_demo: Boolean(org.is_demo),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(org.id, created.id);
    let usersCreated = 0;
    for (const u of file.users) {
      let user = await findUserByEmail(tx, u.email);
      if (!user) {
        usersCreated++;
        user = await tx
          .insertInto('app_user')
          .values({ email: u.email.toLowerCase(), name: u.name, locale: u.locale, password_hash: null })
          .returningAll()
          .executeTakeFirstOrThrow();
      }
      ids.set(u.id, user.id);
    }
    for (const { table, id } of EXPORT_TABLES) {
      for (const row of file.tables[table] ?? [])
        if (id === 'uuid' && typeof row.id === 'string') ids.set(row.id, randomUUID());
    }
    const counts: Record<string, number> = {};
    for (const { table, id: idKind } of EXPORT_TABLES) {
      const rows = (file.tables[table] ?? []).map((row) => {
        const { id, ...rest } = remapRow(row, ids);
        return idKind === 'uuid' ? { id, ...rest } : rest;
      });
      for (let i = 0; i < rows.length; i += 500) {
        await tx
          .insertInto(table as never)
          .values(rows.slice(i, i + 500) as never)
          .execute();
      }
      counts[table] = rows.length;
    }
    return {
      orgId: created.id,
      name: opts.name ?? file.organisation.name,
      kboKept: kbo !== null,
      usersCreated,
      counts,
    };
  });
}
