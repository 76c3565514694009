# decimal: the less common operations, rounding modes, limits, contexts, formatting, errors
import decimal, copy
from decimal import Decimal as D, Context, localcontext, getcontext, setcontext
from fractions import Fraction

def show(fn):
    try:
        r = fn()
        print(repr(r) if not isinstance(r, str) else r)
    except Exception as exc:
        print(type(exc).__name__, exc)

modes = [decimal.ROUND_DOWN, decimal.ROUND_UP, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN,
         decimal.ROUND_HALF_EVEN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR, decimal.ROUND_05UP]
for m in modes:
    print(m, [str(D(v).quantize(D("1"), rounding=m)) for v in ["2.5", "-2.5", "3.5", "1.49", "-1.51", "0.4", "5.1", "-0.0001", "10.5"]])
c = Context(prec=3)
for m in modes:
    c.rounding = m
    print(m, c.plus(D("12345")), c.plus(D("-9995")), c.divide(D(2), D(3)), c.multiply(D("1.05"), D(1)))

print(D(1).next_plus(), D(1).next_minus(), D(0).next_plus(), D("-Infinity").next_plus(), D("Infinity").next_minus(), D(1).next_toward(D(2)), D(1).next_toward(D(0)), D(3).next_toward(D(3)))
print(D(1234).logb(), D("0.001").logb(), D("inf").logb(), D("7").scaleb(-2), D("7E2").scaleb(D(5)), D(2).fma(3, 4), D("1E+3").fma(D("1E-3"), D(-1)))
print(D(10).remainder_near(D(6)), D(10).remainder_near(D(4)), D(-10).remainder_near(D(3)), D("10.2").remainder_near(D(1)), pow(D(3), D(4), D(5)), pow(D(-2), 3, 7))
print(D("12.5").to_integral_exact(), D("-0.5").to_integral_value(), D("3.7").to_integral(rounding=decimal.ROUND_FLOOR), D("1.00").same_quantum(D("2.00")), D("1.0").same_quantum(D("1.00")), D("nan").same_quantum(D("nan")))
print(D(1).compare_total(D("1.0")), D("1.0").compare_total(D(1)), D("-nan").compare_total(D(1)), D("nan").compare_total(D("snan")), D(0).compare_total(D("-0")), D("nan2").compare_total(D("nan1")))
print(D(1).max(D("nan")), D("nan").min(D(2)), D(-0.0).max(D(0)), D(1).min(D("1.00")), D(-5).copy_abs(), D(5).copy_negate(), D(5).copy_sign(D(-1)), D("-0").copy_sign(D(1)))
print(D(7).compare(D("nan")), D(-7).compare(D(-8)), D("inf").compare(D(10**30)), D("1E+999999").is_normal(), D("1E-999999").is_normal(), D("1E-1000000").is_subnormal(), D("1E-1000000").number_class(), D("-1E-1000001").number_class())
print(D(0).sqrt(), D("0.0100").sqrt(), D("1E-7").sqrt(), D("inf").sqrt(), D(10).sqrt(), D("1.44").sqrt(), D(2).exp(), D(-1).exp(), D("0.5").ln(), D("1E-100").ln(), D(2).log10(), D("1E+7").log10(), D("inf").exp(), D("-inf").exp(), D(0).ln())
print(D("1.5") ** D(3), D(10) ** -3, D("0.5") ** D("0.5"), D(-8) ** 3, D(0) ** 5, D(0) ** -1, D("inf") ** -1, D(2) ** D("inf"), D("0.5") ** D("inf"), D(1) ** D("inf"), D(9) ** D("0.5"))
print(D("123.456e-5"), D("0E-8"), D("-0E+3"), D("1E+5").to_eng_string(), D("0E+4").to_eng_string(), D("0E-7").to_eng_string(), D("12E-9").to_eng_string(), D(".1"), D("1."), D("+5"), D("1e+01"), D("-0.0000001"), D("0.000001"))
print(D("NaN123"), D("-sNaN"), D("Inf"), D("-infinity"), D("nan0"), D("١٢٣"), repr(D("1_2_3.4_5")))
print([str(D(x)) for x in [1e100, 2.5, -0.0, float("inf"), 1/3]], D.from_float(0.1), D.from_float(7), D(10**30), D(-10**30) / 7)
ctx = Context(prec=5, Emax=10, Emin=-10, traps=[])
print(ctx.multiply(D("1E+10"), D(100)), ctx.multiply(D("1E-10"), D("1E-3")), ctx.divide(D("1E-10"), D("1E+5")), ctx.add(D("9.9999E+10"), D("1E+6")), sorted(k.__name__ for k, v in ctx.flags.items() if v))
ctx.clear_flags(); ctx.rounding = decimal.ROUND_DOWN
print(ctx.multiply(D("1E+10"), D(100)), ctx.create_decimal("1.2345678E+7"), ctx.create_decimal("0.00001234E-8"), sorted(k.__name__ for k, v in ctx.flags.items() if v))
cc = Context(prec=3, Emax=5, clamp=1)
print(cc.create_decimal("1E+5"), cc.plus(D("1E+4")), cc.normalize(D("100000")), cc.Etop(), cc.Etiny())
print(repr(decimal.BasicContext), repr(decimal.ExtendedContext))
show(lambda: Context(prec=0))
show(lambda: Context(rounding="X"))
show(lambda: Context(Emax=-1))
show(lambda: setattr(getcontext(), "prec", "5"))
show(lambda: localcontext(foo=1))
show(lambda: D((2, (1,), 0)))
show(lambda: D((0, (1, 10), 0)))
show(lambda: D((0, (1,), "x")))
show(lambda: D((0, (1,), 1.5)))
show(lambda: D((0, (1, 2))))
show(lambda: D((1, (), "F")))
show(lambda: D((0, (0, 0, 1, 2), -1)))
for bad in (1.5, "2", None):
    try:
        D(1) + bad
    except TypeError:
        print("TypeError for", type(bad).__name__)
