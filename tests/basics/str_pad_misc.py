# center / ljust / rjust / zfill / expandtabs / replace / removeprefix /
# translate / maketrans and their errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for w in (-1, 0, 3, 4, 5, 6, 7, 10):
    print(w, repr("abc".center(w)), repr("ab".center(w, "*")), repr("é".center(w, "日")), repr("abc".ljust(w, "-")),
          repr("abc".rjust(w, "é")), repr("-12".zfill(w)), repr("+é".zfill(w)), repr("".zfill(w)))
print(repr("a\tb\tc".expandtabs(0)), repr("a\tb".expandtabs(-3)), repr("ab\tc\r\td\n\te".expandtabs(3)),
      repr("é\t日\tx".expandtabs(4)), repr("\t".expandtabs(tabsize=2)), repr("no tabs".expandtabs(100)))
print("abcabc".replace("b", "BB"), "abcabc".replace("b", "", 1), "abc".replace("", "-", 2), "".replace("", "x"),
      "".replace("", "x", 0), "aaa".replace("a", "b", -2), "éàé".replace("é", "e"), "abc".replace("abc", ""),
      "abc".replace("c", "cc", 5), "aa".replace("a", "aa"))
print("prefix-x".removeprefix("prefix-"), "x".removeprefix(""), "x".removeprefix("xy"), "ab".removesuffix("b"),
      "ab".removesuffix("ab"), "ab".removesuffix(""), "éé".removeprefix("é"))
t = str.maketrans({"a": "1", "b": None, 99: 100, "é": "E"})
print(sorted(t.items()), "abcéd".translate(t), "abc".translate({}), "abc".translate([None, "x"] * 60),
      "xyz".translate(str.maketrans("xyz", "日本語", "y")))
class Tab:
    def __getitem__(self, k):
        if k == ord("a"):
            raise LookupError
        return k + 1
print("abc".translate(Tab()))
show("center no args", lambda: "a".center())
show("center 3 args", lambda: "a".center(1, 2, 3))
show("center fill int", lambda: "a".center(5, 1))
show("center fill long", lambda: "a".center(5, "ab"))
show("center fill empty", lambda: "a".center(5, ""))
show("center width str", lambda: "a".center("5"))
show("ljust huge", lambda: "a".ljust(2**70))
show("rjust float", lambda: "a".rjust(2.0))
show("zfill none", lambda: "a".zfill())
show("zfill 2", lambda: "a".zfill(1, 2))
show("zfill str", lambda: "a".zfill("3"))
show("expandtabs str", lambda: "a".expandtabs("x"))
show("expandtabs huge", lambda: "a".expandtabs(2**70))
show("expandtabs kw", lambda: "a\tb".expandtabs(tabsize=2))
show("replace 1 arg", lambda: "a".replace("a"))
show("replace int", lambda: "a".replace(1, "b"))
show("replace int2", lambda: "a".replace("a", 1))
show("replace kw", lambda: "a".replace("a", "b", count=1))
show("replace str count", lambda: "a".replace("a", "b", "c"))
show("removeprefix int", lambda: "a".removeprefix(1))
show("removesuffix none", lambda: "a".removesuffix())
show("translate none", lambda: "a".translate())
show("translate float", lambda: "a".translate({97: 1.5}))
show("translate neg", lambda: "a".translate({97: -1}))
show("translate big", lambda: "a".translate({97: 0x110000}))
show("translate int", lambda: "a".translate(5))
show("maketrans none", lambda: str.maketrans())
show("maketrans int", lambda: str.maketrans(1))
show("maketrans int str", lambda: str.maketrans(1, "a"))
show("maketrans str int", lambda: str.maketrans("a", 1))
show("maketrans 3rd int", lambda: str.maketrans("a", "b", 1))
show("maketrans long key", lambda: str.maketrans({"ab": 1}))
show("maketrans float key", lambda: str.maketrans({1.5: 1}))
show("maketrans lengths", lambda: str.maketrans("a", "bc"))
show("maketrans 4", lambda: str.maketrans("a", "b", "c", "d"))
