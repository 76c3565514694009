#!/usr/bin/env bash
# Front-end speed: read + tokenize + parse to an AST for every .py file of
# CPython's standard library, Ay (`ay --check` over all files in one process)
# against CPython (`ast.parse` over the same files in one process). Prints the
# best of N runs for each and the ratio. Needs CPython 3.12.
# Usage: bench/parse_stdlib.sh [RUNS] [AY]
set -u
cd "$(dirname "$0")/.."
RUNS=${1:-5}
AY=${2:-./ay}
PY="env PYENV_VERSION=3.12.1 python3.12"
$PY -c pass 2>/dev/null || PY=python3
STDLIB=$($PY -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
LIST=$(mktemp)
trap 'rm -f "$LIST"' EXIT
find "$STDLIB" -name '*.py' -not -path '*/site-packages/*' | sort > "$LIST"
n=$(wc -l < "$LIST")
bytes=$(xargs cat < "$LIST" | wc -c)

best() {  # command...: prints the minimum wall time over RUNS runs
  local best=
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" > /dev/null 2>&1
    t1=$(date +%s.%N)
    best=$(echo "$t1 $t0 ${best:-999999}" | awk '{d = $1 - $2; print (d < $3) ? d : $3}')
  done
  echo "$best"
}

ay_run() { xargs -a "$LIST" -d '\n' "$AY" --check; }
py_run() {
  $PY -c '
import ast, sys
for path in open(sys.argv[1]).read().split("\n"):
    if not path:
        continue
    with open(path, "rb") as f:
        src = f.read()
    try:
        ast.parse(src, path)
    except (SyntaxError, ValueError):
        pass
' "$LIST"
}
# xargs may split the list over several processes; make sure one is enough.
if [[ $(xargs -a "$LIST" -d '\n' echo | wc -l) != 1 ]]; then
  echo "note: file list split over several ay processes" >&2
fi
ta=$(best ay_run)
tp=$(best py_run)
echo "files: $n ($((bytes / 1024)) KiB)"
printf 'ay --check : %.3f s\n' "$ta"
printf 'ast.parse  : %.3f s\n' "$tp"
awk -v a="$ta" -v p="$tp" 'BEGIN { printf "ratio: Ay is %.1fx faster than CPython ast.parse\n", p / a }'
