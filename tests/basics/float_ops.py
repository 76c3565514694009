# float arithmetic: // and %, division errors, rounding
for a in (7.5, -7.5, 7.0, -0.5, 0.0):
    for b in (2.0, -2.0, 0.75):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(5 % -3.0, -5 % 3.0, 5.5 % 1, -5.5 % 1, 1e20 % 3, 0.0 % 5, -0.0 % 5)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, 1 // 0.1, 1 % 0.1)
for expr in ("1.0 / 0", "1 / 0.0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1.0, 0.0)", "0.0 / 0.0", "5 % 0.0"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-8.0) ** (1/3)
except Exception as e:
    print(type(e).__name__, e)
print(type((-8.0) ** 0.5).__name__)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
print(abs(-2.5), -abs(2.5), +(-0.0), abs(-0.0))
# round
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5), round(4.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3))
print(round(1234.5678, -2), round(1250.0, -2), round(-1.5), round(1.4999999), round(1e20))
print(round(5.5, 0), round(5.5, None), type(round(5.5)).__name__, type(round(5.5, 0)).__name__)
print(round(float("inf"), 2), round(float("nan"), 1), round(-0.4), round(-0.0, 1))
for v in (float("inf"), float("nan")):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
# is_integer, as_integer_ratio, hex/fromhex
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer(), float("inf").is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio(), (0.0).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex(), (5e-324).hex(), float("inf").hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"), float.fromhex("0x1.999999999999ap-4"))
try:
    float.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
# int/float comparisons are exact
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > float("inf"), 10 ** 400 > 1e308, -10 ** 400 < -1e308, 1 == 1.0, 0 == -0.0)
print(9007199254740993 < 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(1 < 1.5 < 2, 3 >= 3.0, 0.1 < 1 / 10 + 1e-17, int(1e15) == 1e15)
print(float(2**1023) * 2 if False else "", int(1.7976931348623157e308) % 1000)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, 0.1 * 10)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(3 * 0.1 == 0.3, 7.0 // 0.1, 2 ** 0.5 * 2 ** 0.5)
