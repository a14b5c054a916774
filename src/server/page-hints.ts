/**
 * The `<link>` hints in the HTML of a page (src/lib/page-preloads.ts says what each page needs): for a
 * module page, its chunk and the chunks that one imports (read from Vite's manifest), and for a visitor
 * with a session cookie the session and the page's first data. The browser fetches them while it still
 * loads the start code; the app's own requests then take the preloaded answers instead of asking again.
 * Without a cookie the data is not hinted (it would only answer 401).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pagePreloadAt } from '../lib/page-preloads.ts';

/** A chunk in `dist/web/.vite/manifest.json` (vite build, `build.manifest`), keyed by its source. */
interface ManifestChunk {
  file: string;
  css?: string[];
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const fetchHint = (href: string) => `<link rel="preload" as="fetch" crossorigin href="${href}">`;
const moduleHint = (file: string) =>
  file.endsWith('.css')
    ? `<link rel="preload" as="style" crossorigin href="/${file}">`
    : `<link rel="modulepreload" crossorigin href="/${file}">`;

/** The hints for a page at `pathname`, as HTML to place in its `<head>`. */
export type PageHints = (pathname: string, withSession: boolean) => string;

export function pageHints(webDir: string): PageHints {
  const manifestFile = path.join(webDir, '.vite', 'manifest.json');
  const manifest: Manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  // The chunks a source needs, its own first; a chunk index.html already loads is left out.
  const chunksOf = (key: string, seen: Set<string>): string[] => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return [];
    seen.add(key);
    const imported = (chunk.imports ?? []).flatMap((next) => chunksOf(next, seen));
    return chunk.isEntry ? [] : [chunk.file, ...(chunk.css ?? []), ...imported];
  };
  const startChunks = () => {
    const seen = new Set<string>();
    for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) chunksOf(key, seen);
    return seen;
  };
  const inIndex = startChunks();
  return (pathname, withSession) => {
    const page = pagePreloadAt(pathname);
    const code = page ? chunksOf(`src/web/${page.source}`, new Set(inIndex)) : [];
    const data = withSession ? ['/api/auth/me', ...(page?.data ?? []).map((p) => `/api${p}`)] : [];
    return [...data.map(fetchHint), ...code.map(moduleHint)].join('\n    ');
  };
}
