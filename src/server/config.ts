import path from 'node:path';

/** Settings read from the environment once, at start-up. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Name of the organisation created with the first administrator. */
  orgName: string;
  /** The address people use to reach the server; used in printed and one-time links. */
  publicUrl: string;
  /** When true the session cookie gets the Secure flag (set automatically for an https public URL). */
  secureCookies: boolean;
  webDir: string;
  /** Audit entries older than this many days are deleted (STUURBOORD_AUDIT_RETENTION_DAYS, default 400). */
  auditRetentionDays: number;
  /**
   * Checks every JSON answer against its route's declared response schema and answers 500 on a
   * mismatch (`server/response-check.ts`). On in the API tests (`testApp`); off in production.
   */
  checkResponses: boolean;
}

/** The default retention of the audit log: a year and a bit, so last year's reads can be checked. */
export const DEFAULT_AUDIT_RETENTION_DAYS = 400;

function retentionDays(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_AUDIT_RETENTION_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 30 || days > 36_500) {
    throw new Error(
      `STUURBOORD_AUDIT_RETENTION_DAYS must be a whole number of days between 30 and 36500, not "${value}".`,
    );
  }
  return days;
}

/** Reads the configuration from `env` (process.env by default). */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    demo: env.STUURBOORD_DEMO !== 'false',
    adminEmail: env.STUURBOORD_ADMIN_EMAIL || undefined,
    adminPassword: env.STUURBOORD_ADMIN_PASSWORD || undefined,
    orgName: env.STUURBOORD_ORG_NAME || 'Mijn organisatie',
    publicUrl,
    secureCookies: env.SECURE_COOKIES === 'true' || publicUrl.startsWith('https://'),
    webDir: path.resolve(env.WEB_DIR ?? 'dist/web'),
    auditRetentionDays: retentionDays(env.STUURBOORD_AUDIT_RETENTION_DAYS),
    checkResponses: env.STUURBOORD_CHECK_RESPONSES === 'true',
  };
}
