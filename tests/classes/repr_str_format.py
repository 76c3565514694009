# __repr__, __str__, __format__, __bytes__, defaults and fallbacks
class Both:
    def __repr__(self): return "Both()"
    def __str__(self): return "both-str"
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
class OnlyStr:
    def __str__(self): return "only-str"
b, r = Both(), OnlyRepr()
print(b, repr(b), str(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b), format(b), str([r]), str(r))
o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at 0x"), [o][0] is o)
class Fmt:
    def __format__(self, spec):
        return f"<{spec or 'empty'}>"
print(f"{Fmt()}", f"{Fmt():>10}", format(Fmt(), "x"), "{:abc}".format(Fmt()), "{0}".format(Fmt()))
class NoFormat:
    def __str__(self): return "nf"
print(format(NoFormat()), f"{NoFormat()}")
try:
    format(NoFormat(), "10")
except TypeError as e:
    print(type(e).__name__, e)
class By:
    def __bytes__(self): return b"bytes!"
print(bytes(By()))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Inh(Both): pass
print(Inh(), repr(Inh()))
class StrSub(str):
    def __repr__(self): return "StrSub(" + super().__repr__() + ")"
s = StrSub("x")
print(s, repr(s), [s], f"{s}", s + "y")
class IntSub(int):
    def __str__(self): return "IntSub!"
print(IntSub(5), repr(IntSub(5)), f"{IntSub(5)}", "%d" % IntSub(5), IntSub(5) + 1)
print(repr(Both), repr(int), str(Both).startswith("<class '__main__.Both'>"))
