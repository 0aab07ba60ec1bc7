#!/bin/sh
# Usage: ACCTMGR=path/to/acctmgr sh acctmgr-ci.sh [PORTFOLIO_DIR]
# What CI runs on every push (see portfolios.yml): findings as GitHub annotations, then the
# team summary in Markdown appended to $GITHUB_STEP_SUMMARY (stdout when unset).
# Exit status: 0 clean, 1 findings at $ACCTMGR_FAIL_ON (default error), 2 bad input.
set -u
acctmgr=${ACCTMGR:-acctmgr}
dir=${1:-.}
status=0
"$acctmgr" check --format github --fail-on "${ACCTMGR_FAIL_ON:-error}" "$dir" || status=$?
if [ "$status" -ne 2 ]; then
  "$acctmgr" summary --format md "$dir" >>"${GITHUB_STEP_SUMMARY:-/dev/stdout}" || status=$?
fi
exit "$status"
