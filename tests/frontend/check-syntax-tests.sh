#!/usr/bin/env bash
# Checks tests/syntax/*.py with `ay --check` (front end and compiler) against the
# CPython-generated .err/.code expectations. tests/run checks the same files
# through `ay FILE`; this script lets the front end be verified on its own.
# Usage: tests/frontend/check-syntax-tests.sh [AY]   (default ./ay)
set -u
cd "$(dirname "$0")/../.."
AY=${1:-./ay}
pass=0; fail=0
for t in tests/syntax/*.py; do
  base=${t%.py}
  got=$("$AY" --check "$t" 2>&1 | sed "s|$PWD/||g"); code=$?
  want=$(cat "$base.err" 2>/dev/null)
  if [[ "$got" == "$want" ]]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $t"
    diff <(echo "$want") <(echo "$got") | head -10
  fi
done
echo "$pass passed, $fail failed"
[[ $fail == 0 ]]
