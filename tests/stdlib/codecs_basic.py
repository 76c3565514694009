# codecs: lookup names, encode/decode incl. bytes-to-bytes codecs, incremental decoding, streams, errors
import codecs, io, os, tempfile
for name in ["UTF8", "utf-8", "latin-1", "ascii", "utf_16_le", "U32", "cp1252", "hex", "base64", "rot13"]:
    print(name, codecs.lookup(name).name)
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo"), codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex"), codecs.encode("Hello", "rot13"), codecs.encode(b"hi", "base64"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16_LE)
dec = codecs.getincrementaldecoder("utf-8")()
data = "héllo wörld €".encode("utf-8")
print([dec.decode(data[i:i + 1]) for i in range(len(data))], dec.decode(b"", final=True))
dec = codecs.getincrementaldecoder("utf-8")()
try:
    dec.decode(b"\xe2\x82", final=True)
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(list(codecs.iterdecode([b"\xc3", b"\xa9", b"x"], "utf-8")), list(codecs.iterencode(["a", "é"], "utf-8")))
enc = codecs.getincrementalencoder("latin-1")()
print(enc.encode("abc"), codecs.getencoder("ascii")("xyz"), codecs.getdecoder("utf-8")(b"ok"))
for call in [lambda: codecs.lookup("no-such-codec"), lambda: codecs.encode("é", "ascii"), lambda: codecs.lookup_error("nope")]:
    try:
        call()
    except (LookupError, UnicodeError) as e:
        print(type(e).__name__, e)
print(codecs.lookup_error("strict") is codecs.strict_errors, codecs.encode("a\u20acb", "ascii", "replace"), "é".encode("ascii", "backslashreplace"))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "c.txt")
    with codecs.open(path, "w", encoding="utf-8") as f:
        f.write("line one é\nline two\n")
    with codecs.open(path, "r", encoding="utf-8") as f:
        print(f.readline(), f.read())
    with open(path, "rb") as f:
        print(f.read())
w = codecs.getwriter("utf-8")(io.BytesIO())
w.write("€")
print(w.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO("a\nbé\n".encode()))
print(list(r))
