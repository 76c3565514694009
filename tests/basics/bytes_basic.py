# bytes and bytearray: literals, indexing, slicing, methods, repr
b = b"hello\x00\xff\n'\""
print(b, repr(b), len(b), b[0], b[-1], b[1:4], b[::-1], b[::3], list(b[:3]))
print(b"a" + b"b", b"ab" * 3, b"" * 4, b"x" in b"xyz", 120 in b"xyz", b"" in b"a", bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"))
print(bytes(range(5)), bytes(b"abc"), bytes(bytearray(b"z")), bytes(), bytes(memoryview(b"mv")))
print(b'it\'s', b"\t\r\\", rb"\n", b"\x7f\x80", bytes([0, 31, 32, 126, 127, 128]))
for bad in ([256], [-1], ["a"], "str"):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b"a,b,c".split(b","), b" a b ".split(), b"  x ".strip(), b"xxhixx".strip(b"x"), b"-".join([b"a", b"b"]))
print(b"hello".upper(), b"HeLLo".lower(), b"hello world".title(), b"hello".capitalize(), b"hello".replace(b"l", b"L", 1))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".index(b"e"), b"hello".count(b"l"), b"hello".find(108))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"abc".isalpha(), b"123".isdigit(), b" ".isspace())
print(b"ab".center(6, b"*"), b"7".zfill(3), b"ab".ljust(4) + b"|", b"a\nb".splitlines(), b"a:b:c".partition(b":"))
print(b"hello".decode(), b"h\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b"abc".decode("ascii"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xffab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"), b"\xffab".decode("utf-8", "backslashreplace"))
print(b"\x00\xab\xff".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc"[5]
except IndexError as e:
    print(type(e).__name__, e)
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"??")
ba += b"!"
print(ba, repr(ba), len(ba), ba[0], ba[1:3])
ba[1:3] = b"EYYY"
print(ba)
del ba[0]
del ba[-3:]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65); ba.remove(ord("Y")); ba.reverse()
print(ba, bytearray(3), bytearray(), bytearray(b"x") == b"x", bytes(ba), ba.decode())
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
print(b"abc" < b"abd", b"a" == bytearray(b"a"), b"b" > b"abc", sorted([b"b", b"a", b"ab"]), max(b"abc"))
print(bytes.maketrans(b"ab", b"xy"), b"aabb".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b"))
print(list(b"hi"), [x for x in bytearray(b"AB")], b"a\x00b".split(b"\x00"), b"%b" % b"x", b"abc".removeprefix(b"a"))
print(bytearray(b"abc").upper(), type(bytearray(b"x").upper()).__name__, b"ab".isascii(), "é".encode() + b"!")
