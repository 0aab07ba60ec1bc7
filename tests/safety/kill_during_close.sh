#!/usr/bin/env bash
# Usage: kill_during_close.sh ACCTMGR [ROUNDS]
# kill -9 at a random moment of a month close over 100 portfolio files (SPEC section 10, "All
# or nothing across files"; `close` edits as `import` does), ROUNDS times (default 10). After
# each kill the next command (validate) must leave every file as it was (as_of 2026-10) or
# every file closed (as_of 2026-11), never a mix, and no temporary, kept original or journal
# beside them; an empty lock file (the killed run was creating it) is counted and removed (the
# rounds: kill_rounds.sh, shared with kill_during_import.sh). Then a close refused for a client
# without revenue for the month changes no byte of any file. Prints one line per round and a
# count; exits 1 on any round that breaks the rule.
set -uo pipefail
acctmgr=$1 rounds=${2:-10}
# shellcheck source=kill_rounds.sh
source "$(dirname "$0")/kill_rounds.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/team" "$work/old" "$work/new"
for i in $(seq -w 1 100); do
  cat > "$work/old/m$i.yaml" <<YAML
# Manager $i: block and flow styles, comments, as import_fixtures.
manager: Manager $i
currency: USD
as_of: 2026-10   # last closed month
clients:
  - id: alpha
    name: Alpha
    revenue:
      2026-10: 1000
      2026-11: 1$i
  - {id: beta, name: Beta, revenue: {2026-10: 5, 2026-11: 0}}
YAML
done
# What a finished close makes of the files.
cp "$work/old/"*.yaml "$work/new/"
# Its duration sets the range of the kills: from the start to the end of a run on this machine.
start=$(date +%s%N)
"$acctmgr" close 2026-11 "$work/new" 2>/dev/null || { echo "the close itself failed"; exit 1; }
ms=$((($(date +%s%N) - start) / 1000000 + 1))
grep -q '^as_of: 2026-11   # last closed month' "$work/new/m001.yaml" || { echo "the close wrote no as_of"; exit 1; }
kill_rounds "$rounds" "$ms" "$acctmgr" close 2026-11 "$work/team"
# A refused close (the last file's alpha has no revenue for the month) writes nothing at all.
rm -rf "$work/team" && mkdir "$work/team" && cp "$work/old/"*.yaml "$work/team/"
sed -i '/2026-11: 1100/d' "$work/team/m100.yaml"
cp -R "$work/team" "$work/refused"
if "$acctmgr" close 2026-11 "$work/team" 2>"$work/close.err"; then
  echo "refused close: exit 0"; bad=$((bad + 1))
elif ! grep -q "m100.yaml:6:5: error: client alpha has no revenue for 2026-11" "$work/close.err"; then
  echo "refused close: not the expected message:"; cat "$work/close.err"; bad=$((bad + 1))
elif ! diff -rq "$work/team" "$work/refused"; then
  echo "refused close: a file changed or was left behind"; bad=$((bad + 1))
else
  echo "refused close: no byte of any file changed, nothing left behind"
fi
echo "$killed of $rounds closes killed mid-run; $bad rounds or checks broke the rule"
[ "$bad" = 0 ]
