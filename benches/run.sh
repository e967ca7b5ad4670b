#!/usr/bin/env bash
# Runs the benchmark suite (benches/suite.rs) against a local Bluesky network
# started for the run. The binary measured is a plain `cargo build --release`
# (copied aside, since the bench build, unified with the dev-dependencies'
# features, replaces target/release/mcp-bluesky). Prints a Markdown table and
# writes it, with the raw figures, to benches/results/results.{md,json}.
# Arguments pick groups: startup memory overhead cli throughput oauth agent hosted
# (default: all).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --locked --release
mkdir -p target/bench
cp target/release/mcp-bluesky target/bench/mcp-bluesky
cargo bench --locked --no-run --bench suite
MCP_BLUESKY_BIN="$PWD/target/bench/mcp-bluesky" \
  tests/localnet/run.sh -- cargo bench --locked --bench suite -- "$@"
