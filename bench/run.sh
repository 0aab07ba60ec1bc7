#!/usr/bin/env bash
# Usage: bench/run.sh path/to/acctmgr path/to/bare_parse
# Times validate, summary (also with -j 1), review and pipeline on generated portfolios of
# BENCH_SIZES clients (default 1,000, 10,000 and 100,000; 34 months each, every field of the
# examples), as one file and as 100 files, beside bare_parse: yaml-cpp's event API over the
# same bytes doing nothing. Each row: input size, wall and CPU (user+sys) seconds, CPU/wall,
# peak RSS, RSS/input, MB/s and `x bare`, the wall time as a ratio to the bare parse. Each
# figure is the run with the best wall time of BENCH_RUNS (default 3; 1 from 100,000 clients),
# the runs made in rounds over every size (see below).
# Then `import` of one month (a CSV row a client) into one file of BENCH_IMPORT_SIZES clients
# (default 3,000 and 10,000; "" skips it), with --dry-run and for real (into a fresh copy each
# run), beside `validate` of the same file: `x valid` is the wall time as a ratio to validate's
# (SPEC section 10: at most 3).
# Then `diff HEAD` (SPEC section 13: the files at a revision read through git and every report
# of both sides) on BENCH_DIFF_SIZES clients (default 10,000; "" skips it) in 100 files
# committed to a fresh git repository, beside `review` of the same files: `x review` is the
# wall time as a ratio to review's (at most 2).
# Last, `check examples/`: the run CI makes on every push.
set -euo pipefail
acctmgr=$(realpath "${1:?path to acctmgr}")
bare=$(realpath "${2:?path to bare_parse}")
here=$(cd "$(dirname "$0")" && pwd)
sizes=${BENCH_SIZES:-"1000 10000 100000"}
commands=${BENCH_COMMANDS:-"validate summary review pipeline"}
import_sizes=${BENCH_IMPORT_SIZES-"3000 10000"}
diff_sizes=${BENCH_DIFF_SIZES-"10000"}
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

# The best run so far of each case and command, by "layout|clients|label": wall, CPU, RSS (KB).
declare -A best_wall best_cpu best_rss

# Runs the command once and keeps its figures under `key` when its wall time is the best yet.
run_once() { # key command...
  local key=$1 status=0
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || status=$?
  [ "$status" -eq 0 ] || failed "$status" "$@"
  read -r w u s m <"$work/time"
  if [ -z "${best_wall[$key]:-}" ] ||
    awk -v a="$w" -v b="${best_wall[$key]}" 'BEGIN { exit !(a < b) }'; then
    best_wall[$key]=$w
    best_cpu[$key]=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
    best_rss[$key]=$m
  fi
}

row() { # layout clients bytes label bare_wall
  awk -v layout="$1" -v n="$2" -v bytes="$3" -v label="$4" -v bare="$5" -v wall="$wall" \
      -v cpu="$cpu" -v rss="$rss" 'BEGIN {
    mb = bytes / 1048576; w = wall > 0 ? wall : 0.01
    printf "%-9s %8d %8.1f  %-16s %8.2f %8.2f %6.2f %8.1f %6.2f %7.1f %7.2f\n", layout, n, mb,
           label, wall, cpu, cpu / w, rss / 1024, rss * 1024 / bytes, mb / w, wall / (bare > 0 ? bare : 0.01)
  }'
}

# What each case runs, in the order of the table: the bare parse, then each command
# (summary also with -j 1).
labels=("bare parse")
for cmd in $commands; do
  labels+=("$cmd")
  if [ "$cmd" = summary ]; then labels+=("summary -j 1"); fi
done

# One case (a layout of one size) once: every label.
run_case() { # layout clients files...
  local key="$1|$2" label
  shift 2
  for label in "${labels[@]}"; do
    case $label in
    "bare parse") run_once "$key|$label" "$bare" "$@" ;;
    "summary -j 1") run_once "$key|$label" "$acctmgr" summary -j 1 "$@" ;;
    *) run_once "$key|$label" "$acctmgr" "$label" "$@" ;;
    esac
  done
}

