#!/usr/bin/env bash
# Usage: run_error_case.sh ACCTMGR NAME  (run inside tests/errors)
# NAME.yaml must be refused by `acctmgr validate` with exit 2, nothing on stdout, and stderr
# equal to NAME.err. UPDATE=1 rewrites NAME.err from the current output (review the diff!).
set -u
acctmgr=$1 name=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
NO_COLOR=1 "$acctmgr" validate --as-of 2026-10 "$name.yaml" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null
status=$?
[ "${UPDATE:-}" = 1 ] && cp "$tmp/stderr" "$name.err"
fail=0
[ "$status" -eq 2 ] || { echo "expected exit 2, got $status"; fail=1; }
[ ! -s "$tmp/stdout" ] || { echo "expected nothing on stdout, got:"; cat "$tmp/stdout"; fail=1; }
diff -u "$name.err" "$tmp/stderr" || fail=1
exit $fail
