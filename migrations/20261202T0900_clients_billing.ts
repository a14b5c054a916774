import { type Kysely, sql } from 'kysely';

/**
 * Billing at the agreed price: every registration records the price per unit it was valued at and
 * where that price came from (the client's IDO agreement, the offer, or the RTH rule table). A
 * funding record keeps the old-scheme category (I-XII) it was entered with.
 *
 * Existing registrations are valued once more under the rule of `logic/valuation.ts` (the agreement
 * line covering the date that started last, else the offer price valid on the date; RTH keeps its
 * points): a month already issued then shows the difference as a correction on the next statement.
 * PostgreSQL's round(numeric) rounds half away from zero, as `unitsTimesPrice` does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE cl_registration ADD COLUMN price_e4 bigint, ADD COLUMN price_source text CHECK (price_source IN ('agreement', 'offer', 'rth'))`,
    sql`ALTER TABLE cl_funding ADD COLUMN old_category text`,
    sql`UPDATE cl_registration r SET price_source = 'rth', price_e4 = round(r.points_e4 / r.units)
      FROM cl_function f WHERE f.org_id = r.org_id AND f.code = r.function_code AND f.kind = 'rth'`,
    sql`UPDATE cl_registration r SET price_source = p.source, price_e4 = p.price, points_e4 = round(r.units * p.price)
      FROM (
        SELECT r2.id, coalesce(a.price, o.price) AS price, CASE WHEN a.price IS NULL THEN 'offer' ELSE 'agreement' END AS source
        FROM cl_registration r2
        JOIN cl_function f ON f.org_id = r2.org_id AND f.code = r2.function_code AND f.kind = 'pvf'
        LEFT JOIN LATERAL (
          SELECT ag.price_points_e4 AS price FROM cl_agreement ag
          WHERE ag.org_id = r2.org_id AND ag.client_id = r2.client_id AND ag.function_code = r2.function_code
            AND ag.start_date <= r2.date AND (ag.end_date IS NULL OR ag.end_date >= r2.date)
          ORDER BY ag.start_date DESC LIMIT 1
        ) a ON true
        LEFT JOIN LATERAL (
          SELECT fp.points_e4 AS price FROM cl_function_price fp
          WHERE fp.function_id = f.id AND fp.valid_from <= r2.date AND (fp.valid_to IS NULL OR fp.valid_to >= r2.date)
          ORDER BY fp.valid_from DESC LIMIT 1
        ) o ON true
        WHERE coalesce(a.price, o.price) IS NOT NULL
      ) p WHERE r.id = p.id`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE cl_registration DROP COLUMN price_e4, DROP COLUMN price_source`.execute(db);
  await sql`ALTER TABLE cl_funding DROP COLUMN old_category`.execute(db);
}
