#!/usr/bin/env bash
# Runs a command against a throwaway local AT Protocol network, then tears it all down.
#
#   tests/localnet/run.sh -- cargo test      # LOCALNET_JSON is exported to the command
#   tests/localnet/run.sh                    # print the network's JSON and wait for Ctrl-C
#
# PostgreSQL runs as a private cluster on 127.0.0.1 in a temp dir; every server of the
# network listens on 127.0.0.1 only; the temp dir is removed on exit.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

node22_bin="$("$here/setup.sh")"
if [ -n "$node22_bin" ]; then export PATH="$node22_bin:$PATH"; fi
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"

work="$(mktemp -d /tmp/mcp-bluesky-localnet.XXXXXX)"
chmod 755 "$work"
pg_port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
node_pid=""
pg_started=""

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

cleanup() {
  set +e
  if [ -n "$node_pid" ] && kill -0 "$node_pid" 2>/dev/null; then
    kill -TERM "$node_pid"
    for _ in $(seq 1 50); do kill -0 "$node_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$node_pid" 2>/dev/null
  fi
  if [ -n "$pg_started" ]; then
    as_postgres "'$pg_bin/pg_ctl' -D '$work/pg' -m immediate -w stop" >/dev/null 2>&1
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A throwaway CA and a certificate for the hosted-mode test domain (served on 127.0.0.2+):
# the PDS trusts the CA (NODE_EXTRA_CA_CERTS) when it fetches the hosted server's client
# metadata; start.mjs makes the domain resolve to 127.0.0.2 inside the network's process.
# The certificate also names 127.0.0.1, where the test MCP client serves its own metadata
# document to the hosted server.
tls="$work/tls"; mkdir -p "$tls"
hosted_domain="mcp.hosted.internal"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
  -subj "/CN=mcp-bluesky test CA" -keyout "$tls/ca.key" -out "$tls/ca.pem" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
  -subj "/CN=$hosted_domain" -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
printf 'subjectAltName=DNS:%s,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$hosted_domain" >"$tls/ext"
openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial \
  -days 2 -extfile "$tls/ext" -out "$tls/server.pem" 2>/dev/null
# PostgreSQL serves TLS too (a certificate for 127.0.0.1 from the same CA), for the
# hosted server's sslmode=require test; clients that do not ask for TLS are unaffected.
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
  -subj "/CN=127.0.0.1" -keyout "$tls/pg.key" -out "$tls/pg.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$tls/pg.ext"
openssl x509 -req -in "$tls/pg.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial \
  -days 2 -extfile "$tls/pg.ext" -out "$tls/pg.pem" 2>/dev/null
chmod 644 "$tls"/*
chmod 600 "$tls/pg.key"
if [ "$(id -u)" = 0 ]; then chown postgres "$tls/pg.key"; fi

mkdir -p "$work/pg" "$work/tmp"
if [ "$(id -u)" = 0 ]; then chown postgres "$work/pg"; fi
as_postgres "'$pg_bin/initdb' -D '$work/pg' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >"$work/initdb.log" 2>&1 ||
  { cat "$work/initdb.log" >&2; exit 1; }
as_postgres "'$pg_bin/pg_ctl' -D '$work/pg' -l '$work/pg/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories='$work/pg' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c ssl=on -c ssl_cert_file='$tls/pg.pem' -c ssl_key_file='$tls/pg.key'\" start" >/dev/null
pg_started=1

# PDS data and the AppView's image cache go to os.tmpdir(): keep them inside $work.
DB_POSTGRES_URL="postgres://postgres@127.0.0.1:$pg_port/postgres" TMPDIR="$work/tmp" \
  NODE_EXTRA_CA_CERTS="$tls/ca.pem" HOSTED_DOMAIN="$hosted_domain" TLS_DIR="$tls" \
  node "$here/start.mjs" >"$work/net.json" 2>"$work/net.log" &
node_pid=$!
for _ in $(seq 1 600); do
  [ -s "$work/net.json" ] && break
  kill -0 "$node_pid" 2>/dev/null || { echo "localnet: the network failed to start:" >&2; cat "$work/net.log" >&2; exit 1; }
  sleep 0.2
done
[ -s "$work/net.json" ] || { echo "localnet: not ready after 120 s" >&2; cat "$work/net.log" >&2; exit 1; }
LOCALNET_JSON="$(head -n1 "$work/net.json")"
export LOCALNET_JSON
echo "localnet: ready, PDS at $(node -p 'JSON.parse(process.env.LOCALNET_JSON).pds')" >&2

if [ "${1:-}" = "--" ]; then
  shift
  set +e
  "$@"
  exit $?
fi
echo "$LOCALNET_JSON"
wait "$node_pid"
