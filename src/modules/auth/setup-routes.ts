import { z } from 'zod';
import { demoLogin, setupNeeded } from '../../server/bootstrap.ts';
import { AppError } from '../../server/errors.ts';
import { publicRoute, routes } from '../../server/route.ts';
import { createOrganisation } from '../orgs/public.ts';
import { startSession } from './routes.ts';
import { session, setupInput } from './schema.ts';
import { hashPassword } from '../../server/secrets.ts';
import { assertStrongPassword } from '../../server/password-policy.ts';
import { spendOneTimeToken } from '../../server/one-time-links.ts';

const SETUP_DONE = new AppError('not_found', {
  nl: 'De installatie is al voltooid, of deze set-uplink is ongeldig of verlopen.',
  en: 'Set-up is already complete, or this set-up link is invalid or expired.',
});

/** First start without STUURBOORD_ADMIN_*: the printed one-time link creates the first administrator. */
export const setupRoutes = routes(
  publicRoute({
    method: 'get',
    path: '/setup',
    tags: ['auth'],
    summary:
      'Whether the first administrator still has to be created (no real organisation has a member yet), and the demo login when the demo organisation exists',
    response: z.object({
      needed: z.boolean(),
      demo: z.object({ email: z.string(), password: z.string() }).nullable(),
    }),
    handler: async (c, { db }) => c.json({ needed: await setupNeeded(db), demo: await demoLogin(db) }, 200),
  }),
  publicRoute({
    method: 'post',
    path: '/setup',
    tags: ['auth'],
    summary: 'Create the first administrator and organisation',
    body: setupInput,
    response: session,
    handler: async (c, { db, body: input, audit }) => {
      await assertStrongPassword(input.password, input, 'password');
      const passwordHash = await hashPassword(input.password);
      const { userId, orgId } = await db.transaction().execute(async (tx) => {
        if (!(await setupNeeded(tx))) throw SETUP_DONE;
        if (!(await spendOneTimeToken(tx, input.token, 'setup'))) throw SETUP_DONE;
        const user = await tx
          .insertInto('app_user')
          .values({ email: input.email.toLowerCase(), name: input.name, password_hash: passwordHash })
          .returning('id')
          .executeTakeFirstOrThrow();
        const org = await createOrganisation(tx, input.organisation, { creatorUserId: user.id });
        return { userId: user.id, orgId: org.id };
      });
      const result = await startSession(c, audit, userId);
      await audit({
        orgId,
        action: 'org.created',
        entity: 'organisation',
        entityId: orgId,
        details: { name: input.organisation.name },
      });
      return c.json(result, 200);
    },
  }),
);
