import { type Kysely, sql } from 'kysely';

/**
 * The heat map's speed (issue 13, "Performance"): every person's current level per competence is kept
 * in `cmp_current_level`, one row per (employee, competence) that has a level, so the heat map counts
 * stored rows instead of ranking every assessment on each request. The table is derived: triggers on
 * `cmp_assessment` and `cmp_training_link` recompute the pairs a statement touched (insert, update,
 * delete, also cascades and the transfer import), with the rule of competences/logic/levels.ts: the
 * latest manager assessment, else the latest self-assessment, else the highest level reached by
 * training. Existing data is filled in here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pairs = sql.raw(`(SELECT DISTINCT o, e, k FROM unnest(orgs, employees, competences) AS u(o, e, k)) p`);
  const statements = [
    sql`CREATE TABLE cmp_current_level (
      org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
      employee_id uuid NOT NULL REFERENCES ppl_employee (id) ON DELETE CASCADE,
      competence_id uuid NOT NULL REFERENCES cmp_competence (id) ON DELETE CASCADE,
      level smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
      PRIMARY KEY (org_id, competence_id, employee_id)
    )`,
    sql`CREATE INDEX cmp_current_level_employee_idx ON cmp_current_level (org_id, employee_id)`,
    // Recomputes the pairs given (parallel arrays). A pair whose organisation, employee or competence is
    // gone (a cascade under way) gets no row.
    sql`CREATE FUNCTION cmp_current_recompute(orgs uuid[], employees uuid[], competences uuid[]) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM cmp_current_level c USING ${pairs}
        WHERE c.org_id = p.o AND c.employee_id = p.e AND c.competence_id = p.k;
        INSERT INTO cmp_current_level (org_id, employee_id, competence_id, level)
        SELECT o, e, k, level FROM (
          SELECT p.o, p.e, p.k, coalesce(
            (SELECT a.level FROM cmp_assessment a
              WHERE a.org_id = p.o AND a.employee_id = p.e AND a.competence_id = p.k
              ORDER BY a.kind, a.assessed_on DESC, a.created_at DESC LIMIT 1),
            (SELECT max(t.level) FROM cmp_training_link t
              WHERE t.org_id = p.o AND t.employee_id = p.e AND t.competence_id = p.k)) AS level
          FROM ${pairs}
          WHERE EXISTS (SELECT 1 FROM organisation WHERE id = p.o)
            AND EXISTS (SELECT 1 FROM ppl_employee WHERE id = p.e)
            AND EXISTS (SELECT 1 FROM cmp_competence WHERE id = p.k)
        ) x WHERE level IS NOT NULL;
      END $$`,
    // One function for every trigger: the pairs of the rows before and/or after the statement.
    sql`CREATE FUNCTION cmp_current_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM cmp_current_recompute(array_agg(org_id), array_agg(employee_id), array_agg(competence_id)) FROM new_rows;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          PERFORM cmp_current_recompute(array_agg(org_id), array_agg(employee_id), array_agg(competence_id)) FROM old_rows;
        END IF;
        RETURN NULL;
      END $$`,
  ];
  for (const table of ['cmp_assessment', 'cmp_training_link']) {
    const t = sql.table(table);
    statements.push(
      sql`CREATE TRIGGER ${sql.raw(`${table}_current_ins`)} AFTER INSERT ON ${t}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cmp_current_refresh()`,
      sql`CREATE TRIGGER ${sql.raw(`${table}_current_upd`)} AFTER UPDATE ON ${t}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cmp_current_refresh()`,
      sql`CREATE TRIGGER ${sql.raw(`${table}_current_del`)} AFTER DELETE ON ${t}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cmp_current_refresh()`,
    );
  }
  statements.push(sql`SELECT cmp_current_recompute(array_agg(org_id), array_agg(employee_id), array_agg(competence_id))
    FROM (SELECT org_id, employee_id, competence_id FROM cmp_assessment
          UNION SELECT org_id, employee_id, competence_id FROM cmp_training_link) e`);
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['cmp_assessment', 'cmp_training_link'])
    for (const op of ['ins', 'upd', 'del'])
      await sql`DROP TRIGGER IF EXISTS ${sql.raw(`${table}_current_${op}`)} ON ${sql.table(table)}`.execute(db);
  await sql`DROP FUNCTION IF EXISTS cmp_current_refresh()`.execute(db);
  await sql`DROP FUNCTION IF EXISTS cmp_current_recompute(uuid[], uuid[], uuid[])`.execute(db);
  await sql`DROP TABLE IF EXISTS cmp_current_level`.execute(db);
}
