import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../modules/orgs/policy.ts';
import { en } from '../locales/en.ts';
import { nl } from '../locales/nl.ts';
import { auditSentence } from './auditSentence.ts';

async function translator(lng: 'nl' | 'en'): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({ resources: { nl: { translation: nl }, en: { translation: en } }, lng, fallbackLng: false });
  return i18n.t;
}

const ROOT = join(import.meta.dirname, '../../..');

const karen = { id: '00000000-0000-4000-8000-000000000001', email: 'karen@example.be', name: 'Karen Willems' };

/**
 * Every audit action the server and the command line write: the `'namespace.verb'` literals in the
 * files that audit, less the permission actions (orgs/policy.ts) and the few other dotted words.
 */
function auditActionsInCode(): string[] {
  const files = ['src/modules', 'src/cli', 'src/server']
    .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('/policy.ts'));
  // Dotted words that are not audit actions: view-rule fields (orgs/policy.ts), file names.
  const notActions = new Set(['members.others', 'client.money', 'index.html']);
  const permissions = new Set<string>(ACTIONS);
  const found = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    if (!/audit/i.test(text)) continue;
    for (const m of text.matchAll(/'([a-z_]{2,})\.([a-z_]+)'/g)) {
      const action = `${m[1]}.${m[2]}`;
      if (!permissions.has(action) && !notActions.has(action)) found.add(action);
    }
  }
  return [...found].sort();
}

describe('auditSentence', () => {
  it('writes an entry as a sentence with the person’s name and the count in words, in both languages', async () => {
    const listed = { action: 'client.listed', actor: karen, details: { view: 'home', count: 60 } };
    expect(auditSentence(await translator('nl'), listed)).toBe('Karen Willems bekeek de cliëntenlijst (60 cliënten)');
    expect(auditSentence(await translator('en'), listed)).toBe('Karen Willems viewed the client list (60 clients)');
    expect(auditSentence(await translator('nl'), { ...listed, details: { count: 1 } })).toBe(
      'Karen Willems bekeek de cliëntenlijst (1 cliënt)',
    );
    expect(auditSentence(await translator('nl'), { ...listed, details: { filtered: true } })).toBe(
      'Karen Willems bekeek de cliëntenlijst',
    );
    const role = {
      action: 'member.role_changed',
      actor: karen,
      details: { email: 'an@x.be', from: 'staf', to: 'directie' },
    };
    expect(auditSentence(await translator('nl'), role)).toBe(
      'Karen Willems wijzigde de rol van an@x.be van Staf naar Directie',
    );
    expect(auditSentence(await translator('en'), { action: 'auth.login', actor: null, details: {} })).toBe(
      'Unknown logged in',
    );
  });

  it('has a sentence in Dutch and English for every audit action the code writes', async () => {
    const actions = auditActionsInCode();
    expect(actions.length).toBeGreaterThan(80);
    for (const lng of ['nl', 'en'] as const) {
      const t = await translator(lng);
      const missing = actions.filter((action) => {
        const counted = t(`auditSentences.${action}_counted`, { count: 2, defaultValue: '' });
        return !t(`auditSentences.${action}`, { defaultValue: '' }) && !counted;
      });
      expect(missing, lng).toEqual([]);
    }
  });
});
