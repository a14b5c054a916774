import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { BODIES } from '../../modules/governance/logic.ts';
import { ACTIONS } from '../../modules/orgs/policy.ts';
import { DECISIONS } from '../../modules/partnerships/logic/model.ts';
import { gridSubject } from '../../modules/people/schema-grid.ts';
import { HOUR_KINDS, OUTCOMES, PHASES } from '../../modules/social-economy/logic/types.ts';
import { SWOT_QUADRANTS, SWOT_STRATEGY_KINDS } from '../../modules/strategy/logic/quadrant.ts';
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
  const notActions = new Set(['members.others', 'client.money', 'index.html', 'kwaliteitshandboek.pdf']);
  const permissions = new Set<string>(ACTIONS);
  const found = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    if (!/audit/i.test(text)) continue;
    // crudRoutes (src/server/crud-routes.ts) composes its actions: `event: 'jc_role.'` writes
    // jc_role.created, jc_role.updated and jc_role.deleted, each only when the declaration (the text up to
    // the next one) has that step.
    const declarations = [...text.matchAll(/event: '([a-z_]{2,}\.(?:[a-z_]*_)?)'/g)];
    const composed = declarations.map((m) => m[1]!);
    declarations.forEach((m, i) => {
      const body = text.slice(m.index, declarations[i + 1]?.index);
      const steps = { created: /\bcreate: \{/, updated: /\bupdate: \{/, deleted: /\bremove: \{/ };
      for (const [verb, step] of Object.entries(steps)) if (step.test(body)) found.add(`${m[1]}${verb}`);
    });
    for (const m of text.matchAll(/'([a-z_]{2,})\.([a-z_]+)'/g)) {
      const action = `${m[1]}.${m[2]}`;
      if (!permissions.has(action) && !notActions.has(action) && !composed.includes(action)) found.add(action);
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

  it('writes codes in the details as words, hours as numbers and days in the Belgian format', async () => {
    const nl = await translator('nl');
    const en = await translator('en');
    const say = (t: TFunction, action: string, details: Record<string, unknown>) =>
      auditSentence(t, { action, actor: karen, details });
    expect(say(nl, 'se.trajectory_phase', { phase: 'jobmatching' })).toBe(
      'Karen Willems zette het doorstroomtraject van een geplaatste medewerker in de fase Jobmatching',
    );
    expect(say(en, 'se.trajectory_closed', { outcome: 'regular_elsewhere' })).toBe(
      'Karen Willems closed the transition trajectory of a placed worker: Regular job elsewhere',
    );
    expect(say(nl, 'se.hours_logged', { kind: 'coaching', hours: 7.5 })).toBe(
      'Karen Willems registreerde 7,5 uur voor een geplaatste medewerker (Begeleiding)',
    );
    expect(say(en, 'partnerships.decided', { decision: 'supporting_role', version: 2 })).toBe(
      'Karen Willems decided on a partnership: Supporting role (version 2)',
    );
    expect(say(nl, 'governance.decision_recorded', { body: 'raad_van_bestuur' })).toBe(
      'Karen Willems legde een besluit vast (Raad van bestuur)',
    );
    expect(say(nl, 'governance.board_pack_downloaded', { meeting: '2026-12-03' })).toBe(
      'Karen Willems downloadde het bestuurspakket voor de vergadering van 03/12/2026',
    );
    expect(say(en, 'swot.item_added', { quadrant: 'threat' })).toBe(
      'Karen Willems added a point to a SWOT analysis (Threats)',
    );
    expect(
      say(nl, 'grid.saved', { week: '2026-11-30', what: 'training', kind: 'formal', title: 'EHBO', changed: 3 }),
    ).toBe('Karen Willems sloeg het rooster voor de week van 30/11/2026 op: Opleiding, gewijzigde vakjes: 3');
    expect(say(nl, 'handbook.read_requested', { version: 3, role: 'staf' })).toBe(
      'Karen Willems vroeg wie de rol Staf heeft om versie 3 van een document te lezen',
    );
    expect(say(en, 'jc_task.created', { count: 1 })).toBe(
      'Karen Willems added 1 task to the task inventory (job-carving)',
    );
    expect(say(nl, 'jc_task.created', {})).toBe(
      'Karen Willems voegde een taak toe aan de takeninventaris (jobcarving)',
    );
  });

  it('nests only words that exist in both languages, for every code the server may send', async () => {
    const codes: Record<string, readonly string[]> = {
      'governance.body': BODIES,
      'partnerships.decision': DECISIONS,
      'strategic.swot.quadrants': SWOT_QUADRANTS,
      'strategic.swot.kinds': SWOT_STRATEGY_KINDS,
      'se.hours': HOUR_KINDS,
      'se.phase': PHASES,
      'se.outcome': OUTCOMES,
      'people.grid': gridSubject.options.map((o) => o.shape.what.value),
    };
    const nested = new Set<string>();
    const walk = (node: unknown): void => {
      if (typeof node === 'string') for (const m of node.matchAll(/\$t\(([\w.]+)\.\{\{\w+\}\}\)/g)) nested.add(m[1]!);
      else if (node && typeof node === 'object') for (const child of Object.values(node)) walk(child);
    };
    walk(nl.auditSentences);
    walk(en.auditSentences);
    expect([...nested].sort()).toEqual(Object.keys(codes).sort());
    for (const lng of ['nl', 'en'] as const) {
      const t = await translator(lng);
      for (const [prefix, values] of Object.entries(codes))
        for (const value of values) expect(t(`${prefix}.${value}`, { defaultValue: '' }), lng).not.toBe('');
    }
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
