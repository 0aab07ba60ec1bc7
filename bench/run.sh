#!/usr/bin/env bash
# Usage: bench/run.sh path/to/acctmgr
# Times each command on synthetic portfolios of 100, 1,000 and 10,000 clients (best of 3 runs)
# and prints wall time per run and per client, so that a report whose cost grows faster than
# the data shows up as a rising per-client figure. Numbers go in README.md.
set -euo pipefail
acctmgr=$(realpath "${1:?path to acctmgr}")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
commands=${BENCH_COMMANDS:-"validate growth"}
# A failed command's time means nothing: stop, show the command, its status and its stderr.
failed() { # status command...
  local status=$1
  shift
  echo "bench/run.sh: '$*' exited with status $status; no time is reported for a failed command" >&2
  sed 's/^/  /' "$work/stderr" >&2
  exit 1
}
best_ms() { # best wall time of 3 runs, in milliseconds
  local best=""
  for _ in 1 2 3; do
    local start end status=0
    start=$(date +%s%N)
    "$@" >/dev/null 2>"$work/stderr" || status=$?
    end=$(date +%s%N)
    [ "$status" -eq 0 ] || failed "$status" "$@"
    local ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}
printf '%-10s %8s %10s %10s %14s\n' command clients "file MB" "best ms" "us/client"
cd "$work" # no acctmgr.yaml above a fresh temporary directory
for n in 100 1000 10000; do
  "$here/generate.sh" "$n" >"$work/p$n.yaml"
  size=$(du -m "$work/p$n.yaml" | cut -f1)
  for cmd in $commands; do
    ms=$(best_ms "$acctmgr" "$cmd" "$work/p$n.yaml") || exit 1
    printf '%-10s %8d %10s %10d %14d\n' "$cmd" "$n" "$size" "$ms" $(( ms * 1000 / n ))
  done
done
if [ -x /usr/bin/time ]; then
  status=0
  /usr/bin/time -f '%M' -o "$work/rss" "$acctmgr" validate "$work/p10000.yaml" >/dev/null \
    2>"$work/stderr" || status=$?
  [ "$status" -eq 0 ] || failed "$status" "$acctmgr" validate "$work/p10000.yaml"
  echo "max RSS, validate of 10,000 clients ($(du -m "$work/p10000.yaml" | cut -f1) MB): $(tail -1 "$work/rss") KB"
fi
