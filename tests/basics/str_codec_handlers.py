# Error handlers registered with codecs.register_error, called by the VM's
# codecs: replacements (str or bytes), resume positions and bad results.
import codecs
def h(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<%d-%d>" % (exc.start, exc.end), exc.end)
    return ("[%s]" % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error("mine", h)
print("aéé€b".encode("ascii", "mine"), "x\ud800y".encode("utf-8", "mine"), b"a\xff\xfeb".decode("ascii", "mine"),
      b"a\xe6\x97xy".decode("utf-8", "mine"))
codecs.register_error("skip2", lambda e: ("", e.end + 1))
print("aébc".encode("ascii", "skip2"), b"a\xffbc".decode("ascii", "skip2"))
codecs.register_error("bytes", lambda e: (b"\x00\x01", e.end))
print("a€b".encode("latin-1", "bytes"))
for bad in [lambda e: 5, lambda e: ("x",), lambda e: ("x", "y"), lambda e: ("x", 100), lambda e: ("é", e.end)]:
    codecs.register_error("bad", bad)
    for f in (lambda: "a€".encode("ascii", "bad"), lambda: b"a\xff".decode("ascii", "bad")):
        try:
            print(repr(f()))
        except Exception as e:
            print(type(e).__name__, e)
try:
    "é".encode("ascii", "nonexistent")
except LookupError as e:
    print("LookupError", e)
print(codecs.lookup_error("strict") is codecs.strict_errors)