# Every input is made first, then the runs go in rounds over every case: a machine whose speed
# drifts during the bench (a shared host) slows every size alike, so that the ratio of one size
# to another stays true. cases: "layout|clients|bytes|runs|path" (runs 0: not measured).
cases=()
max_runs=0
for n in $sizes; do
  runs=${BENCH_RUNS:-$([ "$n" -ge 100000 ] && echo 1 || echo 3)}
  ((runs > max_runs)) && max_runs=$runs
  mkdir -p "$work/$n/many"
  "$here/generate.sh" "$n" >"$work/$n/one.yaml"
  bytes=$(stat -c %s "$work/$n/one.yaml")
  if [ "$bytes" -le "$max_bytes" ]; then
    cases+=("one file|$n|$bytes|$runs|$work/$n/one.yaml")
  else
    cases+=("one file|$n|$bytes|0|")
    rm -f "$work/$n/one.yaml"
  fi
  per=$(((n + 99) / 100))
  for ((f = 0; f < 100; f++)); do
    "$here/generate.sh" "$per" $((f * per)) "Manager $f" >"$work/$n/many/m$(printf %03d "$f").yaml"
  done
  bytes=$(cat "$work/$n/many"/*.yaml | wc -c)
  cases+=("100 files|$((per * 100))|$bytes|$runs|$work/$n/many")
done

# The import cases: a file, and a CSV of one month for each of its clients (after its as_of).
import_labels=("validate" "import --dry-run" "import")
for n in $import_sizes; do
  mkdir -p "$work/import/$n"
  "$here/generate.sh" "$n" >"$work/import/$n/one.yaml"
  awk -v n="$n" 'BEGIN { print "client,month,amount"
    for (i = 0; i < n; i++) printf "client-%d,2026-11,%d.%02d\n", i, 40000 + i % 9000, i % 100 }' \
    >"$work/import/$n/month.csv"
  runs=${BENCH_RUNS:-3}
  ((runs > max_runs)) && max_runs=$runs
done

# The diff cases: 100 files of n clients in all, committed to a git repository of their own.
for n in $diff_sizes; do
  dir="$work/diff/$n"
  mkdir -p "$dir"
  per=$(((n + 99) / 100))
  for ((f = 0; f < 100; f++)); do
    "$here/generate.sh" "$per" $((f * per)) "Manager $f" >"$dir/m$(printf %03d "$f").yaml"
  done
  git -C "$dir" init -q
  git -C "$dir" add .
  git -C "$dir" -c user.name=bench -c user.email=bench@example.com commit -q -m bench
done

# One diff case once: review, then diff against the commit the files are at.
run_diff_case() { # clients
  local dir="$work/diff/$1" key="diff|$1"
  run_once "$key|review" "$acctmgr" review "$dir"
  run_once "$key|diff HEAD" "$acctmgr" diff HEAD "$dir"
}

# One import case once: validate, the dry run, the import into a fresh copy.
run_import_case() { # clients
  local dir="$work/import/$1" key="import|$1"
  run_once "$key|validate" "$acctmgr" validate "$dir/one.yaml"
  run_once "$key|import --dry-run" "$acctmgr" import --dry-run "$dir/month.csv" "$dir/one.yaml"
  cp "$dir/one.yaml" "$dir/copy.yaml"
  run_once "$key|import" "$acctmgr" import "$dir/month.csv" "$dir/copy.yaml"
}

for ((r = 0; r < max_runs; r++)); do
  for c in "${cases[@]}"; do
    IFS='|' read -r layout n bytes runs path <<<"$c"
    ((r < runs)) || continue
    if [ -d "$path" ]; then run_case "$layout" "$n" "$path"/*.yaml; else run_case "$layout" "$n" "$path"; fi
  done
  if ((r < ${BENCH_RUNS:-3})); then
    for n in $import_sizes; do run_import_case "$n"; done
    for n in $diff_sizes; do run_diff_case "$n"; done
  fi
done

echo "acctmgr bench: $(nproc) cores; wall and CPU in seconds, RSS in MB, x bare = wall / bare parse wall"
printf '%-9s %8s %8s  %-16s %8s %8s %6s %8s %6s %7s %7s\n' layout clients "input MB" command \
  wall cpu cpu/wall "RSS MB" RSS/in "MB/s" "x bare"
for c in "${cases[@]}"; do
  IFS='|' read -r layout n bytes runs path <<<"$c"
  if ((runs == 0)); then
    printf '%-9s %8d %8.1f  (over 64 MiB: refused by SPEC section 2; measured as 100 files)\n' \
      "$layout" "$n" "$(awk -v b="$bytes" 'BEGIN { print b / 1048576 }')"
    continue
  fi
  bare_wall=${best_wall["$layout|$n|bare parse"]}
  for label in "${labels[@]}"; do
    key="$layout|$n|$label"
    wall=${best_wall[$key]} cpu=${best_cpu[$key]} rss=${best_rss[$key]}
    row "$layout" "$n" "$bytes" "$label" "$bare_wall"
  done
done

if [ -n "$import_sizes" ]; then
  echo
  echo "import of one month (a CSV row a client) into one file; x valid = wall / validate wall"
  printf '%-9s %8s %8s  %-16s %8s %8s %6s %8s %6s %7s %7s\n' layout clients "input MB" command \
    wall cpu cpu/wall "RSS MB" RSS/in "MB/s" "x valid"
  for n in $import_sizes; do
    bytes=$(stat -c %s "$work/import/$n/one.yaml")
    validate_wall=${best_wall["import|$n|validate"]}
    for label in "${import_labels[@]}"; do
      key="import|$n|$label"
      wall=${best_wall[$key]} cpu=${best_cpu[$key]} rss=${best_rss[$key]}
      row "one file" "$n" "$bytes" "$label" "$validate_wall"
    done
  done
fi

if [ -n "$diff_sizes" ]; then
  echo
  echo "diff against HEAD, 100 files in a git repository; x review = wall / review wall"
  printf '%-9s %8s %8s  %-16s %8s %8s %6s %8s %6s %7s %7s\n' layout clients "input MB" command \
    wall cpu cpu/wall "RSS MB" RSS/in "MB/s" "x review"
  for n in $diff_sizes; do
    bytes=$(cat "$work/diff/$n"/*.yaml | wc -c)
    review_wall=${best_wall["diff|$n|review"]}
    for label in "review" "diff HEAD"; do
      key="diff|$n|$label"
      wall=${best_wall[$key]} cpu=${best_cpu[$key]} rss=${best_rss[$key]}
      row "100 files" "$((((n + 99) / 100) * 100))" "$bytes" "$label" "$review_wall"
    done
  done
fi

# The small case CI runs on every push: `check` over the examples, best of 20 (target < 10 ms).
best=""
for ((r = 0; r < 20; r++)); do
  start=$(date +%s%N)
  "$acctmgr" check "$here/../examples" >/dev/null 2>"$work/stderr" || failed $? "$acctmgr" check examples
  ms=$((($(date +%s%N) - start) / 1000)) # microseconds
  if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
awk -v us="$best" 'BEGIN { printf "check examples/ (4 portfolios): %.1f ms, best of 20\n", us / 1000 }'
