# split / rsplit / splitlines / partition / strip / join: separators,
# maxsplit, Unicode whitespace and errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "  a  b\tc\nd  "
for n in (-1, 0, 1, 2, 3, 10):
    print(n, s.split(maxsplit=n), s.rsplit(maxsplit=n), s.split(None, n), s.rsplit(" ", n))
u = "\u3000x\u2003y\xa0z\u2028w\x85v\x1cu\u200bt"
print(u.split(), u.rsplit(None, 2), u.split(maxsplit=2), u.strip("\u3000t"))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1), ",".split(","), "".split("x"), "xx".split("x"))
print("aaa".split("aa"), "aaa".rsplit("aa"), "abcabcab".split("ab", 2), "abcabcab".rsplit("ab", 2))
print("日本語日本".split("本"), "日本語日本".rsplit("本", 1), "é,à".split(","), "añb".partition("ñ"))
print("x".split(sep=None), "x y".split(sep=" ", maxsplit=0), "  ".split(" "), "a b".rsplit(sep=None, maxsplit=0))
print("a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l".splitlines())
print("a\r\nb\rc\n".splitlines(True), "\r\n".splitlines(), "\n\r".splitlines(), "x\r".splitlines(keepends=True))
print("a\nb".splitlines(keepends=1), "a\nb".splitlines(0))
print("abc".partition("b"), "abc".partition("abc"), "abc".partition("abcd"), "aXbXc".rpartition("X"),
      "aXbXc".partition("X"), "".partition("a"), "".rpartition("a"))
print(repr(" \t x \n".strip()), repr("xyxzyx".strip("xy")), repr("xyxzyx".lstrip("xy")), repr("xyxzyx".rstrip("xy")),
      repr("ééaéé".strip("é")), repr("aé".strip("")), repr("  x".strip(None)), repr("\u3000x\u3000".strip()))
print("-".join(["a"]), "-".join(("a", "b")), "-".join(x for x in "abc"), "".join({"k": 1}), "é".join("ab"),
      "ab".join([]), repr("".join(["", ""])))
show("split(1)", lambda: "a".split(1))
show("split('')", lambda: "a".split(""))
show("rsplit('')", lambda: "a".rsplit(""))
show("split kw", lambda: "a".split(foo=1))
show("split 3 args", lambda: "a".split(",", 1, 2))
show("split maxsplit str", lambda: "a".split(maxsplit="2"))
show("split float", lambda: "a".split(",", 1.5))
show("splitlines 2 args", lambda: "a".splitlines(True, 1))
show("partition int", lambda: "a".partition(1))
show("partition empty", lambda: "a".partition(""))
show("rpartition none", lambda: "a".rpartition(None))
show("partition no args", lambda: "a".partition())
show("strip int", lambda: "a".strip(1))
show("lstrip 2 args", lambda: "a".lstrip("a", "b"))
show("rstrip list", lambda: "a".rstrip(["a"]))
show("join int", lambda: ",".join(5))
show("join ints", lambda: ",".join([1, 2]))
show("join bytes", lambda: ",".join(["a", b"b"]))
show("join none", lambda: ",".join(None))
show("join gen err", lambda: ",".join(str(1 / x) for x in (1, 0)))
class S(str):
    pass
parts = "a b".split()
print([type(p).__name__ for p in S("a b").split()], type(S("x").strip()).__name__, type(S("ab").partition("b")[0]).__name__,
      type(S("ab").partition("z")[0]).__name__, type("".join([S("q")])).__name__, type(S("x").join(["a", "b"])).__name__)
