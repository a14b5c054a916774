import { type Kysely, sql } from 'kysely';

/**
 * Complaints (issue 16 §2): a register of complaints and remarks with handling deadlines taken from a
 * rule table with validity dates (`cp_rule`: acknowledge within N days, answer within M days), the
 * steps taken, the outcome and the answer; a per-organisation public link for anonymous complaints
 * (only the hash of its secret is stored). A complaint about a client's care names the client and goes
 * with the client when the client is erased.
 *
 * Improvement actions get an origin (`origin_kind`, `origin_id`: the complaint an action came from),
 * and the hand-typed "Klachten" KPI of the starter set becomes computed from the register. Its typed
 * values stay: the computed count starts at the quarter of the first registered complaint, so the
 * typed history before the register is kept as it was entered.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const org = sql`org_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE`;
  const id = sql`id uuid PRIMARY KEY DEFAULT gen_random_uuid()`;
  const statements = [
    sql`CREATE TABLE cp_rule (
      ${id}, ${org},
      valid_from date NOT NULL, valid_to date CHECK (valid_to IS NULL OR valid_to >= valid_from),
      ack_days smallint NOT NULL CHECK (ack_days BETWEEN 0 AND 365),
      answer_days smallint NOT NULL CHECK (answer_days BETWEEN 1 AND 365),
      CHECK (answer_days >= ack_days),
      UNIQUE (org_id, valid_from)
    )`,
    sql`CREATE TABLE cp_complaint (
      ${id}, ${org},
      kind text NOT NULL CHECK (kind IN ('complaint', 'remark')),
      source text NOT NULL CHECK (source IN ('client', 'network', 'staff', 'other', 'anonymous')),
      channel text NOT NULL CHECK (channel IN ('in_person', 'phone', 'letter', 'email', 'public_link', 'other')),
      received_on date NOT NULL,
      subject text NOT NULL,
      description text NOT NULL DEFAULT '',
      about_kind text NOT NULL CHECK (about_kind IN ('care', 'function', 'group', 'process', 'other')),
      about text NOT NULL DEFAULT '',
      severity text NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
      client_id uuid REFERENCES cl_client (id) ON DELETE CASCADE,
      complainant text NOT NULL DEFAULT '',
      contact text NOT NULL DEFAULT '',
      ack_due date NOT NULL, answer_due date NOT NULL,
      handler_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
      acknowledged_on date CHECK (acknowledged_on IS NULL OR acknowledged_on >= received_on),
      answered_on date CHECK (answered_on IS NULL OR answered_on >= received_on),
      outcome text CHECK (outcome IN ('founded', 'partly', 'not_founded')),
      answer text NOT NULL DEFAULT '',
      created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (answered_on IS NULL OR outcome IS NOT NULL)
    )`,
    sql`CREATE INDEX cp_complaint_org_idx ON cp_complaint (org_id, received_on)`,
    sql`CREATE TABLE cp_step (
      ${id}, ${org},
      complaint_id uuid NOT NULL REFERENCES cp_complaint (id) ON DELETE CASCADE,
      done_on date NOT NULL, note text NOT NULL,
      author_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`,
    sql`CREATE INDEX cp_step_org_idx ON cp_step (org_id, complaint_id)`,
    sql`CREATE TABLE cp_public_link (
      org_id uuid PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE,
      token_hash text NOT NULL, created_on date NOT NULL,
      created_by uuid REFERENCES app_user (id) ON DELETE SET NULL
    )`,
    sql`ALTER TABLE perf_action ADD COLUMN origin_kind text CHECK (origin_kind IN ('complaint')),
      ADD COLUMN origin_id uuid, ADD CHECK ((origin_kind IS NULL) = (origin_id IS NULL))`,
    sql`CREATE INDEX perf_action_origin_idx ON perf_action (org_id, origin_kind, origin_id) WHERE origin_id IS NOT NULL`,
    sql`UPDATE kpi SET source = 'computed', formula = 'complaints_count',
      definition_nl = 'Aantal klachten ontvangen in het kwartaal, uit het klachtenregister.',
      definition_en = 'Number of complaints received in the quarter, from the complaints register.'
      WHERE code = 'COMPLAINTS' AND source = 'manual' AND formula IS NULL`,
  ];
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE kpi SET source = 'manual', formula = NULL WHERE code = 'COMPLAINTS' AND formula = 'complaints_count'`.execute(
    db,
  );
  await sql`DROP INDEX IF EXISTS perf_action_origin_idx`.execute(db);
  await sql`ALTER TABLE perf_action DROP COLUMN IF EXISTS origin_id, DROP COLUMN IF EXISTS origin_kind`.execute(db);
  for (const table of ['cp_public_link', 'cp_step', 'cp_complaint', 'cp_rule'])
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
}
