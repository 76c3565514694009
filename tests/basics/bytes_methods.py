# bytes / bytearray methods: results, result types and error messages.
def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

for T in (bytes, bytearray):
    b = T(b"  Hello, World!  hello\tx\n")
    print(T.__name__, b.find(b"l"), b.rfind(b"l"), b.find(108, 5), b.count(b"l"), b.count(b""), b.index(b"W"),
          b.rindex(b"o", 0, -3), b.find(b"", 100), b.find(b"zz"), b.startswith(b"  H"), b.endswith((b"x", b"x\n")),
          b.startswith(bytearray(b" ")), b.endswith(memoryview(b"\n")))
    print(b.split(), b.split(b"l"), b.split(b"l", 1), b.rsplit(b"l", 1), b.rsplit(None, 1), b.split(maxsplit=2))
    print(b.strip(), b.lstrip(), b.rstrip(b"\n x"), b.strip(b" H"), b.partition(b"o"), b.rpartition(b"o"),
          b.partition(b"#"), b.rpartition(b"#"))
    print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.replace(b"l", b"L"), b.replace(b"l", b"", 2),
          b.replace(b"", b"-", 3))
    print(b.center(30, b"*"), b.ljust(28), b.rjust(27, b"."), T(b"-5").zfill(4), T(b"+").zfill(3), T(b"ab").zfill(1))
    print(b.expandtabs(), b.expandtabs(4), b.splitlines(), b.splitlines(True), T(b"a\r\nb\rc").splitlines())
    print(b.isalpha(), T(b"abC").isalpha(), T(b"a1").isalnum(), T(b"12").isdigit(), T(b" \t\x0b").isspace(),
          T(b"\x1c").isspace(), T(b"ABC1").isupper(), T(b"abc1").islower(), T(b"Ab Cd").istitle(), T(b"").isascii(),
          T(b"\x80").isascii(), T(b"").isalpha(), T(b"\xe9").isalpha())
    print(b.removeprefix(b"  "), b.removesuffix(b"x\n"), b.removeprefix(b"zz"), T(b"-").join([b"a", bytearray(b"b"),
          memoryview(b"c")]), T(b"").join([]), b.hex(), T(b"\x01\x02\x03\x04\x05").hex(":", 2), T(b"abc").hex(b"-", -1))
    print(T.fromhex("01 ff\tAb"), T.fromhex(""), T.maketrans(b"ab", b"xy")[97:99], T(b"abc").translate(None, b"b"),
          T(b"abc").translate(bytes.maketrans(b"abc", b"ABC")), T(b"abc").translate(None), T(b"abc").translate(None, delete=b"c"))
    print(T(b"caf\xc3\xa9").decode(), T(b"\xff").decode("latin-1"), T(b"abc").decode(errors="strict"))
    for name in ("upper", "strip", "replace", "center", "split", "join", "partition", "translate", "zfill", "title",
                 "expandtabs", "removeprefix", "ljust"):
        pass
    print([type(x).__name__ for x in (b.upper(), b.strip(), b.split()[0], b.partition(b"o")[0], b.partition(b"#")[0],
                                      b.replace(b"q", b"r"), b.center(1), b.zfill(1), b.translate(None))])
class B(bytes):
    pass
bb = B(b"xyz")
print(type(bb.upper()).__name__, type(bb.strip()).__name__, type(bb.partition(b"#")[0]).__name__,
      type(bb[:]).__name__, type(bb + b"").__name__, type(B.fromhex("00")).__name__, bb, repr(bb), bytes(bb))
show("find()", lambda: b"a".find())
show("find str", lambda: b"a".find("a"))
show("find 256", lambda: b"a".find(256))
show("find -1", lambda: b"a".count(-1))
show("find bad start", lambda: b"a".find(b"a", "x"))
show("find kw", lambda: b"a".find(b"a", start=0))
show("index miss", lambda: b"a".index(b"z"))
show("rindex miss", lambda: bytearray(b"a").rindex(b"z"))
show("split str", lambda: b"a".split("x"))
show("split empty", lambda: b"a".split(b""))
show("split kw", lambda: b"a".split(foo=1))
show("rsplit maxsplit", lambda: b"a b".rsplit(maxsplit="1"))
show("strip str", lambda: b"a".strip("x"))
show("strip int", lambda: b"a".strip(1))
show("join ints", lambda: b"a".join([1]))
show("join int", lambda: b"a".join(5))
show("join str", lambda: b"a".join(["a"]))
show("replace str", lambda: b"a".replace("a", b"b"))
show("replace 1", lambda: b"a".replace(b"a"))
show("partition str", lambda: b"a".partition("a"))
show("partition empty", lambda: b"a".partition(b""))
show("startswith str", lambda: b"a".startswith("a"))
show("startswith tuple str", lambda: b"a".startswith(("a",)))
show("endswith int", lambda: b"a".endswith(1))
show("center str", lambda: b"a".center(5, "x"))
show("center long", lambda: b"a".center(5, b"xy"))
show("center none", lambda: b"a".center())
show("zfill none", lambda: b"a".zfill())
show("upper 1", lambda: b"a".upper(1))
show("isalpha 1", lambda: bytearray(b"a").isalpha(1))
show("decode int", lambda: b"a".decode(1))
show("decode bad", lambda: b"\xff".decode())
show("hex int", lambda: b"a".hex(1))
show("hex empty", lambda: b"abc".hex(""))
show("hex long", lambda: b"abc".hex("ab"))
show("hex nonascii", lambda: b"abc".hex("é"))
show("hex 0", lambda: b"abcdef".hex(":", 0))
show("fromhex int", lambda: bytes.fromhex(1))
show("fromhex odd", lambda: bytes.fromhex("a"))
show("fromhex bad", lambda: bytes.fromhex("0g"))
show("fromhex nonascii", lambda: bytes.fromhex("00 é"))
show("fromhex space pair", lambda: bytes.fromhex("0 1"))
show("maketrans len", lambda: bytes.maketrans(b"a", b"bc"))
show("maketrans str", lambda: bytes.maketrans("a", "b"))
show("translate short", lambda: b"a".translate(b"x"))
show("translate str del", lambda: b"a".translate(None, "a"))
show("translate int", lambda: b"a".translate(5))
show("translate none", lambda: b"a".translate())
show("removeprefix str", lambda: b"abc".removeprefix("a"))
show("expandtabs str", lambda: b"a".expandtabs("x"))
show("count bool", lambda: b"\x01\x01".count(True))
show("find bytearray sub", lambda: b"abc".find(bytearray(b"c")))
show("find memoryview sub", lambda: b"abc".find(memoryview(b"bc")))
