#!/usr/bin/env bash
# Usage: run_examples.sh ACCTMGR README  (ctest: readme/examples)
#
# The README's examples must run. Every command line of its ```sh blocks that calls acctmgr is
# run with bash, in order, in one temporary directory holding a copy of examples/ (so the
# lines name `examples/` as a reader's clone has it), with ACCTMGR on PATH as `acctmgr`, and
# must exit as the README says:
#
#   - A line states its exit status with a trailing comment that starts with `exit N`:
#       acctmgr check --fail-on warning examples/   # exit 1: a warning fails CI
#     A line without such a comment must exit 0. (A comment that merely mentions an exit
#     status, such as "# CI: exit 1 on any warning", states nothing.)
#   - Only lines whose command is acctmgr run (after any VAR=value assignments; pipes and
#     redirections are fine, and a pipeline fails if any part fails). Every other line of an
#     sh block is skipped and listed: set-up such as `make run`, `make test`, `apt-get` or
#     `cmake` needs root, a network or a build of its own, and the test suite is itself run
#     by `make test`.
#   - A line ending in a backslash continues on the next; lines carry no prompt (`$ `).
#
# Lines run in README order and share the directory, so a line may read what an earlier one
# wrote (`acctmgr init portfolio.yaml`, then a command on portfolio.yaml). The environment
# variables acctmgr reads are cleared so that the caller's settings cannot change a result.
set -u
acctmgr=$1 readme=$2
root=$(cd "$(dirname "$readme")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin" "$tmp/work"
ln -s "$(cd "$(dirname "$acctmgr")" && pwd)/$(basename "$acctmgr")" "$tmp/bin/acctmgr"
cp -R "$root/examples" "$tmp/work/examples"

# The command lines of the ```sh blocks, continuation lines joined, one per output line.
commands() {
  awk '
    /^```sh[[:space:]]*$/ { in_block = 1; next }
    /^```/ { in_block = 0; line = ""; next }
    in_block {
      if (sub(/\\$/, "")) { line = line $0; next }
      print line $0; line = ""
    }' "$readme"
}

ran=0 failed=0
while IFS= read -r line; do
  trimmed=${line#"${line%%[![:space:]]*}"}
  [ -z "$trimmed" ] && continue
  case "$trimmed" in \#*) continue ;; esac
  words=$trimmed
  while [[ $words =~ ^[A-Za-z_][A-Za-z0-9_]*=[^[:space:]]*[[:space:]]+(.*)$ ]]; do
    words=${BASH_REMATCH[1]}
  done
  if [[ ! $words =~ ^acctmgr([[:space:]]|$) ]]; then
    echo "skipped (not an acctmgr command): $trimmed"
    continue
  fi
  expected=0
  if [[ $trimmed =~ [[:space:]]#[[:space:]]*exit[[:space:]]+([0-9]+)([^0-9]|$) ]]; then
    expected=${BASH_REMATCH[1]}
  fi
  ran=$((ran + 1))
  (cd "$tmp/work" && env -u ACCTMGR_FILE -u ACCTMGR_CONFIG -u GITHUB_WORKSPACE NO_COLOR=1 \
    PATH="$tmp/bin:$PATH" bash -o pipefail -c "$trimmed" >"$tmp/stdout" 2>"$tmp/stderr" \
    </dev/null)
  status=$?
  if [ "$status" = "$expected" ]; then
    echo "ok (exit $status): $trimmed"
  else
    failed=$((failed + 1))
    echo "FAILED (exit $status, README says $expected): $trimmed"
    sed 's/^/    /' "$tmp/stderr" | head -n 20
  fi
done < <(commands)

if [ "$ran" = 0 ]; then
  echo "no acctmgr command found in the sh blocks of $readme"
  exit 1
fi
echo "$ran README command lines run, $failed failed"
[ "$failed" = 0 ]
