#!/usr/bin/env bash
# Usage: bench/run.sh path/to/acctmgr path/to/bare_parse
# Times validate, summary (also with -j 1), review and pipeline on generated portfolios of
# BENCH_SIZES clients (default 1,000, 10,000 and 100,000; 34 months each, every field of the
# examples), as one file and as 100 files, beside bare_parse: yaml-cpp's event API over the
# same bytes doing nothing. Each row: input size, wall and CPU (user+sys) seconds, CPU/wall,
# peak RSS, RSS/input, MB/s and `x bare`, the wall time as a ratio to the bare parse. Each
# figure is the run with the best wall time of BENCH_RUNS (default 3; 1 from 100,000 clients).
# Last, `check examples/`: the run CI makes on every push.
set -euo pipefail
acctmgr=$(realpath "${1:?path to acctmgr}")
bare=$(realpath "${2:?path to bare_parse}")
here=$(cd "$(dirname "$0")" && pwd)
sizes=${BENCH_SIZES:-"1000 10000 100000"}
commands=${BENCH_COMMANDS:-"validate summary review pipeline"}
[ -x /usr/bin/time ] || { echo "bench/run.sh: needs GNU time (/usr/bin/time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" # no acctmgr.yaml above a fresh temporary directory
max_bytes=$((64 << 20)) # SPEC section 2 refuses a bigger file

# A failed command's time means nothing: stop, show the command, its status and its stderr.
failed() { # status command...
  local status=$1
  shift
  echo "bench/run.sh: '$*' exited with status $status; no time is reported for a failed command" >&2
  sed 's/^/  /' "$work/stderr" >&2
  exit 1
}

# Sets wall, cpu and rss (KB) from the best of `runs` runs of the command.
measure() { # runs command...
  local runs=$1 status
  shift
  wall="" cpu="" rss=""
  for ((r = 0; r < runs; r++)); do
    status=0
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || status=$?
    [ "$status" -eq 0 ] || failed "$status" "$@"
    read -r w u s m <"$work/time"
    if [ -z "$wall" ] || awk -v a="$w" -v b="$wall" 'BEGIN { exit !(a < b) }'; then
      wall=$w cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }') rss=$m
    fi
  done
}

row() { # layout clients bytes label bare_wall
  awk -v layout="$1" -v n="$2" -v bytes="$3" -v label="$4" -v bare="$5" -v wall="$wall" \
      -v cpu="$cpu" -v rss="$rss" 'BEGIN {
    mb = bytes / 1048576; w = wall > 0 ? wall : 0.01
    printf "%-9s %8d %8.1f  %-16s %8.2f %8.2f %6.2f %8.1f %6.2f %7.1f %7.2f\n", layout, n, mb,
           label, wall, cpu, cpu / w, rss / 1024, rss * 1024 / bytes, mb / w, wall / (bare > 0 ? bare : 0.01)
  }'
}

bench_layout() { # layout clients bytes runs files...
  local layout=$1 n=$2 bytes=$3 runs=$4
  shift 4
  measure "$runs" "$bare" "$@"
  local bare_wall=$wall
  row "$layout" "$n" "$bytes" "bare parse" "$bare_wall"
  for cmd in $commands; do
    measure "$runs" "$acctmgr" "$cmd" "$@"
    row "$layout" "$n" "$bytes" "$cmd" "$bare_wall"
    if [ "$cmd" = summary ]; then
      measure "$runs" "$acctmgr" summary -j 1 "$@"
      row "$layout" "$n" "$bytes" "summary -j 1" "$bare_wall"
    fi
  done
}

echo "acctmgr bench: $(nproc) cores; wall and CPU in seconds, RSS in MB, x bare = wall / bare parse wall"
printf '%-9s %8s %8s  %-16s %8s %8s %6s %8s %6s %7s %7s\n' layout clients "input MB" command \
  wall cpu cpu/wall "RSS MB" RSS/in "MB/s" "x bare"
for n in $sizes; do
  runs=${BENCH_RUNS:-$([ "$n" -ge 100000 ] && echo 1 || echo 3)}
  "$here/generate.sh" "$n" >"$work/one.yaml"
  bytes=$(stat -c %s "$work/one.yaml")
  if [ "$bytes" -le "$max_bytes" ]; then
    bench_layout "one file" "$n" "$bytes" "$runs" "$work/one.yaml"
  else
    printf '%-9s %8d %8.1f  (over 64 MiB: refused by SPEC section 2; measured as 100 files)\n' \
      "one file" "$n" "$(awk -v b="$bytes" 'BEGIN { print b / 1048576 }')"
  fi
  rm -f "$work/one.yaml"
  mkdir -p "$work/many"
  per=$(((n + 99) / 100))
  for ((f = 0; f < 100; f++)); do
    "$here/generate.sh" "$per" $((f * per)) "Manager $f" >"$work/many/m$(printf %03d "$f").yaml"
  done
  bytes=$(cat "$work/many"/*.yaml | wc -c)
  bench_layout "100 files" "$((per * 100))" "$bytes" "$runs" "$work/many"/*.yaml
  rm -rf "$work/many"
done

# The small case CI runs on every push: `check` over the examples, best of 20 (target < 10 ms).
best=""
for ((r = 0; r < 20; r++)); do
  start=$(date +%s%N)
  "$acctmgr" check "$here/../examples" >/dev/null 2>"$work/stderr" || failed $? "$acctmgr" check examples
  ms=$((($(date +%s%N) - start) / 1000)) # microseconds
  if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
awk -v us="$best" 'BEGIN { printf "check examples/ (4 portfolios): %.1f ms, best of 20\n", us / 1000 }'
