# find / rfind / index / rindex / count / startswith / endswith with start
# and end (negative, None, huge, out of range, bool, __index__) on ASCII and
# non-ASCII text.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ("hello world hello", "héllo wörld héllo", "日本語日本語"):
    subs = ["l", "o", "", "hello", "héllo", "本", "語日", "zz", s]
    bounds = [(), (0,), (3,), (-5,), (100,), (-100,), (2, 8), (8, 2), (0, -1), (-3, None), (None, 4),
              (None, None), (True, 5), (Idx(1), Idx(-1)), (2**70,), (-2**70, 2**70)]
    for sub in subs:
        row = []
        for b in bounds:
            row.append((s.find(sub, *b), s.rfind(sub, *b), s.count(sub, *b), s.startswith(sub, *b), s.endswith(sub, *b)))
        print(repr(sub), row)
print("abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".rfind("", 1, 2), "abc".count("", 1), "".count(""),
      "".find(""), "".find("", 1), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 4))
print("aaaa".count("aa"), "ababab".count("aba"), "ababab".find("bab", 2), "ababab".rfind("bab", 0, 5))
print("abc".startswith(("x", "b"), 1), "abc".endswith(("x", "b"), 0, 2), "abc".startswith(()), "abc".endswith(("",)))
print("héllo".index("l"), "héllo".rindex("l"), "héllo".index("o", -1), "日本語".index("語", 1, 3))
show("find()", lambda: "a".find())
show("find 4 args", lambda: "a".find("a", 1, 2, 3))
show("find kw", lambda: "a".find(sub="a"))
show("find int", lambda: "a".find(1))
show("find bad start", lambda: "a".find("a", "x"))
show("find bad end", lambda: "a".find("a", 0, 1.5))
show("count int", lambda: "a".count(1))
show("count()", lambda: "a".count())
show("index miss", lambda: "abc".index("d"))
show("rindex range", lambda: "abc".rindex("c", 0, 2))
show("startswith int", lambda: "a".startswith(1))
show("startswith list", lambda: "a".startswith(["a"]))
show("startswith tuple int", lambda: "a".startswith(("b", 1)))
show("endswith tuple int", lambda: "a".endswith((1,)))
show("endswith bad start", lambda: "a".endswith("a", "0"))
show("startswith()", lambda: "a".startswith())
show("in int", lambda: 1 in "abc")
show("in none", lambda: None in "abc")
print("" in "", "a" in "", "b" in "abc", "é" in "café", "fé" in "café", "\x00" in "a\x00b")
