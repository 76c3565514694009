# open()'s newline argument: how text is written and how lines are split and
# translated on reading; readinto on binary files.
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "nl.txt")
MODES = [None, "", "\n", "\r", "\r\n"]

for mode in MODES:
    with open(path, "w", newline=mode) as f:
        f.write("a\nb\r\nc\rd\n")
        f.writelines(["e\n", "f"])
        print("g", file=f)
    with open(path, "rb") as f:
        print(repr(mode), "writes", f.read())

with open(path, "wb") as f:
    f.write(b"one\ntwo\r\nthree\rfour\r\n\r\nfive")
for mode in MODES:
    with open(path, newline=mode) as f:
        lines = list(f)
    with open(path, newline=mode) as f:
        first = f.readline(), f.readline()
        rest = f.read()
    with open(path, newline=mode) as f:
        chunks = [f.read(4) for _ in range(4)]
    with open(path, newline=mode) as f:
        readlines = f.readlines()
    print(repr(mode), lines, first, repr(rest), chunks, readlines == lines)

for kwargs in [{"newline": "x"}, {"newline": 5}, {"mode": "rb", "newline": ""},
               {"mode": "rb", "encoding": "utf-8"}, {"mode": "rb", "errors": "strict"},
               {"mode": "rb", "newline": None}]:
    try:
        open(path, **kwargs).close()
        print("ok", kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

with open(path, "wb") as f:
    f.write(b"0123456789")
with open(path, "rb") as f:
    buf = bytearray(4)
    print(f.readinto(buf), buf)
    view = memoryview(buf)[1:]
    print(f.readinto(view), buf)
    print(f.readinto(bytearray(10)), f.readinto(bytearray(3)))
    for bad in (b"xx", memoryview(b"xx")):
        try:
            f.readinto(bad)
        except TypeError as e:
            print(e)
