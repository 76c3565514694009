#!/usr/bin/env bash
# tests/repl/run.sh: drives the real `ay` binary through a pseudo-terminal.
# Each tests/repl/NAME.session (keystrokes, see ptydrive.c) is typed into
# `ay` and the screen transcript compared with NAME.out (hand-checked; the
# sessions that do what CPython's REPL does were compared with it).
#
# Session directives (in its leading comments):
#   # args: ARGS    arguments for ay (default: none, the interactive prompt)
#   # home: NAME    sessions naming the same home share $HOME (~/.ay_history);
#                   otherwise each gets a fresh one
#
# Usage: AY=build/VARIANT/ay tests/repl/run.sh [-v] [NAME.session...]
# The last line of output is always "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
VERBOSE=0
if [[ ${1:-} == -v ]]; then VERBOSE=1; shift; fi
AY=$(realpath "${AY:-./ay}")
TIMEOUT=${AY_TEST_TIMEOUT:-10}
case ${AY_VARIANT:-$(basename "$(dirname "$AY")")} in *asan*|*gcstress*|debug) TIMEOUT=$((TIMEOUT * 4)) ;; esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! cc -O1 -o "$work/ptydrive" tests/repl/ptydrive.c -lutil 2> "$work/build.log"; then
  echo "FAIL tests/repl/ptydrive.c"; sed 's/^/  /' "$work/build.log"
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0 failed=0
sessions=("$@")
[[ ${#sessions[@]} -eq 0 ]] && sessions=(tests/repl/*.session)
for s in "${sessions[@]}"; do
  name=$(basename "$s" .session)
  args=$(sed -n 's/^# args: *//p' "$s" | head -1)
  home=$(sed -n 's/^# home: *//p' "$s" | head -1)
  home=$work/home-${home:-$name}
  mkdir -p "$home"
  # shellcheck disable=SC2086
  HOME=$home TERM=xterm LANG=C.UTF-8 PTYDRIVE_TIMEOUT=$TIMEOUT \
    "$work/ptydrive" "$s" "$AY" $args 2>&1 |
    # line numbers inside Ay's own library modules change as it evolves
    sed -E 's/(File "<frozen [^"]*>", line )[0-9]+/\1N/' > "$work/$name.out"
  if diff -u --label "${s%.session}.out (expected)" --label "screen" "${s%.session}.out" "$work/$name.out" \
       > "$work/$name.diff"; then
    passed=$((passed + 1))
    [[ $VERBOSE == 1 ]] && echo "ok   $s"
  else
    failed=$((failed + 1))
    echo "FAIL $s"
    sed 's/^/  /' "$work/$name.diff" | head -60
  fi
done
echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
