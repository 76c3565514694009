# str methods: case, predicates, padding, translate, encode
for s in ("hello world", "HELLO", "hELLo wORLD", "they're bill's", "ß straße", "ǆ", "123abc", "", "i̇"):
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
tests = ["abc", "ABC", "Abc", "123", "½", "²", "٣", "a1", " ", "\t\n", "", "Hello World", "Hello world",
         "_x1", "1x", "class", "héllo", "x y", "\x00", "é", "ǅ", "A1B"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(),
          t.isdecimal(), t.isnumeric(), t.isidentifier(), t.isprintable(), t.isascii())
print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("abc".center(2)), repr("a".center(4, "-")))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5)), repr("abcdef".ljust(3)), repr("x".rjust(3, "0")))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2), "-".zfill(3))
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans({"a": "1", "b": None, "c": "CC"})
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans("ab", "cd", "xyz")
print("axbycz".translate(t3), "hello".translate({ord("l"): "L", ord("o"): None}))
try:
    str.maketrans("abc", "x")
except ValueError as e:
    print(type(e).__name__, e)
print("héllo".encode(), "héllo".encode("utf-8"), "héllo".encode("latin-1"), "abc".encode("ascii"), "日本".encode("utf-16-le"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "xmlcharrefreplace"),
      "héllo".encode("ascii", "backslashreplace"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="Bob"),
      "{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3), "{{}} {}".format(1), "{:>5}|{:<5}|{:^5}".format(1, 2, 3))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>6}".format("x"), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
for fmt, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{", ()), ("}", ()), ("{0!z}", (1,))]:
    try:
        fmt.format(*args)
    except (IndexError, KeyError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
print("Straße".casefold() == "STRASSE".casefold(), "ǆ".title(), "ﬁ".upper())
print(str.upper("x"), "a".__mul__(3), "abc".__getitem__(slice(None, None, -1)))
