#!/bin/sh
# A throw-away git repository of the example team with two months of history, to try
# `acctmgr check --since` on (and for the test suite):
#
#   examples/history-demo.sh DIR
#
# DIR (new) gets the examples' portfolios and settings, then three commits:
#   1. "October closed"   the files as they are in examples/ (as_of 2026-10);
#   2. "November closed"  November's revenue and cost imported from the two exports, and the
#                         month closed (as_of 2026-11);
#   3. "Rheinwerk: September restated"  rheinwerk's revenue of 2026-09, a month closed long
#                         ago, rewritten from 45,000 to 43,500 EUR (a credit note booked late).
# $ACCTMGR names the binary (default: acctmgr). The commits have fixed authors and dates, so
# the history is the same on every run.
set -eu
dir=${1:?usage: history-demo.sh DIR (a new directory)}
acctmgr=${ACCTMGR:-acctmgr}
examples=$(cd "$(dirname "$0")" && pwd)
[ ! -e "$dir" ] || { echo "history-demo.sh: $dir exists; give a new directory" >&2; exit 2; }
mkdir -p "$dir"
cp "$examples"/*.yaml "$dir/"
cd "$dir"
export GIT_AUTHOR_NAME="Dana Director" GIT_AUTHOR_EMAIL="dana@example.com"
export GIT_COMMITTER_NAME="Dana Director" GIT_COMMITTER_EMAIL="dana@example.com"
commit() {
  GIT_AUTHOR_DATE="$1" GIT_COMMITTER_DATE="$1" git commit -q -a -m "$2"
}
git init -q .
git add -- *.yaml
GIT_AUTHOR_DATE=2026-11-03T09:00:00Z GIT_COMMITTER_DATE=2026-11-03T09:00:00Z \
  git commit -q -m "October closed"
"$acctmgr" import "$examples/accounting-export-2026-11.csv" . 2>/dev/null
"$acctmgr" import --kind cost --profile costs "$examples/cost-export-2026-11.csv" . 2>/dev/null
"$acctmgr" close 2026-11 . 2>/dev/null
commit 2026-12-02T09:00:00Z "November closed"
sed 's/2026-09: 45000, 2026-10: 45000/2026-09: 43500, 2026-10: 45000/' lena-fischer.yaml > lena.tmp
mv lena.tmp lena-fischer.yaml
commit 2026-12-04T16:30:00Z "Rheinwerk: September restated"
