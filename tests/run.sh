#!/usr/bin/env bash
# Runs every test: the Nix checks, unit tests, CLI tests, and the end-to-end tests
# against a real Bluesky network (PLC, PDS, AppView + PostgreSQL) started on 127.0.0.1
# for the run. Installs what is missing first (PostgreSQL and nix-bin via apt-get,
# Node 22 and npm packages).
# Extra arguments go to `cargo test`, e.g. `tests/run.sh -- --nocapture`.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
# The Nix packaging, evaluated offline against a stand-in nixpkgs.
tests/nix/run.sh
# Build before the network starts, so it is not kept waiting.
cargo test --locked --no-run --all-targets --features e2e
tests/localnet/run.sh -- cargo test --locked --all-targets --features e2e "$@"
echo "tests/run.sh: all tests passed in $(( $(date +%s) - start )) s" >&2
