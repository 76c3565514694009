# complex: repr, arithmetic and pow, parsing, constructor rules, comparisons, subclass, cmath
vals = [0j, -0j, complex(-0.0, 0.0), complex(-0.0, -0.0), 1j, -1j, 1+2j, -1.5-2.5j, complex(1e16, 1), complex(1e-5, 1e22), complex(float("inf"), 0), complex(0, float("inf")),
        complex(float("nan"), 1), complex(1, float("nan")), complex(float("-inf"), float("-inf")), complex(2, -0.0), complex(1e300, 1e300), complex(5e-324, -5e-324)]
for v in vals:
    print(repr(v), str(v), abs(v), v.conjugate(), -v, +v, hash(v) == hash(complex(v.real, v.imag)), v == v, v != 0, bool(v))
for a in vals[:10]:
    out = []
    for b in vals[:10]:
        for op in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a ** b):
            try:
                out.append(op())
            except Exception as e:
                out.append(type(e).__name__)
    print(repr(a), out)
for e in [0, 1, 2, 3, -1, -2, 0.5, 100, 101, -100, 2.5, 1j, 1+1j]:
    r = []
    for base in [1+1j, 2j, -1, 0j, 0.5-0.5j, 10+0j]:
        try:
            r.append(base ** e)
        except Exception as ex:
            r.append(type(ex).__name__ + ":" + str(ex))
    print(e, r)
for s in ["1+2j", "1-2j", "-1.5e2-0j", " 3j ", "(1+2j)", " ( 1+2j ) ", "j", "-j", "+j", "1+j", "1-j", "2J", "1e5j", "inf+nanj", "-infj", "nan", "NaN-Infj", "1_0+2_0j",
          "1__0j", "1+", "j1", "1 + 2j", "(1+2j", "1+2j)", "", " ", "()", "1+2", "1+2jj", "1.5", "+1.5e-3", "１+２j", "1+2j\x00", "infj", "-infinityj", "1+nanj", ".5j", "5.j", "e5j", "1ej", "0x1j"]:
    try:
        print(repr(s), repr(complex(s)))
    except ValueError as e:
        print(repr(s), "VE", e)
for args in [(1, 2), (1.5,), (1j, 1j), (1+2j, 3+4j), (True, False), ("1", 2), (1, "2"), (None,), ([],), (1, None), (float("nan"), -0.0), (-0.0,)]:
    try:
        print(args, repr(complex(*args)))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
class C:
    def __complex__(self): return 1+5j
class Cbad:
    def __complex__(self): return 5
class Fl:
    def __float__(self): return 2.5
class Ix:
    def __index__(self): return 4
print(complex(C()), complex(Fl()), complex(Ix()), complex(Fl(), Ix()), complex(real=1, imag=2), complex(imag=3))
try:
    complex(Cbad())
except TypeError as e:
    print(e)
print(1 + 0j == 1, 1j == 1, 1 + 0j == 1.0, (1+0j) == True, 2**60 + 0j == 2**60, complex(2**53 + 1) == 2**53 + 1, {1: "a"}[1 + 0j], hash(1.5+0j) == hash(1.5), hash(2j))
for expr in ["1j < 2j", "1j > 1", "1j // 1", "1j % 1", "divmod(1j, 1)", "int(1j)", "float(1j)", "round(1j)", "abs(complex(1e308, 1e308))", "1j / 0", "1j / 0j", "0j ** -1", "0j ** 1j", "pow(1j, 2, 3)", "math.floor(1j)"]:
    import math
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print((1+2j).real, (1+2j).imag, (1+2j).__getnewargs__(), complex.__name__, type(1j).__name__, (3+4j).__complex__() if hasattr(1j, "__complex__") else "")
print("%s %r %5s|" % (1+1j, 2j, 1j), f"{1+2j!r:>12}", str(complex(1, -0.0)), 1e300j * 1e300j, (1e200 + 1e200j) * (1e200 + 1e200j), complex(1e308, 1e308) * 2)
print(complex(float("inf"), 0) / complex(1, 1), complex(1, 1) / complex(float("inf"), 0), complex(float("nan"), 0) / 2, complex(1, 2) / complex(0, float("inf")))
class Z(complex):
    pass
z = Z(1, 2)
print(type(z), z, z + 1, type(z + 1), repr(z), z.real, z == 1+2j, isinstance(z, complex), complex(z), type(complex(z)))
z.x = 5
print(z.x)
import cmath
for f in [cmath.sqrt, cmath.exp, cmath.log, cmath.log10, cmath.sin, cmath.cos, cmath.tan, cmath.asin, cmath.acos, cmath.atan, cmath.sinh, cmath.cosh, cmath.tanh, cmath.asinh, cmath.acosh, cmath.atanh]:
    r = []
    for v in [1, -1, 2j, 1+1j, -2.5+0.5j, 0.5, 1e-320+1e-320j, 3]:
        try:
            r.append(f(v))
        except (ValueError, OverflowError) as e:
            r.append(type(e).__name__)
    print(f.__name__, r)
print(cmath.phase(-1), cmath.phase(-1-0j), cmath.phase(complex(-1, -0.0)), cmath.polar(1j), cmath.polar(-3), cmath.rect(2, 0), cmath.rect(1, cmath.pi), cmath.log(8, 2), cmath.log(1j, 1j))
for f, v in [(cmath.log, 0), (cmath.atanh, 1), (cmath.exp, 1000), (cmath.sqrt, "x")]:
    try:
        print(f(v))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isnan(complex(1, float("nan"))), cmath.isinf(cmath.infj), cmath.isfinite(1j), cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
