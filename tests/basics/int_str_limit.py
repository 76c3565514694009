# CPython's 4300-digit limit on decimal int <-> str conversions, and what it does not cover
import sys
for n in (4299, 4300, 4301):
    for f in (lambda s: len(str(int(s))), lambda s: int("-" + s) < 0, lambda s: int(s.encode()) > 0):
        try:
            print(n, f("9" * n))
        except ValueError as e:
            print(n, e)
x = 10 ** 4300
for f in (str, repr, lambda v: "%d" % v, lambda v: "%i" % -v, lambda v: f"{v}", lambda v: f"{v:,}", lambda v: f"{v:>9000}", lambda v: format(v, "n"), lambda v: str(-v)):
    try:
        print(f(x))
    except ValueError as e:
        print(type(e).__name__, e)
print(len(hex(x)), len(oct(x)), len(bin(x)), len(format(x, "x")), len("%x" % x), len(f"{x:_b}"), int(hex(x), 16) == x, int("1" * 10000, 2).bit_length())
print(len(str(x - 1)), len(repr(-(x - 1))), len(f"{x - 1:d}"))
try:
    int("1" * 4301 + "z")
except ValueError as e:
    print(str(e)[:50])
try:
    int("1_" * 4300 + "1")
except ValueError as e:
    print(e)
print(sys.get_int_max_str_digits())
for v in (5, 639, -1, 640, 0, 5000):
    try:
        sys.set_int_max_str_digits(v)
        print(v, sys.get_int_max_str_digits())
    except ValueError as e:
        print(v, e)
sys.set_int_max_str_digits(0)
print(len(str(10**10000)))
sys.set_int_max_str_digits(1000)
try:
    str(10**1000)
except ValueError as e:
    print(e)
print(len(str(10**999)))
try:
    int("1" * 1001)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=4300)
print(sys.get_int_max_str_digits())
