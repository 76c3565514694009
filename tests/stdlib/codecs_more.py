# codecs: CodecInfo as a sequence, base classes, buffered incremental decoding, iter coders, stream wrappers, open()
import codecs, io, os, tempfile
info = codecs.lookup("utf-8")
enc, dec, reader, writer = info
print(len(info), info[0] is info.encode, info.name, info.incrementalencoder is not None, repr(info).startswith("<codecs.CodecInfo object for encoding utf-8 at"))
print(info.encode("é"), info.decode(b"\xc3\xa9"), codecs.lookup("latin-1").encode("é"), codecs.lookup("LATIN_1").name)
for base in (codecs.Codec(), codecs.IncrementalEncoder(), codecs.IncrementalDecoder()):
    for call in ("encode", "decode"):
        if hasattr(base, call):
            try:
                getattr(base, call)("x")
            except NotImplementedError:
                print(type(base).__name__, call, "NotImplementedError")
ie, idc = codecs.IncrementalEncoder("ignore"), codecs.IncrementalDecoder()
print(ie.errors, repr(ie.buffer), ie.getstate(), ie.setstate(5), ie.reset(), idc.errors, idc.getstate(), idc.setstate((b"", 0)), idc.reset())

class Pairs(codecs.BufferedIncrementalDecoder):
    # decodes whole byte pairs as hex, keeping an odd trailing byte
    def _buffer_decode(self, data, errors, final):
        usable = len(data) if final else len(data) - len(data) % 2
        return data[:usable].hex(), usable
p = Pairs()
print([p.decode(c) for c in (b"a", b"bc", b"d", b"e")], p.getstate(), p.buffer)
p.setstate((b"zz", 0))
print(p.decode(b"", final=True), p.getstate())
p.decode(b"q")
p.reset()
print(p.getstate(), p.errors)

u16 = codecs.getincrementaldecoder("utf-16-le")()
print([u16.decode(b) for b in (b"a", b"\x00b", b"\x00\x3d", b"\xd8\x00", b"\xde")], u16.decode(b"", True))
print(list(codecs.iterencode(["", "a", "", "é"], "utf-16-le")), list(codecs.iterdecode([b"a\x00", b"\xe9", b"\x00"], "utf-16-le")), list(codecs.iterdecode([], "utf-8")))
it = codecs.iterencode(["x"], "no-such")
try:
    next(it)
except LookupError as e:
    print("LookupError", e)
print(list(codecs.iterdecode([b"\xff"], "utf-8", "replace")), list(codecs.iterencode(["é"], "ascii", "xmlcharrefreplace")))

raw = io.BytesIO()
w = codecs.getwriter("latin-1")(raw, "replace")
w.write("a€")
w.writelines(["b", "c"])
print(raw.getvalue(), w.errors, w.stream is raw, w.tell())
r = codecs.getreader("utf-8")(io.BytesIO("one\r\ntwo\nthree é".encode()))
print(r.readline(), r.readline(keepends=False), r.read(), r.read())
r = codecs.getreader("utf-8")(io.BytesIO("x\ny\n".encode()))
print(r.readlines(), codecs.getreader("utf-8")(io.BytesIO(b"p\nq")).readlines(keepends=False))
r = codecs.getreader("utf-8")(io.BytesIO("abcdé".encode()))
print(r.read(chars=2), r.read(chars=2), r.read())
r.reset()
rw = codecs.StreamReaderWriter(io.BytesIO(b"hello\nworld\n"), codecs.getreader("ascii"), codecs.getwriter("ascii"))
print(rw.readline(), rw.encoding, rw.errors, list(rw), rw.closed)
rw.write("!")
rw.writelines(["?", "."])
print(rw.stream.getvalue(), rw.getvalue())
with rw:
    pass
print(rw.closed)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "f.txt")
    with codecs.open(path, "w", "utf-16") as f:
        print(type(f).__name__, f.encoding, f.mode if hasattr(f, "mode") else None)
        f.write("hé\nthere\n")
    with open(path, "rb") as f:
        print(f.read())
    with codecs.open(path, encoding="utf-16") as f:
        print(f.readlines())
    with codecs.open(path, "rb") as f:
        print(f.read(4))
    try:
        codecs.open(path, "r", "bogus-enc")
    except LookupError as e:
        print("LookupError", e)
    try:
        codecs.open(os.path.join(tmp, "missing"), "r", "utf-8")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
ef = codecs.EncodedFile(io.BytesIO(b"abc\n"), "utf-8")
print(ef.data_encoding, ef.file_encoding, ef.read())
ef = codecs.EncodedFile(io.BytesIO("h\xe9\nx\n".encode("latin-1")), "utf-8", "latin-1")
print(ef.readline(), ef.read(), ef.write("\xe9".encode("utf-8")), ef.stream.getvalue(), type(ef).__name__)
ef = codecs.EncodedFile(io.BytesIO("a\nb\n".encode("utf-16-le")), "ascii", "utf-16-le")
print(ef.readlines(), list(codecs.EncodedFile(io.BytesIO(b"x\ny"), "ascii")))
for h in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(h, "a€\U0001f600".encode("ascii", h), b"a\xffb".decode("ascii", h) if h in ("ignore", "replace", "backslashreplace") else "-")
codecs.register_error("dashes", lambda e: ("-" * (e.end - e.start), e.end))
print("x€€y".encode("ascii", "dashes"), codecs.lookup_error("dashes")(UnicodeEncodeError("ascii", "€", 0, 1, "r")))
for bad in [lambda: codecs.register_error("x", 5), lambda: codecs.register(5), lambda: codecs.lookup(5), lambda: codecs.ignore_errors(ValueError("v")), lambda: codecs.xmlcharrefreplace_errors(UnicodeDecodeError("ascii", b"\xff", 0, 1, "r"))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

def search(name):
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)), lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="my-codec")
    return None
codecs.register(search)
print(codecs.encode("abc", "my-codec"), codecs.decode(b"XYZ", "My Codec"), codecs.lookup("my_codec").name)
codecs.unregister(search)
try:
    codecs.lookup("my_codec")
except LookupError as e:
    print("LookupError", e)
