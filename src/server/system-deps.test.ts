/**
 * The README promises that `npm install && npm test` work on a machine with only Node and npm. That
 * holds when scripts/ensure-system-deps.sh installs every program the code and the tests run and when
 * every npm package installs on the Node the README names. This file checks both from the sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SELF = relative(ROOT, import.meta.filename);

/** Where a program comes from. */
type Origin =
  | 'node' // the Node installation itself
  | 'node_modules' // a bin of an npm package (after npm install)
  | 'debian-base' // a package of every Debian system (Essential or Priority required; in debootstrap minbase)
  | 'ensure-system-deps'; // installed by scripts/ensure-system-deps.sh

/** Every program the code, the tests, the benchmarks and the scripts run → Debian package (or origin). */
const PROGRAMS: Record<string, { origin: Origin; package: string }> = {
  node: { origin: 'node', package: 'node' },
  npm: { origin: 'node', package: 'node' },
  npx: { origin: 'node', package: 'node' },
  tsc: { origin: 'node_modules', package: 'typescript' },
  vitest: { origin: 'node_modules', package: 'vitest' },
  vite: { origin: 'node_modules', package: 'vite' },
  tsx: { origin: 'node_modules', package: 'tsx' },
  bash: { origin: 'debian-base', package: 'bash' },
  sed: { origin: 'debian-base', package: 'sed' },
  grep: { origin: 'debian-base', package: 'grep' },
  awk: { origin: 'debian-base', package: 'mawk' },
  'apt-get': { origin: 'debian-base', package: 'apt' },
  runuser: { origin: 'debian-base', package: 'util-linux' },
  ...Object.fromEntries(
    [
      'cat',
      'chmod',
      'chown',
      'head',
      'id',
      'ls',
      'mktemp',
      'rm',
      'seq',
      'sleep',
      'sort',
      'tail',
      'touch',
      'dirname',
    ].map((p) => [p, { origin: 'debian-base' as const, package: 'coreutils' }]),
  ),
  chromium: { origin: 'ensure-system-deps', package: 'chromium' },
  pdftotext: { origin: 'ensure-system-deps', package: 'poppler-utils' },
  ...Object.fromEntries(
    ['initdb', 'pg_ctl', 'postgres', 'pg_isready', 'psql'].map((p) => [
      p,
      { origin: 'ensure-system-deps' as const, package: 'postgresql' },
    ]),
  ),
};

