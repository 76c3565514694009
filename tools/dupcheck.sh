#!/bin/bash
# dupcheck.sh AYFILE CPY_REL... : list every run of >= ${MIN:-8} lines that AYFILE
# shares with the named CPython stdlib files (paths relative to Lib/, e.g.
# collections/__init__.py), checked against CPython 3.11, 3.12 and 3.13.
# A development aid (needs pyenv's CPythons); Ay's lib/ must stay clean.
# Output: one line per run "A-B: first line"; "clean" when none.
ay=$1; shift
d=$(mktemp -d); cp "$ay" $d/ay_x.py
for v in 3.11.7/lib/python3.11 3.12.1/lib/python3.12 3.13.0/lib/python3.13; do
  for rel in "$@"; do
    src=${PYROOT:-$HOME/.pyenv/versions}/$v/$rel
    [ -f "$src" ] && cp "$src" "$d/cpy_${v%%/*}_$(echo $rel | tr / _)"
  done
done
found=0
for i in $(seq 1 80); do
  line=$(cd $d && duplicates --min-lines ${MIN:-8} --most 200 --seconds 60 2>/dev/null | grep -E "ay_x.py:[0-9]+-[0-9]+ ~ cpy_|cpy_[^ ]* ~ ay_x.py:[0-9]+-[0-9]+" | head -1)
  [ -z "$line" ] && break
  r=$(echo "$line" | grep -oE "ay_x.py:[0-9]+-[0-9]+" | cut -d: -f2)
  a=${r%-*}; b=${r#*-}
  kind=""; echo "$line" | grep -q shape && kind=" (shape)"
  echo "$r$kind: $(sed -n ${a}p $d/ay_x.py | head -c 70)"
  found=1
  sed -i "${a},${b}s/.*/# removed-$i-\$RANDOM/" $d/ay_x.py
  sed -i "s/\$RANDOM/$RANDOM/" $d/ay_x.py
done
[ $found = 0 ] && echo clean
rm -rf $d
