import { readFileSync } from 'node:fs';
import type { ParseArgsConfig } from 'node:util';
import { ORG_TYPE_CODES } from '../modules/orgs/logic.ts';
import { ROLES, type Role } from '../modules/orgs/policy.ts';
import { addMember, createOrganisation, getOrganisation } from '../modules/orgs/queries.ts';
import { memberInput, organisationInput } from '../modules/orgs/schema.ts';
import { exportOrganisation, importOrganisation } from '../modules/transfer/queries.ts';
import { createDemo, DEMO_PASSWORD } from '../demo/generate.ts';
import type { Db } from '../server/db.ts';
import { CAF_COMMANDS } from './caf-commands.ts';
import { CLIENT_COMMANDS } from './clients-commands.ts';
import { FINANCE_COMMANDS } from './finance-commands.ts';
import { KPI_COMMANDS } from './kpi-commands.ts';
import { PEOPLE_BALANS_COMMANDS } from './people-balans-commands.ts';
import { SOCIAL_ECONOMY_COMMANDS } from './social-economy-commands.ts';
import { PEOPLE_COMMANDS } from './people-commands.ts';
import { SURVEY_COMMANDS } from './survey-commands.ts';
import { AppError, validationError } from '../server/errors.ts';
import { hashPassword } from '../server/secrets.ts';
import { assertStrongPassword } from '../server/password-policy.ts';
import { msg } from './messages.ts';
import { auditCommand, optional, required, type Values } from './options.ts';

export interface Command {
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(
    db: Db,
    v: Values,
  ): Promise<{ data: unknown; text: string; file?: { path: string; content: string | Uint8Array } }>;
}

function parse<T>(
  schema: { safeParse(x: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } },
  input: unknown,
): T {
  const r = schema.safeParse(input);
  if (!r.success) throw validationError(r.error);
  return r.data;
}

/** The CLI commands besides `migrate`, by name. */
export const COMMANDS: Record<string, Command> = {
  'org:create': {
    usage: `--name N --type T [--kbo 0123.456.789] [--fiscal-start 1-12] [--language nl|en]   (T: ${ORG_TYPE_CODES.join(', ')})`,
    options: {
      name: { type: 'string' },
      type: { type: 'string' },
      kbo: { type: 'string' },
      'fiscal-start': { type: 'string' },
      language: { type: 'string' },
    },
    async run(db, v) {
      const input = parse(organisationInput, {
        name: required(v, 'name'),
        type: required(v, 'type'),
        kbo: optional(v, 'kbo'),
        fiscalYearStartMonth: optional(v, 'fiscal-start') ? Number(optional(v, 'fiscal-start')) : undefined,
        language: optional(v, 'language'),
      });
      const org = await db.transaction().execute((tx) => createOrganisation(tx, input));
      await auditCommand(db, {
        orgId: org.id,
        action: 'org.created',
        entity: 'organisation',
        entityId: org.id,
        details: { name: org.name },
      });
      return { data: org, text: `Organisatie "${org.name}" aangemaakt: ${org.id}` };
    },
  },
  'user:create': {
    usage: `--org ORG_ID --email E --role R --password P [--name N]   (R: ${ROLES.join(', ')})`,
    options: {
      org: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
    },
    async run(db, v) {
      const org = await getOrganisation(db, required(v, 'org'));
      const input = parse(memberInput, {
        email: required(v, 'email'),
        role: required(v, 'role'),
        password: required(v, 'password'),
        name: optional(v, 'name') ?? required(v, 'email').split('@')[0],
      });
      await assertStrongPassword(input.password!, input, 'password');
      const passwordHash = await hashPassword(input.password!);
      const { member } = await db
        .transaction()
        .execute((tx) => addMember(tx, org.id, { ...input, role: input.role as Role, passwordHash }));
      await auditCommand(db, {
        orgId: org.id,
        action: 'member.created',
        entity: 'membership',
        entityId: member.id,
        details: { email: member.email, role: member.role },
      });
      return { data: member, text: `${member.email} is nu ${member.role} van "${org.name}".` };
    },
  },
  export: {
    usage: '--org ORG_ID [--out bestand.json]   alle gegevens van de organisatie als JSON',
    options: { org: { type: 'string' }, out: { type: 'string' } },
    async run(db, v) {
      const data = await exportOrganisation(db, required(v, 'org'));
      const out = optional(v, 'out');
      const rows = Object.values(data.tables).reduce((n, t) => n + t.length, 0);
      if (!out) return { data, text: JSON.stringify(data, null, 2) };
      return {
        data: { file: out, rows },
        text: `${rows} rijen geëxporteerd naar ${out}`,
        file: { path: out, content: JSON.stringify(data, null, 2) },
      };
    },
  },
  import: {
    usage: '--file bestand.json [--name N]   een export inlezen als nieuwe organisatie (alles of niets)',
    options: { file: { type: 'string' }, name: { type: 'string' } },
    async run(db, v) {
      const path = required(v, 'file');
      let content: unknown;
      try {
        content = JSON.parse(readFileSync(path, 'utf8'));
      } catch (e) {
        throw new AppError('bad_json', msg('unreadable_json', { path, reason: (e as Error).message }));
      }
      const result = await importOrganisation(db, content, { name: optional(v, 'name') });
      return {
        data: result,
        text: `Geïmporteerd als "${result.name}" (${result.orgId}): ${JSON.stringify(result.counts)}`,
      };
    },
  },
  ...FINANCE_COMMANDS,
  ...CLIENT_COMMANDS,
  ...KPI_COMMANDS,
  ...CAF_COMMANDS,
  ...SURVEY_COMMANDS,
  ...PEOPLE_BALANS_COMMANDS,
  ...SOCIAL_ECONOMY_COMMANDS,
  ...PEOPLE_COMMANDS,
  demo: {
    usage: '[--seed N]   een (extra) demo-organisatie met gegenereerde gegevens',
    options: { seed: { type: 'string' } },
    async run(db, v) {
      const demo = await createDemo(db, { seed: Number(optional(v, 'seed') ?? 2026) });
      return {
        data: { orgId: demo.orgId, login: demo.loginEmail, password: DEMO_PASSWORD },
        text: `Demo "${demo.orgName}": ${demo.loginEmail} / ${DEMO_PASSWORD}`,
      };
    },
  },
};
