#!/usr/bin/env bash
# Makes sure every program outside Node that the app and the test suite run is present:
#   - Chromium at /usr/bin/chromium (browser tests, via playwright-core)
#   - pdftotext from Debian's `poppler-utils` (the PDF tests read the PDFs back as text)
#   - PostgreSQL server binaries (initdb, pg_ctl, postgres, pg_isready, psql) from
#     Debian's `postgresql` package, in /usr/lib/postgresql/<version>/bin
#   - runuser from `util-linux` when root (PostgreSQL runs as the postgres user)
# src/server/system-deps.test.ts checks that every program the code spawns is listed here.
# As root, missing packages are installed with apt-get. Otherwise the script
# says exactly what to install and exits 1: nothing is skipped silently.
# Prints the PostgreSQL bin directory it found on its last line as
# `PG_BIN=<dir>` so callers may eval it.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
# Programs at a fixed path: "path package".
PROGRAMS=(
  "$CHROMIUM chromium"
  "/usr/bin/pdftotext poppler-utils"
)
# PostgreSQL programs, looked up in /usr/lib/postgresql/<version>/bin (package postgresql).
PG_PROGRAMS=(initdb pg_ctl postgres pg_isready psql)

has_pg_programs() {
  local program
  for program in "${PG_PROGRAMS[@]}"; do [[ -x "$1/$program" ]] || return 1; done
}

find_pg_bin() {
  # An explicit PG_BIN wins; otherwise the newest version Debian installed.
  if [[ -n "${PG_BIN:-}" ]]; then
    has_pg_programs "$PG_BIN" && { echo "$PG_BIN"; return 0; }
    return 1
  fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V -r); do
    if has_pg_programs "$dir"; then echo "$dir"; return 0; fi
  done
  return 1
}

missing=()
for entry in "${PROGRAMS[@]}"; do
  read -r path package <<<"$entry"
  [[ -x "$path" ]] || missing+=("$package")
done
find_pg_bin >/dev/null || missing+=(postgresql)
if [[ "$(id -u)" == 0 ]] && ! command -v runuser >/dev/null; then
  missing+=(util-linux)   # runuser: PostgreSQL must run as the unprivileged postgres user
fi

if ((${#missing[@]} > 0)); then
  if [[ "$(id -u)" == 0 ]]; then
    echo "ensure-system-deps: installing missing system packages: ${missing[*]}" >&2
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >&2
  else
    echo "ensure-system-deps: missing system packages: ${missing[*]}" >&2
    echo "Install them first (Debian/Ubuntu), then run npm test again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    [[ " ${missing[*]} " == *" chromium "* ]] && echo "  (the browser tests need Chromium at $CHROMIUM)" >&2
    [[ " ${missing[*]} " == *" poppler-utils "* ]] && echo "  (the PDF tests read PDFs back with pdftotext)" >&2
    [[ " ${missing[*]} " == *" postgresql "* ]] && echo "  (the API tests run on a throwaway cluster from /usr/lib/postgresql/<version>/bin; or set PG_BIN to a directory holding ${PG_PROGRAMS[*]})" >&2
    exit 1
  fi
fi

# Verify again: an install that did not provide what we need must fail loudly.
for entry in "${PROGRAMS[@]}"; do
  read -r path package <<<"$entry"
  [[ -x "$path" ]] || { echo "ensure-system-deps: $path (package $package) still missing after install" >&2; exit 1; }
done
pg_bin="$(find_pg_bin)" || { echo "ensure-system-deps: PostgreSQL server binaries still missing (looked in /usr/lib/postgresql/*/bin)" >&2; exit 1; }
if [[ "$(id -u)" == 0 ]] && ! id postgres >/dev/null 2>&1; then
  echo "ensure-system-deps: running as root but there is no 'postgres' user to run PostgreSQL as (reinstall the postgresql package)" >&2
  exit 1
fi

echo "ensure-system-deps: chromium $("$CHROMIUM" --version 2>/dev/null | head -1 || echo '(version unknown)')" >&2
echo "ensure-system-deps: $(/usr/bin/pdftotext -v 2>&1 | head -1)" >&2
echo "ensure-system-deps: postgresql $("$pg_bin/postgres" --version) in $pg_bin" >&2
echo "PG_BIN=$pg_bin"
