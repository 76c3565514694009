# str indexing and slicing incl. negative steps and non-ASCII text
s = "Hello, World"
print(s[0], s[-1], s[4], s[-5], len(s))
print(s[2:5], s[:5], s[7:], s[-5:], s[:-7], s[::2], s[1::3], s[::-1], s[-1:-6:-1], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[:100], repr(s[3:3]))
print(s[None:None:-1] == s[::-1], s[slice(1, 4)], s[slice(None, None, 4)])
u = "héllo wörld ñandú 日本語 ☃"
print(u[1], u[-1], u[-3:], u[::-1], len(u), u[6:11], u[::3])
print(u.upper(), u.title(), u.index("日"), u.find("ñ"))
for i in (12, -13, 100):
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(list("abc"), tuple("xy"), [c for c in "héy"], "".join(reversed("abc")))
print("a" + "b" * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 5))
print("ab" < "abc", "abc" < "abd", "B" < "a", "é" > "z", "" < "a", "a" == "a", "a" != "A")
print("ell" in s, "xyz" in s, "" in s, "" in "", "日本" in u)
print(ord("a"), ord("é"), ord("日"), ord("☃"), ord("\n"), ord("\U0001F600"), chr(97), chr(233), chr(0x1F600), chr(0x65E5))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ("", "ab"):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(str(), str(5), str(-2.5), str([1, "a"]), str(None), str(b"x"), str(b"ab", "ascii"))
print(min("hello"), max("hello"), sorted("banana"), "".join(sorted("banana", reverse=True)))
print(s.__len__(), s.__getitem__(1), s.__contains__("W"), str.__add__("a", "b"))
print("abc"[True], "abc"[-True])
