#!/usr/bin/env bash
# Usage: tests/fuzz/run.sh BUILD_DIR SECONDS TARGET...   (what `make fuzz` runs)
# Runs each libFuzzer target for SECONDS over a copy of its seed corpus tests/fuzz/corpus/TARGET
# (so the committed corpus is never written to), one at a time on one core, niced, with the
# dictionary. A crash, leak, timeout, out-of-memory or sanitizer report stops the run: the
# input is saved as BUILD_DIR/artifacts/TARGET-crash-* (or -leak-, -timeout-, -oom-) and the
# script exits 1 naming it and the command that replays it. FUZZ_KEEP=1 keeps each run's
# corpus copy (new inputs included) in BUILD_DIR/corpus/TARGET, to minimize and commit.
set -euo pipefail
build=$1 seconds=$2
shift 2
root=$(cd "$(dirname "$0")/../.." && pwd)
artifacts=$build/artifacts
mkdir -p "$artifacts"
status=0
for target in "$@"; do
  bin=$build/tests/fuzz/$target
  work=$(mktemp -d)
  cp -R "$root/tests/fuzz/corpus/$target/." "$work/"
  log=$build/$target.log
  echo "fuzz: $target for ${seconds}s over $(ls "$work" | wc -l) seed inputs (log: $log)"
  # -timeout: one input may take at most 10 s (ASan and UBSan on: a hang, not a slow input);
  # -rss_limit_mb: an input may not make the process grow past 2 GB; -max_len: 16 KB holds
  # the largest example with a settings file and a second portfolio.
  if nice -n 10 "$bin" -dict="$root/tests/fuzz/yaml.dict" -max_len=16384 -timeout=10 \
       -rss_limit_mb=2048 -max_total_time="$seconds" -print_final_stats=1 \
       -artifact_prefix="$artifacts/$target-" "$work" >"$log" 2>&1; then
    stats=$(grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added)' \
              "$log" | sed 's/^stat:://; s/: */=/' | tr '\n' ' ')
    cov=$(grep -E '^#[0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+' || true)
    echo "fuzz: $target clean: $stats$cov"
  else
    status=1
    tail -n 60 "$log"
    found=$(grep -oE "$artifacts/$target-[a-z]+-[0-9a-f]+" "$log" | tail -1 || true)
    echo "fuzz: $target FAILED; input: ${found:-see $log}"
    [ -n "$found" ] && echo "fuzz: replay with: $bin $found"
  fi
  if [ "${FUZZ_KEEP:-}" = 1 ]; then
    rm -rf "$build/corpus/$target" && mkdir -p "$build/corpus" && mv "$work" "$build/corpus/$target"
  else
    rm -rf "$work"
  fi
done
exit $status
