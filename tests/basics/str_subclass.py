# Subclasses of str: construction, attributes, methods returning plain str,
# operators, hashing and comparison.
class S(str):
    pass

class Up(str):
    def __new__(cls, value=""):
        return super().__new__(cls, value.upper())
    def shout(self):
        return self + "!"

class Named(str):
    def __new__(cls, value, tag=None):
        return super().__new__(cls, value)
    def __init__(self, value, tag=None):
        self.tag = tag

s = S("héllo")
print(s, repr(s), type(s).__name__, len(s), s[1], s[::-1], s.upper(), type(s.upper()).__name__)
print(isinstance(s, str), s == "héllo", "héllo" == s, s < "z", hash(s) == hash("héllo"), {s: 1}["héllo"])
print(type(s + "x").__name__, type("x" + s).__name__, type(s * 2).__name__, type(s[:]).__name__, type(str(s)).__name__)
print(type(s.strip()).__name__, type(s.replace("x", "y")).__name__, type(s.center(1)).__name__,
      type(s.zfill(1)).__name__, type(s.ljust(2)).__name__, type(s.expandtabs()).__name__, type(s.lower()).__name__)
s.attr = 42
print(s.attr, s.__dict__, "x" in s.__dict__, vars(s))
u = Up("abc")
print(u, type(u).__name__, u.shout(), type(u.shout()).__name__, Up(), repr(Up()))
n = Named("v", tag=3)
print(n, n.tag, type(n).__name__)
e = S()
print(repr(e), len(e), bool(e), type(e).__name__)
print(S(5), S(b"ab", "ascii"), S(["x"]), S(S("z")), type(S(S("z"))).__name__)
print(sorted([S("b"), "a", S("c")]), max(S("a"), S("b")), "-".join([S("a"), S("b")]))
print(f"{s}", "{}".format(s), "%s" % s, format(s, ">8"), str.upper(s), S.upper(s))
big = S("日本語" * 40)
print(big[77], big[-1], big[100:105], big.find("語", 60), len(big))
class T(S):
    __slots__ = ()
t = T("xy")
print(t, type(t).__name__, t[0])
try:
    t.foo = 1
except AttributeError as ex:
    print("AttributeError", ex)
class K(str):
    def __str__(self):
        return "custom"
    def __repr__(self):
        return "K!"
k = K("raw")
print(str(k), repr(k), k, f"{k}", [k], k + "x", k.upper())
