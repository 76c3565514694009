# io.StringIO and io.BytesIO
import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s2 = io.StringIO("a\nb\nc\n")
print(s2.readlines(), list(io.StringIO("x\ny")), s2.closed)
s3 = io.StringIO("abcdef")
s3.seek(2)
s3.write("ZZ")
print(s3.getvalue(), s3.tell())
s3.truncate(3)
print(repr(s3.getvalue()))
s3.close()
try:
    s3.getvalue()
except ValueError as e:
    print(type(e).__name__, e)
b = io.BytesIO(b"binary\x00data")
print(b.read(6), b.read(), b.getvalue(), b.tell(), b.seek(0, 2), b.seek(-4, 1))
b.write(b"XY")
print(b.getvalue(), bytes(b.getbuffer()), b.readable(), b.writable(), b.seekable())
try:
    b.write("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(type(e).__name__, e)
with io.StringIO() as f:
    print("via print", 1, 2, file=f)
    print(repr(f.getvalue()))
print(f.closed)
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
w.write("é")
w.flush()
print(w.buffer.getvalue())
print(io.StringIO("l1\r\nl2", newline=None).readlines(), io.StringIO("l1\r\nl2", newline="").readlines())
