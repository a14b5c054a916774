import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../locales/en.ts';
import { nl } from '../locales/nl.ts';
import { HELP_RULES, guideHref, helpOf, slug } from './pageHelp.ts';
import { parse } from './markdown.tsx';

/**
 * The organisation routes (`/o/:orgId/<path>`) of App.tsx and of the module page tables it renders
 * (src/web/<module>/<Module>Route.tsx: `'path': lazyPage(…)`), as sample paths.
 */
function orgRoutes(): string[] {
  const app = readFileSync('src/web/App.tsx', 'utf8');
  const tables = readdirSync('src/web', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('Route.tsx'))
    .map((file) => readFileSync(`src/web/${file}`, 'utf8'));
  return [
    ...[...app.matchAll(/<Route path="([^"]+)" element=\{<(?!NotFound)/g)].map((m) => m[1]!),
    ...tables.flatMap((table) => [...table.matchAll(/^ {2}'?([\w/:-]+)'?: lazyPage\(/gm)].map((m) => m[1]!)),
  ]
    .filter((p) => !p.startsWith('/') && p !== '*')
    .map((p) => `/o/org-1/${p.replace(/:[a-zA-Z]+/g, 'x1').replace('/*', '/x1')}`);
}

describe('page explanations', () => {
  it('explain every organisation page in both languages and link to a section the guide has', () => {
    const routes = [...orgRoutes(), '/o/org-1'];
    expect(routes.length).toBeGreaterThan(30);
    for (const path of routes) {
      const rule = helpOf(path);
      expect(rule, path).not.toBeNull();
      const key = rule!.key as keyof typeof nl.pageHelp;
      expect(nl.pageHelp[key], `${path} nl`).toBeTruthy();
      expect(en.pageHelp[key], `${path} en`).toBeTruthy();
    }
    for (const rule of HELP_RULES) {
      const markdown = readFileSync(`docs/guide/${rule.guide}.md`, 'utf8');
      if (!rule.section) continue;
      const ids = parse(markdown).flatMap((b) =>
        b.kind === 'list' ? b.items.map((i) => slug(/^\*\*([^*]+)\*\*/.exec(i)?.[1] ?? '')) : [],
      );
      expect(ids, `${rule.guide}#${rule.section}`).toContain(slug(rule.section));
    }
    expect(guideHref(helpOf('/o/x/finance/costprice')!)).toBe('/guide/finance#kostprijs');
    expect(guideHref(helpOf('/o/x/clients')!)).toBe('/guide/clients#clientenlijst');
  });

  it('give the pages inside a module their own explanation, and a module’s unknown path its first page', () => {
    const keys = {
      strategie: 'swot',
      'strategie/stakeholders': 'stakeholders',
      'strategie/x1': 'swot',
      partnerships: 'partnerships',
      'partnerships/projects': 'projects',
      'partnerships/a1': 'assessment',
      governance: 'decisions',
      'governance/board-pack': 'boardPack',
      handbook: 'handbook',
      'handbook/d1': 'handbookDocument',
      complaints: 'complaints',
      'complaints/c1': 'complaint',
      'social-economy': 'seOverview',
      'social-economy/partners': 'sePartners',
      'social-economy/partners/p1': 'sePartner',
      'social-economy/agreements': 'seAgreements',
      'social-economy/agreements/a1': 'seAgreement',
      'social-economy/workers': 'seWorkers',
      'social-economy/workers/w1': 'seWorker',
      'social-economy/x1/x2': 'seOverview',
      'job-carving': 'jobCarving',
      'people/grid': 'grid',
    };
    for (const [path, key] of Object.entries(keys)) expect(helpOf(`/o/org-1/${path}`)?.key, path).toBe(key);
    expect(guideHref(helpOf('/o/x/governance/board-pack')!)).toBe('/guide/partnerships#bestuurspakket');
    expect(guideHref(helpOf('/o/x/strategie')!)).toBe('/guide/strategy#swot-analyse');
  });
});
