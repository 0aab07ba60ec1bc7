#!/usr/bin/env bash
# Usage: kill_during_import.sh ACCTMGR [ROUNDS]
# kill -9 at a random moment of an import over 100 portfolio files (SPEC section 10, "All or
# nothing across files"), ROUNDS times (default 10). After each kill the next command (validate)
# must leave every file as it was or every file as the import makes it, never a mix, and no
# temporary, kept original or journal beside them. A lock file is not a temporary (SPEC 12):
# one the killed run had created but not yet written (empty) stays until a command comes two
# seconds later; its count is printed. Prints one line per round and a count; exits 1 on any
# round that breaks the rule.
set -uo pipefail
acctmgr=$1 rounds=${2:-10}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/team" "$work/old" "$work/new"
for i in $(seq -w 1 100); do
  sed "s/^manager: Ann Example/manager: Manager $i/" "$root/tests/golden/import_fixtures/book.yaml" \
    > "$work/old/m$i.yaml"
done
printf 'manager,client,month,amount\n' > "$work/rows.csv"
for i in $(seq -w 1 100); do printf 'Manager %s,gamma,2026-11,%s\n' "$i" "1$i" >> "$work/rows.csv"; done
# What a finished import makes of the files.
cp "$work/old/"*.yaml "$work/new/"
"$acctmgr" import "$work/rows.csv" "$work/new" 2>/dev/null || { echo "the import itself failed"; exit 1; }
bad=0 killed=0
for r in $(seq "$rounds"); do
  rm -f "$work/team/"* "$work/team/".[!.]* 2>/dev/null
  cp "$work/old/"*.yaml "$work/team/"
  "$acctmgr" import "$work/rows.csv" "$work/team" 2>/dev/null &
  pid=$!
  sleep "$(printf "0.%03d" $((RANDOM % 110)))" # an import of these files takes about 0.1 s
  kill -9 "$pid" 2>/dev/null && killed=$((killed + 1))
  wait "$pid" 2>/dev/null
  "$acctmgr" validate "$work/team" >/dev/null 2>"$work/validate.err" || { echo "round $r: validate failed"; cat "$work/validate.err"; }
  locks=$(find "$work/team" -name '.*.lock' | wc -l)
  find "$work/team" -name '.*.lock' -empty -delete
  if diff -rq "$work/team" "$work/old" >/dev/null; then state="all old"
  elif diff -rq "$work/team" "$work/new" >/dev/null; then state="all new"
  else state="MIXED or leftovers: $(diff -rq "$work/team" "$work/old" | head -3 | tr "\n" " ")"; bad=$((bad + 1)); fi
  grep -q 'was interrupted' "$work/validate.err" && state="$state (an interrupted edit undone)"
  [ "$locks" = 0 ] || state="$state ($locks empty lock file left, killed while creating it)"
  echo "round $r: $state"
done
echo "$killed of $rounds imports killed mid-run; $((rounds - bad)) of $rounds rounds all old or all new, nothing left behind"
[ "$bad" = 0 ]
