# decimal: construction, string forms, arithmetic and rounding, quantize, context, special values, errors
from decimal import Decimal as D, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, InvalidOperation, DivisionByZero, Inexact, Rounded, FloatOperation
import decimal
print(D("1.10"), D("-0.000"), D("1e-7"), D("123e4"), D("1_000.5"), D(" 42 "), D(10), D(-3), D(0.5), D(1.1), D((1, (3, 1, 4), -2)))
print(repr(D("nan")), D("-Infinity"), D("sNaN12"), D("inf").is_infinite(), D("NaN").is_nan(), D("0.00").is_zero(), D("-1").is_signed())
print(D("0.1") + D("0.2"), D("1.30") - D("0.3"), D("1.5") * D("2.00"), D(10) / D(4), D(1) / D(3), D(2) / D(3), D(-7) // D(2), D(-7) % D(2), divmod(D(7), D("2.5")))
print(D("1.23456789012345678901234567890123"), +D("1.23456789012345678901234567890123"), -D("5"), abs(D("-2.50")), D(2) ** 10, D("1.1") ** 2, D(2) ** -2, D(4) ** D("0.5"))
print(D(2).sqrt(), D("0.25").sqrt(), D(100).sqrt(), D(1).exp(), D(2).ln(), D(1000).log10(), D("0.5").log10(), D(3).exp().ln())
print(D("3.14159").quantize(D("0.001")), D("2.5").quantize(D("1")), D("3.5").quantize(D("1")), D("7.325").quantize(D(".01"), rounding=ROUND_HALF_UP), D("-7.329").quantize(D(".01"), rounding=ROUND_DOWN))
print(D("1.500").normalize(), D("100").normalize(), D("0.00").normalize(), D("12.345").to_integral_value(), D("1E+2").to_eng_string(), D("123456789E-20").to_eng_string(), D("1.23E+5"))
print(round(D("2.675"), 2), round(D("0.5")), round(D("1.5")), int(D("-9.99")), float(D("0.125")), D("3.7").__floor__(), D("-3.2").__ceil__(), D("5.0").as_tuple(), D("-0.75").as_integer_ratio())
print(D(1) < D(2), D("1.0") == D(1), D(1) == 1, D("0.5") == 0.5, D(1) < 2, D("nan") == D("nan"), max(D(1), D("1.0")), sorted([D("1.1"), D("-2"), D("0")]), hash(D(5)) == hash(5), hash(D("0.5")) == hash(0.5))
print(D(5).compare(D(7)), D(5).max(D(7)), D(5).min(D("NaN")), D("1.2345").scaleb(3), D("0.1").adjusted(), D("123.45").adjusted(), D(0).number_class(), D("-1").number_class(), D("inf").number_class())
print(format(D("1234.5678"), ".2f"), format(D("1234.5678"), ","), format(D("-0.00001234"), ".3e"), format(D("0.5"), "%"), format(D("42"), ">8"), format(D("1e10"), "f"), f"{D('3.14159'):.3}", format(D("12"), "08.2f"))
ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin, repr(ctx))
with localcontext() as lc:
    lc.prec = 5
    print(D(1) / D(7), D("123456789") + 0, lc.prec)
with localcontext(prec=3, rounding=ROUND_CEILING):
    print(D(1) / D(3), D(-1) / D(3))
print(getcontext().prec, D(1) / D(7))
c = Context(prec=4, rounding=ROUND_FLOOR)
print(c.divide(D(2), D(3)), c.add(D("1.2345"), D("0.00001")), c.create_decimal("3.14159"), c.sqrt(D(2)), c.power(D(2), D(3)), c.quantize(D("1.55"), D("0.1")), c.Etiny(), c.Etop())
ec = decimal.ExtendedContext.copy()
print(ec.divide(D(1), D(0)), ec.divide(D(0), D(0)), ec.sqrt(D(-1)), sorted(k.__name__ for k, v in ec.flags.items() if v))
c2 = Context(traps=[])
print(c2.divide(D(1), D(3)), sorted(k.__name__ for k, v in c2.flags.items() if v))
for fn in [lambda: D("abc"), lambda: D(1) / D(0), lambda: D(0) / D(0), lambda: D([1]), lambda: D(-1).sqrt(), lambda: D("1.23").quantize(D("1e-30")), lambda: int(D("nan")), lambda: D("inf") - D("inf"), lambda: D(1) < D("nan")]:
    try:
        print(repr(fn()))
    except Exception as exc:
        print(type(exc).__name__, exc)
