# str.encode / bytes.decode / str(bytes, enc) find codecs added with
# codecs.register(), and check what they return.
import codecs


def shift_encode(text, errors="strict"):
    return bytes(ord(c) + 1 for c in text), len(text)


def shift_decode(data, errors="strict"):
    return "".join(chr(b - 1) for b in bytes(data)), len(data)


def search(name):
    print("search", repr(name))
    if name == "shift_one":
        return codecs.CodecInfo(shift_encode, shift_decode, name="shift-one")
    if name == "to_str":
        return codecs.CodecInfo(lambda s, errors="strict": (s, len(s)),
                                lambda b, errors="strict": (b, len(b)), name="to-str")
    if name == "no_tuple":
        return codecs.CodecInfo(lambda s, errors="strict": b"x",
                                lambda b, errors="strict": "x", name="no-tuple")
    if name == "errs":
        return codecs.CodecInfo(lambda s, errors="strict": (errors.encode(), 0),
                                lambda b, errors="strict": (errors, 0), name="errs")
    return None


try:
    "abc".encode("shift_one")
except LookupError as e:
    print("before register:", e)
codecs.register(search)
print("abc".encode("shift_one"), b"bcd".decode("shift_one"), str(b"IBM", "Shift-One"))
print("x".encode("errs", "ignore"), b"x".decode("errs", errors="replace"))
print(codecs.lookup("shift_one").name, codecs.encode("hal", "shift_one"))
for call in (lambda: "a".encode("to_str"), lambda: b"a".decode("to_str"),
             lambda: "a".encode("no_tuple"), lambda: b"a".decode("no_tuple"),
             lambda: "a".encode("rot13"), lambda: b"a".decode("hex"),
             lambda: "a".encode("missing")):
    try:
        print(call())
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
