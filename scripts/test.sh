#!/usr/bin/env bash
# `npm test`: the whole suite, in order, stopping at the first failure.
#   1. system packages (chromium, poppler-utils, postgresql; apt-get as root)
#   2. type check, the import boundaries (npm run check:deps: dependency-cruiser), format and lint (biome ci)
#   3. unit tests
#   4. API tests on PGlite (embedded)
#   5. a throwaway PostgreSQL cluster (scripts/pg-throwaway.sh)
#   6. the same API tests on PostgreSQL (DATABASE_URL, PG_ADMIN_URL set)
#   7. stop PostgreSQL
#   8. vite build (the UI the browser tests load)
#   9. browser tests in headless Chromium
# Ends with one plain line: `tests: N passed, N failed`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
export PATH="$root/node_modules/.bin:$PATH"

results="$(mktemp -d "${TMPDIR:-/tmp}/stuurboord-test-results.XXXXXX")"
current_step=""
pg_dir=""
suite_started=$SECONDS

heading() {
  current_step="$1"
  step_started=$SECONDS
  printf '\n\033[1m==> %s\033[0m\n' "$1"
}
done_step() { printf '    ok: %s (%ss)\n' "$current_step" "$((SECONDS - step_started))"; }

# Adds up the Vitest JSON reports written so far: "P F S".
totals() {
  node -e '
    const fs = require("fs"), path = require("path");
    let p = 0, f = 0, s = 0;
    for (const name of fs.readdirSync(process.argv[1])) {
      if (!name.endsWith(".json")) continue;
      try {
        const r = JSON.parse(fs.readFileSync(path.join(process.argv[1], name), "utf8"));
        p += r.numPassedTests || 0; f += r.numFailedTests || 0;
        s += (r.numPendingTests || 0) + (r.numTodoTests || 0);
      } catch { f += 1; }   // a report that cannot be read counts as a failure
    }
    process.stdout.write(`${p} ${f} ${s}\n`);
  ' "$results"
}

# The closing line. A failing step that is not a test run (type check, build…)
# still counts as one failure, so the line never says "0 failed" for a failed run.
summary_line() {
  local status="$1" p f s
  read -r p f s < <(totals) || true
  p="${p:-0}" f="${f:-0}" s="${s:-0}"
  if [[ "$status" != 0 && "$f" == 0 ]]; then f=1; fi
  if [[ "$s" != 0 ]]; then echo "tests: $p passed, $f failed, $s skipped"; else echo "tests: $p passed, $f failed"; fi
}

on_exit() {
  local status=$?
  if [[ -n "$pg_dir" ]]; then bash scripts/pg-throwaway.sh stop "$pg_dir" || true; fi
  if [[ $status != 0 ]]; then
    printf '\n\033[1;31mFAILED at step: %s (exit %s)\033[0m\n' "$current_step" "$status"
  else
    printf '\n\033[1;32mAll steps passed in %ss\033[0m\n' "$((SECONDS - suite_started))"
  fi
  summary_line "$status"
  rm -rf "$results"
  exit $status
}
trap on_exit EXIT
trap 'exit 130' INT TERM

# vitest run for one project, with a JSON report for the closing summary.
run_vitest() {
  local project="$1" report="$2"
  vitest run --project "$project" --reporter=default --reporter=json --outputFile.json="$results/$report.json"
}

heading "1/9 System packages (chromium, poppler-utils, postgresql)"
eval "$(bash scripts/ensure-system-deps.sh | grep '^PG_BIN=')"
export PG_BIN
done_step

heading "2/9 Type check (tsc -p tsconfig.json)"
tsc -p tsconfig.json
done_step

heading "2b/9 Import boundaries (npm run check:deps, dependency-cruiser)"
npm run -s check:deps
done_step

heading "2c/9 Format and lint (npm run lint: biome ci)"
npm run -s lint
done_step

heading "3/9 Unit tests"
(unset DATABASE_URL PG_ADMIN_URL; run_vitest unit unit)
done_step

heading "4/9 API tests on PGlite (embedded)"
(unset DATABASE_URL PG_ADMIN_URL; run_vitest api api-pglite)
done_step

heading "5/9 Start a throwaway PostgreSQL cluster"
eval "$(bash scripts/pg-throwaway.sh start)"
pg_dir="$PG_THROWAWAY_DIR"
echo "    DATABASE_URL=$DATABASE_URL"
echo "    PG_ADMIN_URL=$PG_ADMIN_URL"
done_step

heading "6/9 API tests on PostgreSQL ($DATABASE_URL)"
run_vitest api api-postgresql
done_step

heading "7/9 Stop PostgreSQL"
bash scripts/pg-throwaway.sh stop "$pg_dir"
pg_dir=""
unset DATABASE_URL PG_ADMIN_URL PG_THROWAWAY_DIR PGHOST PGPORT PGUSER
done_step

heading "8/9 Build the UI (vite build)"
vite build --logLevel warn
done_step

heading "9/9 Browser tests (headless Chromium)"
run_vitest e2e e2e
done_step
