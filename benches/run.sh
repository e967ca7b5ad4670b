#!/usr/bin/env bash
# Runs the benchmark suite (benches/suite.rs) against a local Bluesky network
# started for the run, on the release build. Prints a Markdown table and writes
# it, with the raw figures, to benches/results/results.{md,json}.
# Arguments pick groups: startup memory overhead cli throughput (default: all).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench --locked --no-run --bench suite
tests/localnet/run.sh -- cargo bench --locked --bench suite -- "$@"
