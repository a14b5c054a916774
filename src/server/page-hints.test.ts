import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageHints } from './page-hints.ts';

const ORG = '0c2f3a4b-5d6e-4f70-8a91-b2c3d4e5f601';

/** A built UI with Vite's manifest: the entry (index.html) and its vendor chunk, the heat map page and its frame. */
function webDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'stuurboord-hints-'));
  mkdirSync(path.join(dir, '.vite'));
  const manifest = {
    'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_vendor-1.js'] },
    '_vendor-1.js': { file: 'assets/vendor-1.js' },
    '_Frame-1.js': { file: 'assets/Frame-1.js', imports: ['_vendor-1.js', 'index.html'] },
    'src/web/competences/pages/HeatmapPage.tsx': {
      file: 'assets/HeatmapPage-1.js',
      isDynamicEntry: true,
      imports: ['_vendor-1.js', 'index.html', '_Frame-1.js'],
      css: ['assets/HeatmapPage-1.css'],
    },
  };
  writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

describe('page hints', () => {
  const hints = pageHints(webDir());

  it('name a module page’s own chunks (not those index.html loads) and, with a session, the session and its data', () => {
    expect(
      hints(`/o/${ORG}/competences`, true)
        .split('\n')
        .map((l) => l.trim()),
    ).toEqual([
      '<link rel="preload" as="fetch" crossorigin href="/api/auth/me">',
      `<link rel="preload" as="fetch" crossorigin href="/api/orgs/${ORG}/competences/heatmap">`,
      `<link rel="preload" as="fetch" crossorigin href="/api/orgs/${ORG}/competences/expiring">`,
      '<link rel="modulepreload" crossorigin href="/assets/HeatmapPage-1.js">',
      '<link rel="preload" as="style" crossorigin href="/assets/HeatmapPage-1.css">',
      '<link rel="modulepreload" crossorigin href="/assets/Frame-1.js">',
    ]);
  });

  it('name no data without a session cookie, and only the session on other pages', () => {
    expect(hints(`/o/${ORG}/competences`, false)).not.toContain('/api/');
    expect(hints(`/o/${ORG}/competences`, false)).toContain('HeatmapPage-1.js');
    expect(hints('/login', true)).toBe('<link rel="preload" as="fetch" crossorigin href="/api/auth/me">');
    expect(hints('/login', false)).toBe('');
  });

  it('name nothing but the session without a manifest (a UI built before hints existed)', () => {
    const bare = pageHints(mkdtempSync(path.join(tmpdir(), 'stuurboord-hints-')));
    expect(bare(`/o/${ORG}/competences`, true)).not.toContain('modulepreload');
  });
});
