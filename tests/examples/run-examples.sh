#!/usr/bin/env bash
# tests/examples/run-examples.sh: run the seed tutorial scripts in examples/ and
# compare their normalised output with the stored CPython 3.12 expectations.
#
# Usage: tests/examples/run-examples.sh [--update] [NAME...]
#   (default)  run each example that has tests/examples/NAME.expected with Ay
#              (${AY:-./ay}) and compare; when CPython 3.12 is available it is run
#              too and must still match the stored expectation.
#   --update   regenerate NAME.expected from CPython (never edit them by hand).
# NAME is an example's base name (e.g. seed001_18_call_later); default: every
# example that has an .expected file (with --update: every name in EXAMPLES below).
#
# The output compared is: stdout, a "--- stderr ---" line, stderr, and a
# "--- exit N ---" line, all passed through normalise() so wall-clock times,
# dates, clock readings, addresses, pids and the checkout path do not matter.
# Examples that stay nondeterministic (or never terminate, or need a
# third-party module) have no .expected file: see tests/examples/README.md.
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE=tests/examples
AY=${AY:-./ay}
TIMEOUT=${AY_TEST_TIMEOUT:-60}
if [[ -z ${PYTHON:-} ]]; then
  if PYENV_VERSION=3.12.1 python3.12 -c pass 2>/dev/null; then PYTHON="env PYENV_VERSION=3.12.1 python3.12"
  else PYTHON=""; fi
fi
# Examples with deterministic (normalised) output.
EXAMPLES=(
  hello_async
  tour
  seed000_03_future
  seed001_01_run_until_complete
  seed001_11_call_soon
  seed001_12_chained_coroutines
  seed001_18_call_later
  seed001_20_call_at
  seed002_01_hello_world_callback
  seed002_02_display_date
  seed002_03_create_future
  seed002_04_subprocess_shell
  seed003_01_blocking_worker
  seed003_02_task_callback
  seed004_01_new_event_loop
  seed004_03_run_until_complete_sleep
  seed004_04_print_now
)

normalise() {
  sed -E \
    -e "s|$ROOT/||g" \
    -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}/YYYY-MM-DD/g' \
    -e 's/[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?/HH:MM:SS/g' \
    -e 's/[0-9]+\.[0-9]+ seconds/N.NN seconds/g' \
    -e 's/[0-9]+\.[0-9]{3,}/<NUM>/g' \
    -e 's/0x[0-9a-fA-F]+/0xADDR/g' \
    -e 's/([Pp]id[=: ]+)[0-9]+/\1<PID>/g'
}

run_example() {  # interpreter... : print the normalised transcript of examples/$NAME.py
  local out err code
  out=$(mktemp); err=$(mktemp)
  # shellcheck disable=SC2086
  timeout -k 2 "$TIMEOUT" "$@" "examples/$NAME.py" < /dev/null > "$out" 2> "$err"
  code=$?
  { cat "$out"; echo "--- stderr ---"; cat "$err"; echo "--- exit $code ---"; } | normalise
  rm -f "$out" "$err"
}

UPDATE=0
if [[ ${1:-} == --update ]]; then UPDATE=1; shift; fi
names=("$@")
if [[ ${#names[@]} -eq 0 ]]; then
  if [[ $UPDATE == 1 ]]; then names=("${EXAMPLES[@]}")
  else mapfile -t names < <(ls "$HERE"/*.expected 2>/dev/null | xargs -n1 basename | sed 's/\.expected$//'); fi
fi

if [[ $UPDATE == 1 ]]; then
  [[ -n $PYTHON ]] || { echo "run-examples: CPython 3.12 is needed for --update" >&2; exit 1; }
  for NAME in "${names[@]}"; do
    # shellcheck disable=SC2086
    run_example $PYTHON > "$HERE/$NAME.expected"
    echo "generated $HERE/$NAME.expected"
  done
  exit 0
fi

passed=0; failed=0
if [[ ! -x $AY ]]; then echo "run-examples: $AY is not built; only CPython is checked" >&2; fi
for NAME in "${names[@]}"; do
  want=$HERE/$NAME.expected
  status=ok
  if [[ -x $AY ]]; then
    if ! diff -u --label "$want" --label "ay examples/$NAME.py" "$want" <(run_example "$AY") > /tmp/run-examples.$$; then
      status=FAIL; echo "FAIL $NAME (ay)"; sed 's/^/  /' /tmp/run-examples.$$ | head -40
    fi
  fi
  if [[ -n $PYTHON ]]; then
    # shellcheck disable=SC2086
    if ! diff -u --label "$want" --label "cpython examples/$NAME.py" "$want" <(run_example $PYTHON) > /tmp/run-examples.$$; then
      status=FAIL; echo "FAIL $NAME (cpython no longer matches its stored expectation)"; sed 's/^/  /' /tmp/run-examples.$$ | head -40
    fi
  fi
  rm -f /tmp/run-examples.$$
  if [[ $status == ok ]]; then passed=$((passed + 1)); echo "ok   $NAME"; else failed=$((failed + 1)); fi
done
echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
