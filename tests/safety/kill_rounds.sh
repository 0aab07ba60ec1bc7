# Sourced by kill_during_import.sh and kill_during_close.sh: the rounds both make.
#
#   kill_rounds ROUNDS MAX_MS COMMAND...
#
# Each round copies $work/old/*.yaml into an emptied $work/team, starts COMMAND (whose last
# argument is $work/team), kills it with -9 after a random 0..MAX_MS-1 ms, runs `validate`
# (which completes or undoes an interrupted edit), and compares: $work/team must be all as
# $work/old or all as $work/new, never a mix and nothing left beside the files. An empty lock
# file (the killed run was creating it) is counted and removed, since a lock file is not a
# temporary (SPEC 12). Prints one line per round; sets `killed` and `bad` (rounds broken).
kill_rounds() {
  local rounds=$1 max_ms=$2 r pid delay locks state
  shift 2
  bad=0 killed=0
  for r in $(seq "$rounds"); do
    rm -f "$work/team/"* "$work/team/".[!.]* 2>/dev/null
    cp "$work/old/"*.yaml "$work/team/"
    "$@" 2>/dev/null &
    pid=$!
    delay=$((RANDOM % max_ms))
    sleep "$((delay / 1000)).$(printf "%03d" $((delay % 1000)))"
    kill -9 "$pid" 2>/dev/null && killed=$((killed + 1))
    wait "$pid" 2>/dev/null
    "$acctmgr" validate "$work/team" >/dev/null 2>"$work/validate.err" ||
      { echo "round $r: validate failed"; cat "$work/validate.err"; }
    locks=$(find "$work/team" -name '.*.lock' | wc -l)
    find "$work/team" -name '.*.lock' -empty -delete
    if diff -rq "$work/team" "$work/old" >/dev/null; then state="all old"
    elif diff -rq "$work/team" "$work/new" >/dev/null; then state="all new"
    else
      state="MIXED or leftovers: $(diff -rq "$work/team" "$work/old" | head -3 | tr "\n" " ")"
      bad=$((bad + 1))
    fi
    grep -q 'was interrupted' "$work/validate.err" && state="$state (an interrupted edit undone)"
    [ "$locks" = 0 ] || state="$state ($locks empty lock file left, killed while creating it)"
    echo "round $r: $state"
  done
}
