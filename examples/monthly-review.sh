#!/bin/sh
# The monthly routine: put the month's accounting export into the portfolio files, check
# them, and write the review for the team meeting.
#
#   examples/monthly-review.sh [AS_OF]
#
# Run it on the copy of the files the team keeps (in git, so that `git diff` shows the month's
# change). AS_OF (YYYY-MM) is the month to review, passed to `review --as-of`; without it the
# files' own `as_of:` is used. The export's November figures count in the review only once
# November is closed and reviewed (AS_OF 2026-11, or as_of moved on in the files by hand):
# import never moves as_of by itself. $ACCTMGR names the binary (default: acctmgr).
set -eu
cd "$(dirname "$0")"
acctmgr=${ACCTMGR:-acctmgr}

# 1. What would change, as a diff: nothing is written yet.
"$acctmgr" import --dry-run accounting-export.csv .
# 2. The same for real: every file is checked first, then each replaced at once, or none.
#    A month that differs from what a file already holds stops here (exit 2): look, then
#    rerun with --replace if the export is right.
"$acctmgr" import accounting-export.csv .
# 3. The files as a whole, then the review.
"$acctmgr" validate .
"$acctmgr" review ${1:+--as-of "$1"} -o review.md .
echo "monthly-review: wrote $(pwd)/review.md" >&2
