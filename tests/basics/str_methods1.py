# str methods: split/rsplit/join/strip/replace/find/count
print("a b  c".split(), "a,b,,c".split(","), " a b ".split(" "), "a b c".split(None, 1), "".split(), "".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c d".rsplit(None, 1), "a--b--c".split("--"))
print("  x  y  ".split(maxsplit=1), "  x  y  ".rsplit(maxsplit=1), "a\tb\nc\x0bd\x0ce\rf".split())
print("abc".split("abc"), "aaa".split("a"), "a,b".split(",", 0), "a,b".split(",", -1))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), ", ".join(map(str, range(5))))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()), repr("xxhixx".strip("x")),
      repr("abcba".strip("ab")), repr("\t\n hi \r\n".strip()), repr("".strip()), repr("aaa".strip("a")))
print("www.example.com".lstrip("cmowz."), "www.example.com".rstrip(".moc"))
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"),
      "aaa".replace("aa", "b"), "abc".replace("b", ""), "a".replace("a", "aa", 0), "abab".replace("ab", "ba", -1))
s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.rfind("hello"), s.rfind("o", 0, 5), s.find("", 3), s.find("", 100))
print(s.index("world"), s.rindex("l"), s.find("o", -5), s.find("l", 2, 3), s.find("l", 2, 4))
for m in (s.index, s.rindex):
    try:
        m("zz")
    except ValueError as e:
        print(type(e).__name__, e)
print(s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"), s.count("l", 5), s.count("l", 0, 4))
print(s.startswith("hell"), s.startswith(("x", "he")), s.startswith("world", 6), s.startswith("wor", 6, 8),
      s.endswith("hello"), s.endswith(("lo", "zz")), s.endswith("world", 0, 11), s.startswith(""), s.endswith("", 3))
try:
    s.startswith(["he"])
except TypeError as e:
    print(type(e).__name__, e)
print("a\nb\r\nc\rd\n".splitlines(), "a\nb\r\nc\n".splitlines(keepends=True), "".splitlines(), "x".splitlines(),
      "a\x0bb\x1cc\u2028d".splitlines(), "\n\n".splitlines(True))
print("ab".partition("b"), "abcabc".partition("c"), "abc".partition("x"), "abcabc".rpartition("c"), "abc".rpartition("x"))
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("TestHook".removeprefix("Test"), "TestHook".removeprefix("Hook"), "TestHook".removesuffix("Hook"), "x".removesuffix(""))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\ncd\te".expandtabs(3)))
