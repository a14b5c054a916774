/**
 * The import boundaries, checked by `npm run check:deps` (a step of `npm test`). See
 * docs/architecture.md, "Modules publish, others consume". Paths are relative to the project root.
 *
 * A module's published files: `public.ts` (functions and types for other modules' server code; it
 * re-exports the module's KPI figures from `kpi-source.ts`) and `schema.ts` (the zod contracts, no I/O,
 * shared with the UI). Test files may also use another module's test helpers (`testing.ts`).
 */
const PUBLISHED = 'public\\.ts|schema\\.ts';

/** What the UI may import from the server side: pure files only (contracts, rules, models, table types). */
const UI_SHARED = [
  // schema.ts and its parts (schema-import.ts …): zod contracts shared by server and UI.
  '^src/modules/[^/]+/schema[.-]',
  '^src/modules/[^/]+/logic(\\.ts|/)',
  '^src/modules/[^/]+/tables\\.ts$',
  '^src/modules/orgs/policy\\.ts$',
  '^src/modules/caf/model\\.ts$',
  '^src/lib/',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-reaches-inside-another',
      comment: "A module imports another module only through that module's published files (public.ts, schema.ts).",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: '\\.test\\.ts$' },
      to: {
        path: '^src/modules/([^/]+)/',
        pathNot: [`^src/modules/$1/`, `^src/modules/[^/]+/(${PUBLISHED})$`],
      },
    },
    {
      name: 'test-reaches-inside-another-module',
      comment: "A module's tests use another module through its published files or its test helpers (testing.ts).",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/.+\\.test\\.ts$' },
      to: {
        path: '^src/modules/([^/]+)/',
        pathNot: [`^src/modules/$1/`, `^src/modules/[^/]+/(${PUBLISHED}|testing\\.ts)$`],
      },
    },
    {
      name: 'no-cycle-across-modules',
      comment:
        'No import cycle leaves a module and comes back (the module graph itself is checked in src/server/layering.test.ts).',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: '\\.test\\.ts$' },
      to: { circular: true, via: { pathNot: '^src/modules/$1/' } },
    },
    {
      name: 'lib-is-below-everything',
      comment:
        'src/lib is shared by server, CLI and UI: it imports no module and no server code, except the error ' +
        'family (server/errors.ts: zod only, no I/O) that its file readers and formats throw. Tests sit on top.',
      severity: 'error',
      from: { path: '^src/lib/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(modules|server|cli|demo|web)/', pathNot: '^src/server/errors\\.ts$' },
    },
    {
      name: 'modules-do-not-use-entry-points',
      comment: 'Modules do not import the CLI, the demo generator or the UI (tests may drive the CLI and demo).',
      severity: 'error',
      from: { path: '^src/modules/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(cli|demo|web)/' },
    },
    {
      name: 'web-imports-no-server-code',
      comment: 'The UI imports only shared, pure files of the server side (contracts, rules, models, table types).',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/(modules|server|cli|demo|lib)/', pathNot: UI_SHARED },
    },
  ],
  options: {
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    moduleSystems: ['es6', 'cjs'],
  },
};
