#!/usr/bin/env node
// The `stuurboord` command: runs the compiled CLI (dist/src/cli/main.js) with plain Node. When its
// sources changed since the last build it is compiled first (scripts/build.mjs, silent unless the
// build fails: the CLI's own output stays clean JSON or text).
import { ensureBuilt } from '../scripts/build.mjs';

try {
  ensureBuilt(['server'], { quiet: true });
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
await import('../dist/src/cli/main.js');
