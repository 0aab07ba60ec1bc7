#!/usr/bin/env bash
# Usage: bash_completion.sh ACCTMGR
# Sources `acctmgr completions bash` the way bash-completion loads it, then asks the
# completion function for what some partial command lines offer, as bash would on TAB.
set -u
acctmgr=$1
# shellcheck source=/dev/null
source <("$acctmgr" completions bash) || exit 1
complete -p acctmgr | grep -q -- '-F _acctmgr' || { echo "no completion for acctmgr"; exit 1; }

fail=0
# offers WORD LINE...: completing the last word of LINE offers WORD.
offers() {
  local want=$1
  shift
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMPREPLY=()
  _acctmgr
  local w
  for w in "${COMPREPLY[@]}"; do [ "$w" = "$want" ] && return 0; done
  echo "completing '$*' offers '${COMPREPLY[*]}', not $want"
  fail=1
}

offers growth acctmgr gr
offers NO_MEETING acctmgr check --ignore NO_
offers NO_MEETING,NO_WALLET acctmgr check --ignore NO_MEETING,NO_W
offers json acctmgr growth examples/ --format j
offers json acctmgr growth --format = j
offers --format acctmgr review --for
offers meeting acctmgr log acme --mode me
offers close acctmgr clo
offers --reopen acctmgr close 2026-11 --re
offers review acctmgr help rev
offers zsh acctmgr completions z
offers --version acctmgr --ver
offers diff acctmgr dif
offers bonus acctmgr diff HEAD --csv --section bo
# Revisions come from git, in a repository of its own: its branch, and HEAD.
repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
git -C "$repo" init -q -b trunk && git -C "$repo" -c user.name=t -c user.email=t@example.com \
  commit -q --allow-empty -m one && git -C "$repo" branch month-11
cd "$repo" || exit 1
offers month-11 acctmgr diff mon
offers HEAD acctmgr diff H
offers trunk acctmgr check --since tr
offers month-11 acctmgr review --since month
exit $fail
