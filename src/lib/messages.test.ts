/**
 * The server message catalogues: every `messages.ts` has the same keys in Dutch and English, every
 * `msg('key')` in the code names a key of the catalogue it imports, plurals follow i18next's rules,
 * and no inline `{ nl: '…', en: '…' }` message creeps back into the converted places.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { msg as filesMsg } from './files/messages.ts';
import { type Catalogue, defineMessages } from './messages.ts';

const ROOT = join(import.meta.dirname, '../..');

function sources(): string[] {
  return readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.parentPath.includes(`${join('src', 'web')}`))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

const catalogueFiles = sources().filter((f) => f.endsWith('/messages.ts') && f !== 'src/lib/messages.ts');

/** Every catalogue file → its catalogue (each exports the `msg` that `defineMessages` returned). */
async function loadAll(): Promise<Map<string, Catalogue>> {
  const byFile = new Map<string, Catalogue>();
  for (const file of catalogueFiles) {
    const mod = (await import(join(ROOT, file))) as { msg?: { catalogue?: Catalogue } };
    if (mod.msg?.catalogue) byFile.set(file, mod.msg.catalogue);
  }
  return byFile;
}

const callKey = (k: string) => k.replace(/_(one|other)$/, '');

describe('server message catalogues', () => {
  it('has a catalogue per module and the same keys in Dutch and English', async () => {
    const byFile = await loadAll();
    expect([...byFile.keys()].sort()).toEqual([...catalogueFiles].sort());
    for (const [file, c] of byFile) {
      expect(Object.keys(c.en).sort(), file).toEqual(Object.keys(c.nl).sort());
      for (const [key, text] of Object.entries(c.nl)) {
        expect(text.trim(), `${file} nl.${key}`).not.toBe('');
        expect(c.en[key]!.trim(), `${file} en.${key}`).not.toBe('');
        const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        // English may leave out a detail Dutch gives (a period), never name a value Dutch lacks.
        expect(
          vars(c.en[key]!).filter((v) => !vars(text).includes(v)),
          `${file} ${key}`,
        ).toEqual([]);
      }
    }
  });

  it('every msg(…) key used in the code exists in the catalogue it imports', async () => {
    const byFile = await loadAll();
    const missing: string[] = [];
    let used = 0;
    for (const file of sources().filter((f) => !/\.test\.ts$/.test(f))) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const imp = /import \{[^}]*\bmsg\b[^}]*\} from '(\.[^']*messages\.ts)'/.exec(text);
      if (!imp) continue;
      const catalogueFile = relative(ROOT, resolve(dirname(join(ROOT, file)), imp[1]!));
      const c = byFile.get(catalogueFile);
      expect(c, `${file} imports msg from ${catalogueFile}`).toBeDefined();
      const keys = new Set(Object.keys(c!.nl).map(callKey));
      for (const m of text.matchAll(/\bmsg\(\s*'([^']+)'/g)) {
        used++;
        if (!keys.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
      }
      // A key built at run time (msg(`unreadable_${kind}`)) must expand to existing keys.
      for (const m of text.matchAll(/\bmsg\(\s*`([^`]+)`/g)) {
        const pattern = new RegExp(`^${m[1]!.replace(/\$\{[^}]+\}/g, '\\w+')}$`);
        used++;
        if (![...keys].some((k) => pattern.test(k))) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(used).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });

  it('chooses the plural form by count, in both languages', () => {
    expect(filesMsg('file_errors', { count: 1 })).toEqual({
      nl: 'Het bestand bevat 1 fout; er is niets opgeslagen.',
      en: 'The file has 1 error; nothing was saved.',
    });
    expect(filesMsg('file_errors', { count: 2 })).toEqual({
      nl: 'Het bestand bevat 2 fouten; er is niets opgeslagen.',
      en: 'The file has 2 errors; nothing was saved.',
    });
  });

  it('takes a value per language, and refuses an unknown key or a namespace defined twice', () => {
    const msg = defineMessages('test-only', {
      nl: { amount: 'Bedrag: {{value}} ({{unit}})' },
      en: { amount: 'Amount: {{value}} ({{unit}})' },
    });
    expect(msg('amount', { value: { nl: '1,5', en: '1.5' }, unit: 'EUR' })).toEqual({
      nl: 'Bedrag: 1,5 (EUR)',
      en: 'Amount: 1.5 (EUR)',
    });
    expect(() => msg('nope' as 'amount')).toThrow('Unknown message test-only:nope');
    expect(() => defineMessages('test-only', { nl: {}, en: {} })).toThrow('defined twice');
  });

  it('leaves no inline Dutch message in the converted places (routes files are converted next)', () => {
    const converted = sources().filter(
      (f) =>
        /^src\/(server|lib|cli|modules\/[^/]+)\//.test(f) &&
        !/\.test\.ts$|\/testing\.ts$|\/routes[^/]*\.ts$|-routes\.ts$|\/messages\.ts$/.test(f),
    );
    // Seed content (the CAF model, survey frameworks and templates, an export fixture) is data, not
    // messages; texts in three languages (what survey respondents read, French too) stay beside
    // their code until the catalogues carry French.
    const content =
      /^src\/modules\/(surveys\/logic\/(frameworks|templates)|caf\/model(-criteria)?|finance\/exports\/fixture)\.ts$/;
    const bilingual = (text: string) =>
      [...text.matchAll(/\bnl: ['`]/g)].filter((m) => !/\bfr: /.test(text.slice(m.index, m.index + 600)));
    const inline = converted
      .filter((f) => !content.test(f))
      .filter((f) => bilingual(readFileSync(join(ROOT, f), 'utf8')).length > 0);
    expect(inline).toEqual([]);
  });
});
