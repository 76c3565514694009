# bytes() / bytearray() construction from every kind of source, and errors.
class WithBytes:
    def __bytes__(self):
        return b"wb"
class BadBytes:
    def __bytes__(self):
        return 5
class Idx:
    def __index__(self):
        return 3
class GetItem:
    def __getitem__(self, i):
        if i < 3:
            return 65 + i
        raise IndexError
class B(bytes):
    pass
class BA(bytearray):
    pass

def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

for T in (bytes, bytearray, B, BA):
    n = T.__name__
    show(n + "()", lambda: T())
    show(n + "(3)", lambda: T(3))
    show(n + "(True)", lambda: T(True))
    show(n + "(Idx)", lambda: T(Idx()))
    show(n + "(list)", lambda: T([65, 66]))
    show(n + "(tuple)", lambda: T((0, 255)))
    show(n + "(range)", lambda: T(range(97, 100)))
    show(n + "(gen)", lambda: T(x for x in (1, 2)))
    show(n + "(getitem)", lambda: T(GetItem()))
    show(n + "(bytes)", lambda: T(b"xy"))
    show(n + "(bytearray)", lambda: T(bytearray(b"xy")))
    show(n + "(memoryview)", lambda: T(memoryview(b"abcd")[::2]))
    show(n + "(str enc)", lambda: T("é", "utf-8"))
    show(n + "(str kw)", lambda: T(source="é", encoding="latin-1"))
    show(n + "(str errors)", lambda: T("é", "ascii", "replace"))
    show(n + "(__bytes__)", lambda: T(WithBytes()))
    show(n + "(bad __bytes__)", lambda: T(BadBytes()))
    show(n + "(-1)", lambda: T(-1))
    show(n + "(str)", lambda: T("a"))
    show(n + "(str bad enc)", lambda: T("a", "nope"))
    show(n + "(str enc int)", lambda: T("a", 1))
    show(n + "(int enc)", lambda: T(1, "utf-8"))
    show(n + "(bytes enc)", lambda: T(b"a", "utf-8"))
    show(n + "(list errors)", lambda: T([1], errors="x"))
    show(n + "(enc only)", lambda: T(encoding="utf-8"))
    show(n + "(errors only)", lambda: T(errors="strict"))
    show(n + "(float)", lambda: T(1.5))
    show(n + "([float])", lambda: T([1.5]))
    show(n + "([str])", lambda: T(["a"]))
    show(n + "([300])", lambda: T([300]))
    show(n + "([-1])", lambda: T([-1]))
    show(n + "(gen 300)", lambda: T(x for x in [300]))
    show(n + "(object)", lambda: T(object()))
    show(n + "(x=1)", lambda: T(x=1))
    show(n + " 4 args", lambda: T("a", "b", "c", "d"))
    show(n + " huge", lambda: T(2**70))
b = bytes(b"same")
print(bytes(b) is b, type(bytes(B(b"q"))).__name__, bytes(WithBytes()), B(b"x") == b"x", BA(b"y") == b"y",
      repr(BA(b"z")), repr(B(b"z")), bytes.__doc__.splitlines()[0], bytearray.__doc__.splitlines()[0])
ba = bytearray(b"old")
ba.__init__(b"new!")
print(ba)
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(bytearray(b"\x00\t\n\r\\")), str(b"x"), repr(bytes(range(0x7d, 0x82))))
print(hash(b"abc") == hash(b"abc"), b"abc" == b"abc", b"a" < b"ab" < b"b", b"" < b"\x00", max(b"abc"),
      sorted([b"b", bytearray(b"a"), b"c"]), b"a" == "a", b"ab"[::-1], b"abc"[1:], b"abc"[-1], list(b"ab"))
