# int(s, base): prefixes, underscores, whitespace, errors
print(int("42"), int("-42"), int("+42"), int("  42  "), int("\t-7\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("777", 8), int("zz", 36), int("11", 3))
print(int("1_000"), int("1_000_000", 0), int("0x_ff", 16), int("0b_1_0", 0), int("-0x10", 16))
print(int("0", 0), int("00", 0), int("000", 10), int("0_0", 0), int("0010"))
print(int("١٢٣"), int("１２"))
print(int(b"42"), int(bytearray(b"-17")), int(b" 0x1f ", 16))
print(int(), int(0), int(False), int(-0.5), int(1e20), int(2.5e-3))
bad = [("", 10), (" ", 10), ("1_", 10), ("_1", 10), ("1__0", 10), ("0x", 16), ("12", 2),
       ("0b2", 0), ("010", 0), ("1.5", 10), ("abc", 10), ("0x10", 10), ("- 1", 10), ("9", 8), ("--1", 10)]
for s, base in bad:
    try:
        print(int(s, base))
    except ValueError as e:
        print(repr(s), base, type(e).__name__, e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print(base, type(e).__name__, e)
try:
    int(1.5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int("12345678901234567890123456789"), int("-" + "f" * 30, 16))
class I:
    def __index__(self):
        return 7
class T:  # __index__ based (__trunc__ delegation is deprecated)
    def __int__(self):
        return 3
print(int("11", base=I()), bin(I()), hex(I()))
print(int(T()))
print(int(" 1_2 "), int("0B11", 0), int("0XfF", 0), int("0O7", 0))
