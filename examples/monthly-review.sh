#!/bin/sh
# The monthly routine: put the month's accounting exports into the portfolio files, close the
# month, check the files and write the review for the team meeting.
#
#   examples/monthly-review.sh MONTH
#
# MONTH (YYYY-MM) is the month to close. The script reads two exports beside it:
# accounting-export-MONTH.csv, the invoices (revenue) in the accounting system's layout, read
# with the profile `default` of acctmgr.yaml, and cost-export-MONTH.csv, the time-tracking
# system's cost per client, read with the profile `costs`. Run it on the copy of the files the
# team keeps (in git, so that `git diff` shows the month's change). $ACCTMGR names the binary
# (default: acctmgr). Any step that finds a problem stops the script (exit 2) with no file
# changed by that step.
set -eu
month=${1:?usage: monthly-review.sh MONTH (YYYY-MM, the month to close)}
cd "$(dirname "$0")"
acctmgr=${ACCTMGR:-acctmgr}

# 1. What the invoices would change, as a diff: nothing is written yet.
"$acctmgr" import --dry-run "accounting-export-$month.csv" .
# 2. The same for real, then the cost: every file is checked first, then each replaced at
#    once, or none. A month that differs from what a file already holds stops here: look,
#    then rerun with --replace if the export is right.
"$acctmgr" import "accounting-export-$month.csv" .
"$acctmgr" import --kind cost --profile costs "cost-export-$month.csv" .
# 3. Close the month: as_of moves to MONTH in every file, so the reports include it. Refused,
#    with nothing written, while a client active in MONTH has no revenue for it.
"$acctmgr" close "$month" .
# 4. The files as a whole, then the review.
"$acctmgr" validate .
"$acctmgr" review -o "review-$month.md" .
echo "monthly-review: wrote $(pwd)/review-$month.md" >&2
