# statistics, fractions, decimal: exact results
from fractions import Fraction
from decimal import Decimal, getcontext
import statistics
print(Fraction(3, 4) + Fraction(1, 4), Fraction(1, 3) * 3, Fraction("0.25"), Fraction(0.5), Fraction(6, -4), repr(Fraction(1, 2)))
print(Fraction(1, 3) < 0.34, Fraction(7, 2).limit_denominator(1), float(Fraction(1, 8)), Fraction(22, 7).numerator, int(Fraction(7, 2)), round(Fraction(5, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, repr(Decimal("1.5")), Decimal(1) / Decimal(7), Decimal("2").sqrt())
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("-0"), Decimal("1e3"), Decimal("1.50").normalize(), getcontext().prec)
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.median([1, 2, 3, 4]), statistics.mode([1, 1, 2]), statistics.multimode("aabbc"))
print(statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.variance([1, 2, 3, 4]), statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.fmean([1, 2]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(type(e).__name__, e)