show(lambda: Context().add(1.5, 2))
show(lambda: D("1.5").quantize("x"))
show(lambda: float(D("snan")))
show(lambda: hash(D("snan")))
show(lambda: D(1) < D("snan"))
show(lambda: D("snan") + 1)
show(lambda: D("inf") * 0)
show(lambda: D(5) % 0)
show(lambda: D(5) // 0)
show(lambda: divmod(D(0), 0))
show(lambda: D(10 ** 40) // 3)
show(lambda: D(-2) ** D("0.5"))
show(lambda: D(0) ** 0)
show(lambda: pow(D(2), D("0.5"), 3))
show(lambda: D(-1).ln())
show(lambda: D("1e+999999") * 10)
show(lambda: round(D("inf")))
show(lambda: D("nan").__floor__())
show(lambda: D("-inf").__ceil__())
show(lambda: int(D("snan")))
show(lambda: round(D("1.2345"), "x"))
show(lambda: D("1.23").__round__(-1))
show(lambda: D("nan").as_integer_ratio())
show(lambda: D("12.5").scaleb(D("1.5")))
show(lambda: D(1.1) < 2.2)
show(lambda: D(1) == 1.0)
show(lambda: D("0.5") == Fraction(1, 2))
show(lambda: D("0.3") < Fraction(1, 3))
show(lambda: D(1) == 1 + 0j)
show(lambda: D(2) == "2")
print(hash(D("inf")), hash(D("-inf")), hash(D("1.5")) == hash(1.5), hash(D("-0.25")) == hash(Fraction(-1, 4)), hash(D(-1)), hash(D(10 ** 40)) == hash(10 ** 40))
print(copy.copy(D("1.5")), copy.deepcopy(D("-2")), D("1.5").__reduce__(), D(3).radix(), D(3).real, D(3).imag, D(3).conjugate(), complex(D("1.5")))
fs = ["", "10", "<10", "^11.2f", "+.3e", " g", "08.3", ".0f", ".0e", ".3g", "z.1f", ",.2f", "=+12,.1f", "*^15.4E", ".2%", "g", "G", "e", "n", ".1", "012,", "F"]
for v in ["0", "-0.0", "1234567.891", "-0.000012345", "1E+20", "123.456E-30", "nan", "-inf", "0.5", "9.999"]:
    print(v, [format(D(v), f) for f in fs])
show(lambda: format(D(1), "x"))
show(lambda: format(D(1), ".2q"))
show(lambda: format(D(1), "#.0f"))
show(lambda: format(D(1), "_"))
old = getcontext()
setcontext(decimal.BasicContext)
print(getcontext().prec, getcontext() is decimal.BasicContext, D(1) / D(3))
setcontext(old)
nc = Context(prec=2, traps=[decimal.Inexact])
show(lambda: nc.divide(D(1), D(3)))
show(lambda: nc.add(D("1.23"), 0))
print(repr(nc))
print(D(5).adjusted(), D("nan").adjusted(), D(0).adjusted(), D("1E5").as_tuple(), D("nan").as_tuple(), D("-inf").as_tuple(), decimal.DecimalTuple(0, (1,), 2))
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.FloatOperation, TypeError), decimal.Overflow.__mro__[1:4], decimal.MAX_PREC, decimal.MIN_ETINY)
print(sum([D("0.1")] * 10), sorted({D(1), D("1.0"), D(2)}), D(7).__floor__(), D("-7.5").__floor__(), D("7.5").__ceil__(), int(D("1e3")), int(D("-1.9e-3")), float(D("-nan")), float(D("1e400")))
