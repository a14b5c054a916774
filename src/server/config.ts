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
  };
}