/** First arguments of spawn/exec calls that are not a string literal, by their source text. */
const PROGRAM_EXPRESSIONS: Record<string, string> = { 'process.execPath': 'node', psql: 'psql' };

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name) && !e.parentPath.includes('node_modules'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Programs that TypeScript/JavaScript files start through node:child_process or name by absolute path. */
function programsInCode(file: string, text: string): { program: string; where: string }[] {
  const found: { program: string; where: string }[] = [];
  const line = (index: number) => `${file}:${text.slice(0, index).split('\n').length}`;
  if (/from ['"](node:)?child_process['"]/.test(text)) {
    for (const m of text.matchAll(/(?<![.\w])(?:spawn|spawnSync|exec|execSync|execFile|execFileSync)\(\s*([^,)]+)/g)) {
      const arg = m[1]!.trim();
      const literal = /^(['"`])([^'"`$]+)\1$/.exec(arg)?.[2];
      const program = literal !== undefined ? basename(literal.split(' ')[0]!) : PROGRAM_EXPRESSIONS[arg];
      found.push({ program: program ?? `<unknown program: ${arg}>`, where: line(m.index) });
    }
  }
  for (const m of text.matchAll(/['"`]\/usr\/(?:s?bin|lib\/[\w./-]+\/bin)\/([\w.-]+)['"`]/g))
    found.push({ program: m[1]!, where: line(m.index) });
  return found;
}

/**
 * The text of a shell script as the shell runs it: comments and quoted text dropped, except the
 * commands inside `$( … )` within double quotes, which are kept on lines of their own.
 */
function shellCode(text: string): string {
  let out = '';
  const modes: ('code' | 'double' | 'subst')[] = ['code'];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const mode = modes[modes.length - 1]!;
    if (c === '\\') {
      if (mode !== 'double') out += ' ';
      i++;
      continue;
    }
    if (text.startsWith('$((', i)) {
      const end = text.indexOf('))', i);
      i = end < 0 ? text.length : end + 1;
      out += '@';
      continue;
    } // arithmetic
    if (mode === 'double') {
      if (c === '"') {
        modes.pop();
        out += '@';
      } else if (c === '$' && text[i + 1] === '(') {
        modes.push('subst');
        out += '\n';
        i++;
      }
      continue;
    }
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      i = end < 0 ? text.length : end;
      out += '@';
      continue;
    }
    if (c === '"') {
      modes.push('double');
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
      continue;
    }
    if (mode === 'subst' && c === ')') {
      modes.pop();
      out += '\n';
      continue;
    }
    if (mode === 'subst' && c === '(') {
      modes.push('subst');
      out += '(';
      continue;
    }
    out += c;
  }
  return out;
}

const SHELL_WORDS = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'for',
  'while',
  'until',
  'do',
  'done',
  'case',
  'esac',
  'in',
  'function',
  'return',
  'local',
  'echo',
  'printf',
  'read',
  'set',
  'export',
  'unset',
  'eval',
  'trap',
  'exit',
  'cd',
  'shift',
  'true',
  'false',
  'command',
  'test',
  'pwd',
  'declare',
  'readonly',
  'wait',
  'kill',
  'source',
  'type',
  'break',
  'continue',
]);

/** Programs a shell script runs: words in command position that are not shell words or its own functions. */
function programsInShell(file: string, text: string): { program: string; where: string }[] {
  const code = shellCode(text);
  const functions = new Set([...code.matchAll(/^\s*([\w-]+)\(\)/gm)].map((m) => m[1]!));
  const found: { program: string; where: string }[] = [];
  const commandWord =
    /(?:^|[;&|({!])[ \t]*(?:(?:then|do|else|if|elif|while|until|!)[ \t]+)*([A-Za-z_][\w.-]*)(?=[^\w.-]|$)/gm;
  for (const m of code.matchAll(commandWord)) {
    const word = m[1]!;
    const next = code[m.index + m[0].length];
    if (
      next === '=' ||
      (next === '+' && code[m.index + m[0].length + 1] === '=') ||
      next === ')' ||
      (next === '(' && code[m.index + m[0].length + 1] === ')')
    )
      continue; // assignment, case pattern, definition
    if (SHELL_WORDS.has(word) || functions.has(word)) continue;
    found.push({ program: word, where: file });
  }
  for (const m of text.matchAll(/\$\{?(?:PG_BIN|pg_bin)\}?\/(\w+)/g)) found.push({ program: m[1]!, where: file });
  return found;
}

function allPrograms() {
  const code = ['src', 'e2e', 'bench', 'scripts', 'bin']
    .flatMap((d) => filesUnder(d, /\.(ts|tsx|js|mjs)$/))
    .filter((f) => f !== SELF);
  const shell = filesUnder('scripts', /\.sh$/);
  return [
    ...code.flatMap((f) => programsInCode(f, readFileSync(join(ROOT, f), 'utf8'))),
    ...shell.flatMap((f) => programsInShell(f, readFileSync(join(ROOT, f), 'utf8'))),
  ];
}

describe('external programs', () => {
  const found = allPrograms();

  it('finds the programs it is meant to find (the scanner works)', () => {
    const names = new Set(found.map((f) => f.program));
    for (const p of [
      'pdftotext',
      'chromium',
      'node',
      'psql',
      'initdb',
      'pg_ctl',
      'runuser',
      'apt-get',
      'vitest',
      'mktemp',
    ])
      expect(names).toContain(p);
    // The made-up program's name is assembled, so no scanner reads this fixture as a real spawn.
    const made = ['made', 'up', 'program'].join('-');
    expect(
      programsInCode(
        'x.ts',
        `import { spawn } from 'node:child_process';\nspawn('${made}', []);\nconst r = /a/.exec('b');`,
      ),
    ).toEqual([{ program: made, where: 'x.ts:2' }]);
    expect(programsInCode('x.ts', "import { execFile } from 'child_process';\nexecFile(tool, []);")[0]!.program).toBe(
      '<unknown program: tool>',
    );
    expect(
      programsInShell(
        'x.sh',
        'f() { true; }\nx="$(convert a b | gzip)" # then ignored\nf && echo "run (this) then that" | jq .\n',
      ).map((p) => p.program),
    ).toEqual(['convert', 'gzip', 'jq']);
  });

  it('knows the Debian package of every program that is spawned', () => {
    const unknown = found.filter((f) => !PROGRAMS[f.program]).map((f) => `${f.program} (${f.where})`);
    expect(unknown, 'add each to PROGRAMS here and to scripts/ensure-system-deps.sh').toEqual([]);
  });

  it('has scripts/ensure-system-deps.sh install and check each program that is not part of Node or of every Debian', () => {
    const script = readFileSync(join(ROOT, 'scripts/ensure-system-deps.sh'), 'utf8');
    const fixed = new Map(
      [...script.matchAll(/^\s*"(\S+) ([\w.+-]+)"$/gm)].map((m) => [
        basename(m[1]!.replace('$CHROMIUM', '/usr/bin/chromium')),
        m[2]!,
      ]),
    );
    const pg = /^PG_PROGRAMS=\(([^)]*)\)/m.exec(script)?.[1]?.trim().split(/\s+/) ?? [];
    const needed = [...new Set(found.map((f) => f.program))].filter(
      (p) => PROGRAMS[p]?.origin === 'ensure-system-deps',
    );
    const missing = needed.filter((p) => {
      const pkg = PROGRAMS[p]!.package;
      return pkg === 'postgresql' ? !(pg.includes(p) && /missing\+=\(postgresql\)/.test(script)) : fixed.get(p) !== pkg;
    });
    expect(missing).toEqual([]);
    expect(needed.sort()).toEqual(['chromium', 'initdb', 'pdftotext', 'pg_ctl', 'pg_isready', 'postgres', 'psql']);
  });
});

/** Whether a version satisfies an npm `engines` range of the forms used in package-lock.json. */
function satisfies(version: string, range: string): boolean {
  const v = version.replace(/^v/, '').split('.').map(Number);
  const cmp = (w: number[]) => {
    for (let i = 0; i < 3; i++) if ((v[i] ?? 0) !== (w[i] ?? 0)) return (v[i] ?? 0) - (w[i] ?? 0);
    return 0;
  };
  const parts = (s: string) => s.replace(/\.x$/, '').split('.').map(Number);
  return range.split('||').some((alt) =>
    alt
      .trim()
      .replace(/([<>=^~]+)\s+/g, '$1')
      .split(/\s+/)
      .every((c) => {
        if (c === '*' || c === '') return true;
        const m = /^(>=|>|<=|<|\^|~|=)?(\d+(?:\.\d+|\.x)*)$/.exec(c);
        if (!m) throw new Error(`engines range not understood: ${range}`);
        const w = parts(m[2]!);
        switch (m[1]) {
          case '>=':
            return cmp(w) >= 0;
          case '>':
            return cmp(w) > 0;
          case '<=':
            return cmp(w) <= 0;
          case '<':
            return cmp(w) < 0;
          case '^':
            return cmp(w) >= 0 && (w[0] === 0 ? v[0] === 0 && v[1] === w[1] : v[0] === w[0]);
          case '~':
            return cmp(w) >= 0 && v[0] === w[0] && (w.length < 2 || v[1] === w[1]);
          default:
            return w.every((n, i) => v[i] === n);
        }
      }),
  );
}

describe('npm packages on Node 20', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { engines?: { node?: string } | string[] }>;
  };
  const minimum = /^>=(\d+\.\d+\.\d+)$/.exec(pkg.engines.node)?.[1];

  it('reads engine ranges like npm does', () => {
    expect(satisfies('20.19.0', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('20.18.3', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies('20.19.0', '>=22.0.0')).toBe(false);
    expect(satisfies('20.19.0', '>= 10.x')).toBe(true);
    expect(satisfies('20.19.0', '^10 || ^12 || ^13.7 || ^14 || >=15.0.1')).toBe(true);
  });

  it('installs without an engine warning on the oldest Node that package.json and the README name, and on this Node', () => {
    expect(minimum, 'package.json engines.node is ">=x.y.z"').toBeDefined();
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`Node.js ${minimum!.replace(/\.0$/, '')} or newer`);
    const refuse = (version: string) =>
      Object.entries(lock.packages)
        .filter(
          ([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node && !satisfies(version, p.engines.node),
        )
        .map(([name, p]) => `${name} (${(p.engines as { node: string }).node})`);
    expect(refuse(minimum!)).toEqual([]);
    expect(refuse(process.version)).toEqual([]);
  });
});
