# str.encode / bytes.decode: codec names, BOMs, error handlers and the
# UnicodeError messages and attributes.
def show(label, f):
    try:
        print(label, repr(f()))
    except UnicodeError as e:
        print(label, type(e).__name__, e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(label, type(e).__name__, e)

text = "aé€\U0001f600\ud800z"
for enc in ("utf-8", "ascii", "latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
            "utf-32-be", "utf-8-sig", "unicode_escape", "raw_unicode_escape"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape",
                   "surrogatepass"):
        show(enc + " " + errors, lambda: text.encode(enc, errors))
        show(enc + " " + errors + " ok", lambda: "abc\xff".encode(enc, errors))
blobs = [b"abc", b"caf\xc3\xa9", b"\xff", b"a\xe6\x97x", b"a\xe6\x97", b"\xed\xa0\x80z", b"\xf4\x90\x80\x80",
         b"\xc0\x80", b"\xf0\x9f\x98", b"\x80\x81\x9d", b"\xef\xbb\xbfhi", b"\xff\xfeh\x00i\x00", b"\xfe\xff\x00h",
         b"h\x00\x00", b"\x00\xd8a\x00", b"\x00\xdc", b"\x00\xd8", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00",
         b"\xff\xfe\x00\x00h\x00\x00\x00", b"a\\n\\xe9\\u20ac\\U0001f600\\N{BULLET}", b"\\x4", b"\\u12", b"x\\",
         b"\\'\\101\\x41", b"\\N{NO SUCH NAME}", b"\\U00110000", b"\xdc\x80"]
for enc in ("utf-8", "ascii", "latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
            "utf-8-sig", "unicode_escape", "raw_unicode_escape"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"):
        print(enc, errors, end=": ")
        out = []
        for b in blobs:
            try:
                out.append(b.decode(enc, errors))
            except UnicodeError as e:
                out.append((type(e).__name__, str(e), e.start, e.end))
            except Exception as e:
                out.append((type(e).__name__, str(e)))
        print(ascii(out))
for name in ("UTF8", "Utf-8", "utf_8", "u8", "utf", "cp65001", " utf-8 ", "utf--8", "Latin 1", "ISO-8859-1", "l1",
             "latin", "8859", "US-ASCII", "646", "us", "windows-1252", "UTF-16LE", "utf16", "U32", "UTF_32_BE",
             "utf-8-sig", "unicode-escape", "hex", "base64", "rot13", "no-such", "", "utf-8\u00e9"):
    show(repr(name), lambda: "x".encode(name))
show("decode bad enc", lambda: b"x".decode("nope"))
show("decode enc int", lambda: b"x".decode(1))
show("decode errors int", lambda: b"x".decode("utf-8", 1))
show("decode kw", lambda: b"x".decode(encoding="ascii", errors="ignore"))
show("decode bad kw", lambda: b"x".decode(enc="ascii"))
show("xmlcharref decode", lambda: b"\xff".decode("ascii", "xmlcharrefreplace"))
show("unknown handler ok", lambda: "abc".encode("ascii", "bogus"))
show("unknown handler", lambda: "é".encode("ascii", "bogus"))
show("unknown handler dec", lambda: b"\xff".decode("utf-8", "bogus"))
show("surrogates run", lambda: "\ud800\udc00x".encode("utf-8"))
show("run ascii", lambda: "aéé€b".encode("ascii"))
show("run latin", lambda: "aé€€b".encode("latin-1"))
show("run cp1252", lambda: "a\u0100\u0101b".encode("cp1252"))
show("bytearray decode", lambda: bytearray(b"\xc3\xa9").decode())
show("memoryview decode", lambda: str(memoryview(b"\xc3\xa9"), "utf-8"))
show("roundtrip", lambda: "\udcff\udc80ab".encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape"))
e = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "boom")
print(e, e.args[1], e.start)
e = UnicodeEncodeError("ascii", "a\u20ac", 1, 2, "boom")
print(e, e.object, e.end)
