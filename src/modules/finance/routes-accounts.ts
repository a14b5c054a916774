import { z } from 'zod';
import { noContent } from '../../server/http.ts';
import { orgRoute, routes } from '../../server/route.ts';
import { deleteAccount, importAccounts, listAccounts, upsertAccount } from './accounts.ts';
import { parseChartFile } from './files.ts';
import { uploadForm } from '../../server/http.ts';
import { account, accountInput, chartImported } from './schema.ts';
import { fileErrors, uploadBytes } from '../../lib/files/index.ts';

const accountParams = z.object({ orgId: z.uuid(), code: z.string().max(20) });
const base = '/orgs/{orgId}/finance/accounts';

/** The chart of accounts: list, change, delete, import from CSV. */
export const accountRoutes = routes(
  orgRoute({
    method: 'get',
    path: base,
    tags: ['finance'],
    summary: 'The chart of accounts (MAR preloaded)',
    action: 'finance.read',
    response: z.object({ items: z.array(account) }),
    handler: async (c, { orgId, db }) => c.json({ items: await listAccounts(db, orgId) }, 200),
  }),
  orgRoute({
    method: 'put',
    path: `${base}/{code}`,
    tags: ['finance'],
    summary: 'Create or change an account',
    action: 'finance.manage',
    params: accountParams,
    body: accountInput,
    response: account,
    handler: async (c, { orgId, db, params: { code }, body, audit }) => {
      const saved = await upsertAccount(db, orgId, code, body);
      await audit({
        action: 'finance.account_saved',
        entity: 'fin_account',
        entityId: code,
        details: { name: saved.name, incomeType: saved.incomeType },
      });
      return c.json(saved, 200);
    },
  }),
  orgRoute({
    method: 'delete',
    path: `${base}/{code}`,
    tags: ['finance'],
    summary: 'Delete an unused account',
    action: 'finance.manage',
    params: accountParams,
    response: noContent,
    handler: async (c, { orgId, db, params: { code }, audit }) => {
      await deleteAccount(db, orgId, code);
      await audit({ action: 'finance.account_deleted', entity: 'fin_account', entityId: code });
      return c.body(null, 204);
    },
  }),
  orgRoute({
    method: 'post',
    path: `${base}/import`,
    tags: ['finance'],
    summary: 'Import a chart of accounts (CSV code;name)',
    action: 'finance.manage',
    form: uploadForm,
    response: chartImported,
    handler: async (c, { orgId, db, body, audit }) => {
      const { bytes, name } = await uploadBytes(body.file);
      const parsed = await parseChartFile(bytes);
      if (parsed.errors.length) throw fileErrors(parsed.errors);
      const result = await db.transaction().execute((tx) => importAccounts(tx, orgId, parsed.accounts));
      await audit({ action: 'finance.chart_imported', entity: 'fin_account', details: { file: name, ...result } });
      return c.json(result, 200);
    },
  }),
);
