#!/bin/sh
# Usage: ACCTMGR=path/to/acctmgr sh acctmgr-ci.sh [PORTFOLIO_DIR]
# What CI runs on every push (see portfolios.yml): findings as GitHub annotations, then the
# team summary in Markdown appended to $GITHUB_STEP_SUMMARY (stdout when unset).
# With $ACCTMGR_SINCE set (a pull request: origin/BASE_BRANCH), only what is new since that
# revision is checked (new findings, and RESTATED for a closed month rewritten), so a pull
# request fails on what it introduced, not on what was there before it.
# Exit status: 0 clean, 1 findings at $ACCTMGR_FAIL_ON (default error), 2 bad input.
set -u
acctmgr=${ACCTMGR:-acctmgr}
dir=${1:-.}
since=${ACCTMGR_SINCE:-}
status=0
"$acctmgr" check --format github --fail-on "${ACCTMGR_FAIL_ON:-error}" ${since:+--since "$since"} \
  "$dir" || status=$?
if [ "$status" -ne 2 ]; then
  "$acctmgr" summary --format md "$dir" >>"${GITHUB_STEP_SUMMARY:-/dev/stdout}" || status=$?
fi
exit "$status"
