# int(str/bytes, base): prefixes, underscores, Unicode digits and spaces, errors, the 4300-digit limit
cases = ["0", "00", "-0", "+0", " 12 ", "\t-7\n", "1_000", "1__000", "_1", "1_", "0x1f", "0X1F", "0x_1f", "0x__1f", "0b101", "0o17", "0o_17", "017", "0_17", "00_0", "0_0",
         "0x", "0b", "0o", "0b2", "0o8", "0xg", "1e5", "1.0", "", " ", "+", "-", "--1", "+-1", "- 1", "1 2", "١٢٣", "１２", "\u00a012\u2003", "1\x00", "12\u0663", "\u0661_\u0662",
         "9" * 30, "-" + "f" * 30, "z", "Z", "zz", "10", "11", "777", "0x0", "0b0", "-0x10", "0X_0", "0_x0"]
for base in (0, 2, 8, 10, 16, 36):
    out = []
    for s in cases:
        try:
            out.append(int(s, base))
        except ValueError as e:
            out.append("VE:" + str(e))
    print(base, out)
for v in [b"12", b" 0x1f ", bytearray(b"-5"), b"\xff", b"x" * 250]:
    for base in (10, 16, 0):
        try:
            print(repr(v)[:20], base, int(v, base))
        except ValueError as e:
            print(repr(v)[:20], base, "VE:", e)
try:
    int("x" * 300)
except ValueError as e:
    print(e)
try:
    int("é" * 300)
except ValueError as e:
    print(e)
for base in (1, 37, -1, 2**100, -(2**100)):
    try:
        int("1", base)
    except (ValueError, OverflowError) as e:
        print(base, type(e).__name__, e)
for args in [(1.5, 10), (None,), ([1],), ("1", 1.5), ("1", "2")]:
    try:
        print(int(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print(int(x=5))
except TypeError as e:
    print(type(e).__name__, e)
print(int("10", base=16), int(base=10) if False else "")
try:
    int(base=10)
except TypeError as e:
    print(type(e).__name__, e)
class IN:
    def __int__(self): return "x"
class IX:
    def __index__(self): return 9
print(int(IX()))
for o in (IN(),):
    try:
        int(o)
    except TypeError as e:
        print(type(e).__name__, e)
import sys
print(sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300)
for n in (4300, 4301):
    s = "7" * n
    try:
        print(len(str(int(s))))
    except ValueError as e:
        print(e)
x = 10 ** 4300
for f in (str, repr, lambda v: "%d" % v, lambda v: f"{v}", lambda v: format(v, ","), lambda v: len(hex(v)), lambda v: format(v, "x")[:4]):
    try:
        print(f(x))
    except ValueError as e:
        print(e)
print(len(str(x - 1)), len(str(-(x - 1))))
try:
    int("1" * 5000 + "x")
except ValueError as e:
    print(str(e)[:60])
print(int("1" * 5000, 16) > 0, int("1" * 5000, 2) > 0)
