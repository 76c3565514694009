#!/usr/bin/env bash
# tests/embed/run.sh: the embedding API's C tests. Installs the build that $AY
# belongs to (make install-files) into a scratch prefix, then builds every
# tests/embed/NAME.c and the host example examples/embed/ through pkg-config
# against it, runs them (with LeakSanitizer on for the asan variant) and
# compares stdout with NAME.out (hand-checked expectations).
#
# Usage: AY=build/VARIANT/ay tests/embed/run.sh [-v] [NAME.c...]
# The last line of output is always "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
VERBOSE=0
if [[ ${1:-} == -v ]]; then VERBOSE=1; shift; fi
AY=$(realpath "${AY:-./ay}")
build=$(dirname "$AY")
[[ $build == "$PWD" ]] && build=$PWD/build/release
variant=$(basename "$build")
TIMEOUT=${AY_TEST_TIMEOUT:-30}
case $variant in asan|gcstress|debug) TIMEOUT=$((TIMEOUT * 4)) ;; esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
if [[ ! -f $build/libay.so ]] ||
   ! make -s --no-print-directory VARIANT="$variant" install-files PREFIX="$prefix" > "$work/install.log" 2>&1; then
  echo "FAIL tests/embed: cannot install $build (build it with make VARIANT=$variant)"
  sed 's/^/  /' "$work/install.log" 2>/dev/null | head -20
  echo "0 passed, 1 failed"
  exit 1
fi
export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
# The header must stay plain C99 and warning-free for hosts.
CFLAGS="-std=c99 -pedantic -Wall -Wextra -Werror -g -pthread $(pkg-config --cflags ay)"
LIBS=$(pkg-config --libs ay)
# a sanitizer build of libay needs its runtime in the host too
readelf -d "$build/libay.so" | grep -q 'libasan' && LIBS="$LIBS -fsanitize=address,undefined"

passed=0 failed=0
report() {  # name status log
  if [[ $2 == pass ]]; then
    passed=$((passed + 1))
    [[ $VERBOSE == 1 ]] && echo "ok   $1"
  else
    failed=$((failed + 1))
    echo "FAIL $1"
    sed 's/^/  /' "$3" | head -60
  fi
}

# Runs `$exe` in `$dir`, comparing its stdout with $expected; exit status must be 0.
check_run() {  # name exe expected dir
  local name=$1 exe=$2 expected=$3 dir=$4 out=$work/$(basename "$2") status=pass code
  (cd "$dir" && timeout -k 2 "$TIMEOUT" "$exe" > "$out.stdout" 2> "$out.stderr")
  code=$?
  if ! diff -u --label "$expected (expected)" --label "stdout" "$expected" "$out.stdout" > "$out.log" 2>&1; then
    status=fail
  fi
  if [[ $code != 0 ]]; then
    { echo "exit status $code"; sed 's/^/stderr: /' "$out.stderr" | head -40; } >> "$out.log"
    status=fail
  fi
  report "$name" $status "$out.log"
}

tests=("$@")
[[ ${#tests[@]} -eq 0 ]] && tests=(tests/embed/*.c)
for t in "${tests[@]}"; do
  name=${t%.c}
  # shellcheck disable=SC2086
  if ! cc $CFLAGS -o "$work/$(basename "$name")" "$t" $LIBS > "$work/build.log" 2>&1; then
    report "$t" fail "$work/build.log"
    continue
  fi
  check_run "$t" "$work/$(basename "$name")" "$PWD/$name.out" "$PWD/tests/embed"
done

# The host example builds with its own Makefile from the installed prefix.
if [[ $# -eq 0 ]]; then
  if make -s --no-print-directory -C examples/embed OUT="$work/example" > "$work/example.log" 2>&1; then
    check_run examples/embed "$work/example/host" "$PWD/examples/embed/host.out" "$PWD/examples/embed"
  else
    report examples/embed fail "$work/example.log"
  fi
fi
echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
