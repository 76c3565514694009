# fractions: construction forms, arithmetic with mixed types, comparisons, rounding, formatting, errors
from fractions import Fraction as F
from decimal import Decimal
import math
print(F(), F(3), F(6, 4), F(-6, -4), F(1, -3), F("3/7"), F(" -1_000/3 "), F("1.25"), F(".5"), F("2."), F("1e3"), F("-2.5e-2"), F(0.1), F(Decimal("0.375")), F(F(1, 2), F(1, 3)))
print(repr(F(1, 3)), str(F(4, 2)), F(1, 3).numerator, F(1, 3).denominator, F(5, 10).as_integer_ratio(), F(3).is_integer(), F.from_float(0.25), F.from_decimal(Decimal("1.1")))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(F(7, 2), F(2)), a ** 2, a ** -2, F(4, 9) ** F(1, 2), 2 ** F(3), F(-8) ** F(1, 3) if False else "", -a, +a, abs(F(-2, 5)))
print(a + 1, 1 + a, a * 2.0, 2.0 * a, a + 1j, a == 1 / 3, F(1, 2) == 0.5, F(1, 3) < 0.34, F(1, 2) <= F(2, 4), F(3) == 3, 3 == F(3), F(1, 2) != F(1, 3), F(5, 2) > 2)
print(round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)), round(F(22, 7), 3), round(F(1234), -2), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(9, 2)), float(F(1, 8)), complex(F(1, 2)))
print(F(355, 113).limit_denominator(10), F(3.141592653589793).limit_denominator(1000), F(1, 3).limit_denominator(3), hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), bool(F(0)), sorted([F(2, 3), F(1, 2), F(3, 4)]), max(F(1, 3), 0.3))
print(format(F(1, 3), ".5f"), format(F(2, 3), ".3e"), format(F(1, 8), "%"), format(F(10, 3), "g"), format(F(-1, 7), "+.2f"), format(F(1234567, 10), ",.1f"), format(F(1, 3), ""), f"{F(5, 4):>10.2f}|")
for fn in [lambda: F(1, 0), lambda: F("abc"), lambda: F("1/0"), lambda: F(1.5, 2), lambda: F([1]), lambda: F(1) / 0, lambda: F(0) ** -1, lambda: F("1 /2/3"), lambda: F(float("inf")), lambda: F(2).limit_denominator(0)]:
    try:
        print(fn())
    except Exception as exc:
        print(type(exc).__name__, exc)
