# io: user subclasses of RawIOBase/BufferedIOBase/IOBase, BufferedRWPair, IncrementalNewlineDecoder
import io, codecs

class Source(io.RawIOBase):
    def __init__(self, data, chunk=3):
        self.data, self.pos, self.chunk = data, 0, chunk
    def readable(self):
        return True
    def readinto(self, b):
        piece = self.data[self.pos:self.pos + min(len(b), self.chunk)]
        b[:len(piece)] = piece
        self.pos += len(piece)
        return len(piece)

s = Source(b"line one\nline two\nlast")
print(s.read(4), s.readline(), s.readline(3), s.readline(-1), s.read(), s.read())
print(Source(b"a\nb\nc").readlines(), Source(b"a\nbb\nc").readlines(2), list(Source(b"x\ny")), Source(b"abcdefgh").readall())
print(Source(b"a\nb").readlines(0), Source(b"a\nb").readlines(-1), Source(b"").readline(), s.readable(), s.writable(), s.seekable(), s.closed)
with Source(b"zz") as src:
    print(src.read(1), src.isatty())
print(src.closed)
for call in [lambda: src.read(1), lambda: iter(src), lambda: src.isatty(), lambda: src.__enter__(), lambda: src.writelines([b"x"]), lambda: src.flush()]:
    try:
        call()
        print("ok")
    except ValueError as e:
        print("ValueError", e)

class Nothing(io.RawIOBase):
    pass
n = Nothing()
for call in [lambda: n.read(1), lambda: n.write(b"x"), lambda: n.seek(0), lambda: n.tell(), lambda: n.truncate(), lambda: n.fileno(), lambda: n.readinto(bytearray(1))]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

class Blocks(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
    def read(self, size=-1):
        size = len(self.data) if size is None or size < 0 else size
        out, self.data = self.data[:size], self.data[size:]
        return out
bb = Blocks(b"hello world")
buf = bytearray(5)
print(bb.readinto(buf), buf, bb.readline(), bb.read())
for call in [lambda: Blocks(b"").read1(1), lambda: Blocks(b"").write(b"x"), lambda: Blocks(b"").detach(), lambda: io.TextIOBase().read(), lambda: io.TextIOBase().write("x"), lambda: io.TextIOBase().detach()]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
t = io.TextIOBase()
print(t.encoding, t.newlines, t.errors, t.readable(), t.seekable())

class Lines(io.IOBase):
    def __init__(self):
        self.out = []
    def write(self, x):
        self.out.append(x)
lw = Lines()
lw.writelines(["a", "b", "c"])
print(lw.out)
lw.close()
lw.close()
print(lw.closed)

r, w = io.BytesIO(b"from reader"), io.BytesIO()
pair = io.BufferedRWPair(r, w)
print(pair.read(4), pair.write(b"to writer"), pair.flush(), w.getvalue(), pair.readable(), pair.writable())
pair.close()
print(r.closed, w.closed)

for translate in (True, False):
    d = io.IncrementalNewlineDecoder(None, translate=translate)
    out = [d.decode(chunk) for chunk in ["a\r", "\nb\r", "c\n", "d\r"]] + [d.decode("", final=True)]
    print(translate, out, d.newlines)
    d.reset()
    print(d.newlines, repr(d.decode("x\r", final=True)), repr(d.decode("\r\n\n")), d.newlines)
d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
print(repr(d.decode(b"\xc3")), repr(d.decode(b"\xa9\r")), repr(d.decode(b"\r\n", final=True)), d.newlines)
seen = []
d = io.IncrementalNewlineDecoder(None, translate=False)
for piece in ["", "\n", "\r", "\r\n", "x"]:
    d.decode(piece + "x")
    seen.append(d.newlines)
print(seen)
print(io.text_encoding(None), io.text_encoding("latin-1"), isinstance(io.FileIO, type))
br = io.BufferedReader(io.BytesIO(b"buffered data"))
print(br.read(8), br.tell(), br.seek(0), br.read(), br.readable(), br.seekable(), br.closed, br.readline())
bw = io.BufferedWriter(io.BytesIO())
print(bw.write(b"abc"), bw.tell(), bw.writable(), bw.detach().getvalue())
