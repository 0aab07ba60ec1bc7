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
# shellcheck source=kill_rounds.sh
source "$(dirname "$0")/kill_rounds.sh"
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
# An import of these files takes about 0.1 s: the kills fall in its first 110 ms.
kill_rounds "$rounds" 110 "$acctmgr" import "$work/rows.csv" "$work/team"
echo "$killed of $rounds imports killed mid-run; $((rounds - bad)) of $rounds rounds all old or all new, nothing left behind"
[ "$bad" = 0 ]
