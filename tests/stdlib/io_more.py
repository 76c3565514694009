# io: StringIO with non-ASCII text, seeking/overwriting, newline modes, BytesIO, TextIOWrapper, class checks
import io
s = io.StringIO("héllo wörld\nsecond ☃ line\nthird")
print(s.read(3), s.tell(), s.readline(), s.readline(4), s.readline(), s.read(), s.read(), s.tell())
s.seek(1)
s.write("E")
s.seek(0, 2)
s.write("!")
print(repr(s.getvalue()))
s.seek(40)
s.write("x")
print(repr(s.getvalue()[-6:]), len(s.getvalue()))
s.truncate(5)
print(repr(s.getvalue()), s.tell(), s.truncate(), s.seek(0), s.read())
for bad in [lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 5), lambda: s.truncate(-2), lambda: s.fileno(), lambda: io.StringIO(5), lambda: io.StringIO("", newline="x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO("a\rb\r\nc\nd", newline=nl)
    w = io.StringIO(newline=nl)
    w.write("x\ny\r\nz\r")
    print(repr(nl), t.readlines(), repr(w.getvalue()), t.newlines if nl is None else "-")
print(list(io.StringIO("1\n2\n")), io.StringIO().read(), io.StringIO("abc").read(None), io.StringIO("ab\ncd").readlines(1))
class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())
u = Upper()
print("hello", "there", file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase), issubclass(io.StringIO, io.IOBase))
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def")), b.tell(), b.seek(10), b.write(b"!"), b.getvalue(), b.seek(-3, 2), b.read(), b.seek(-100, 1))
b = io.BytesIO(b"line1\nline2\nrest")
print(b.readline(), b.readline(3), b.readlines(), b.read(), list(io.BytesIO(b"a\nb")), io.BytesIO(b"xyz").read1(2))
buf = bytearray(4)
b = io.BytesIO(b"abcdef")
print(b.readinto(buf), buf, b.truncate(2), b.getvalue(), b.tell())
for bad in [lambda: io.BytesIO("s"), lambda: io.BytesIO().write("s"), lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().seek(0, 3), lambda: io.BytesIO().fileno()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
c = io.BytesIO(b"x")
c.close()
for m in ["read", "getvalue", "tell"]:
    try:
        getattr(c, m)()
    except ValueError as e:
        print(m, e)
raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
w.write("a\nb\n")
w.flush()
print(raw.getvalue(), w.encoding, w.line_buffering)
r = io.TextIOWrapper(io.BytesIO("x\ny\r\nz é".encode("utf-8")), encoding="utf-8")
print(r.readline(), r.readlines(), r.read())
r = io.TextIOWrapper(io.BytesIO(b"one\ntwo\n"), encoding="utf-8")
print([line for line in r])
print(io.open is open, io.DEFAULT_BUFFER_SIZE, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
