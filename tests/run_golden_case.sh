#!/usr/bin/env bash
# Usage: run_golden_case.sh ACCTMGR DIR  (run from the project root)
# DIR/cmd is one shell command line using $ACCTMGR; its stdout, stderr and exit status must
# equal DIR/stdout, DIR/stderr (if present, else empty) and DIR/status (if present, else 0).
# It runs under `set -o pipefail`: a pipeline fails when any stage fails, so an acctmgr that
# crashes or exits non-zero before `| sed` or `| cat -v` fails the case.
# UPDATE=1 rewrites the expected files from the current output (review the diff!).
set -uo pipefail
# A UTF-8 locale, as on a user's desktop: tables draw sparklines (a case may set LC_ALL=C).
export ACCTMGR=$1 NO_COLOR=1 LC_ALL=C.UTF-8
dir=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bash -o pipefail -c "$(cat "$dir/cmd")" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null
echo $? >"$tmp/status"
if [ "${UPDATE:-}" = 1 ]; then
  cp "$tmp/stdout" "$dir/stdout"
  if [ -s "$tmp/stderr" ]; then cp "$tmp/stderr" "$dir/stderr"; else rm -f "$dir/stderr"; fi
  if [ "$(cat "$tmp/status")" != 0 ]; then cp "$tmp/status" "$dir/status"; else rm -f "$dir/status"; fi
fi
fail=0
diff -u "$dir/stdout" "$tmp/stdout" || fail=1
expected_stderr=/dev/null; [ -e "$dir/stderr" ] && expected_stderr=$dir/stderr
diff -u "$expected_stderr" "$tmp/stderr" || fail=1
expected_status=0; [ -e "$dir/status" ] && expected_status=$(cat "$dir/status")
[ "$(cat "$tmp/status")" = "$expected_status" ] || { echo "exit status $(cat "$tmp/status"), expected $expected_status"; fail=1; }
exit $fail
