#!/usr/bin/env bash
# Usage: check_links.sh ROOT  (ctest: readme/links)
#
# The README and the man pages must never point outside the repository: a clone has nothing
# beside it. Outside the README's fenced code blocks (commands there name files they write)
# and anywhere in man/*.[1-9] (roff's \- read as -, its font changes dropped), this fails on
#   - a path going up out of the repository (`../shared/SPEC.md`);
#   - a document named in capitals (`SPEC.md`, `ARCHITECTURE.md`) that the repository lacks
#     (FILE.md, the placeholder for a file the user names, excepted);
#   - a page under man/ (`man man/acctmgr-format.5`) that the repository lacks.
set -u
root=$1
shopt -s nullglob
pages=("$root"/man/*.[1-9])
if [ ${#pages[@]} = 0 ]; then
  echo "no man pages in $root/man"
  exit 1
fi

# One line per path found: KIND<tab>FILE:LINE<tab>PATH.
paths() {
  awk '
    function found(text, re, kind,   m) {
      while (match(text, re)) {
        m = substr(text, RSTART, RLENGTH)
        if (kind == "up") sub(/^[^.]*/, "", m)
        if (m != "FILE.md") print kind "\t" name ":" FNR "\t" m
        text = substr(text, RSTART + RLENGTH)
      }
    }
    FNR == 1 {
      fenced = 0
      name = FILENAME
      sub(/.*\//, "", name)
      if (FILENAME ~ /\/man\/[^\/]*$/) name = "man/" name
    }
    name == "README.md" && /^```/ { fenced = !fenced; next }
    fenced { next }
    {
      line = $0
      gsub(/\\-/, "-", line)
      gsub(/\\f[BIRP]/, "", line)
      found(line, "(^|[^A-Za-z0-9_.])[.][.]/[^ \t)`\"]*", "up")
      found(line, "[A-Za-z0-9_./-]*[A-Z][A-Z_]*[.]md", "doc")
      found(line, "man/[A-Za-z0-9_.-]+[.][1-9]", "page")
    }' "$root/README.md" "${pages[@]}"
}

failed=0
while IFS=$'\t' read -r kind where path; do
  if [ "$kind" = up ]; then
    echo "$where: points outside the repository: $path"
    failed=1
  elif [ ! -e "$root/$path" ]; then
    echo "$where: names $path, which is not in the repository"
    failed=1
  fi
done < <(paths)
[ "$failed" = 0 ] && echo "README.md and man/ point only inside the repository"
exit $failed
