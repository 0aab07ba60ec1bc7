#!/bin/sh
# Usage: ACCTMGR=path/to/acctmgr sh acctmgr-ci.sh [PORTFOLIO_DIR]
# What CI runs on every push (see portfolios.yml): findings as GitHub annotations, then the
# team summary in Markdown appended to $GITHUB_STEP_SUMMARY (stdout when unset); on a pull
# request, the review in Markdown with its "since" section instead.
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
  # A pull request gets the review with what it changed (since its base); a push the summary.
  if [ -n "$since" ]; then
    "$acctmgr" review --format md --since "$since" "$dir" >>"${GITHUB_STEP_SUMMARY:-/dev/stdout}" ||
      status=$?
  else
    "$acctmgr" summary --format md "$dir" >>"${GITHUB_STEP_SUMMARY:-/dev/stdout}" || status=$?
  fi
fi
exit "$status"
