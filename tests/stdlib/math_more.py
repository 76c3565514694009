# math: every function over special values, integer functions, fsum/prod/hypot/dist/sumprod, errors
import math
args = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 10.0, 1e-300, 1e300, 710.0, -710.0, float("inf"), float("-inf"), float("nan"), 3, -3, 10**400, True]
names = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
         "fabs", "floor", "ceil", "trunc", "degrees", "radians", "erf", "erfc", "cbrt", "isfinite", "isinf", "isnan", "frexp", "modf", "ulp", "factorial", "isqrt"]
for n in names:
    f = getattr(math, n)
    out = []
    for a in args:
        try:
            out.append(f(a))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(n, out)
two = [(0.0, 0.0), (1.0, 0.0), (-1.0, -0.0), (2.0, 10.0), (2.0, 1024.0), (-2.0, 0.5), (0.0, -1.0), (-0.0, -3.0), (float("inf"), 2.0), (2.0, float("inf")), (0.5, float("-inf")),
       (float("nan"), 0.0), (1.0, float("nan")), (7.0, 3.0), (-7.0, 3.0), (7.0, -3.0), (5.5, 0.0), (float("inf"), 1.0), (3, 2), (10**400, 2), (1e-320, 1e-320)]
for n in ["pow", "atan2", "copysign", "fmod", "remainder", "hypot", "log", "ldexp", "nextafter", "isclose", "gcd", "lcm", "comb", "perm", "dist"]:
    f = getattr(math, n)
    out = []
    for a, b in two:
        try:
            if n == "ldexp":
                out.append(f(a, int(b) if math.isfinite(b) else b))
            elif n in ("gcd", "lcm", "comb", "perm"):
                out.append(f(int(a) if math.isfinite(a) else a, int(b) if math.isfinite(b) else b))
            elif n == "dist":
                out.append(f((a, b), (b, a)))
            else:
                out.append(f(a, b))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(n, out)
print(math.gcd(), math.gcd(-12), math.gcd(12, -18, 30), math.lcm(), math.lcm(-4), math.lcm(4, 6, 0), math.gcd(2**100, 2**80 * 3), math.lcm(2**64, 3))
print(math.comb(10, 0), math.comb(10, 10), math.comb(10, 11), math.comb(100, 50), math.perm(10), math.perm(10, 3), math.perm(3, 5), math.comb(2**70, 2), math.perm(2**70, 2))
for args in [(-1, 2), (5, -1), (1.5, 2), (5, 2.0)]:
    for f in (math.comb, math.perm):
        try:
            print(f(*args))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
print(math.factorial(0), math.factorial(30), math.isqrt(2**200 + 5), math.isqrt(99), math.isqrt(True))
for f, a in [(math.factorial, -5), (math.factorial, 2.0), (math.factorial, 10**30), (math.isqrt, -1), (math.isqrt, 2.5), (math.gcd, 1.5), (math.floor, "x"), (math.trunc, "x"), (math.ceil, None)]:
    try:
        print(f(a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(range(10)), math.fsum([2.0**53, -0.5, -2.0**-54]))
for data in [[float("inf"), 1], [float("inf"), float("-inf")], [float("nan"), 1], [1e308, 1e308], [1e308, 1e308, -1e308], ["a"]]:
    try:
        print(math.fsum(data))
    except Exception as e:
        print(type(e).__name__, e)
print(math.prod([]), math.prod([2, 3.5]), math.prod(range(1, 21)), math.prod([2] * 70), math.prod([1.5, 2], start=2), math.prod(["a", 3], start=1) if False else "", math.prod([[1]], start=2))
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5), math.hypot(1e-320, 1e-320), math.hypot(1e300, 1e300), math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1))
print(math.dist([1, 2, 3], [4, 5, 6]), math.dist((1.5,), (-2.5,)), math.dist((), ()))
for a, b in [((1, 2), (1,)), ([1], "a"), ("ab", (1, 2))]:
    try:
        print(math.dist(a, b))
    except Exception as e:
        print(type(e).__name__, e)
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1 + 1e-8), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(float("inf"), float("inf")), math.isclose(float("nan"), float("nan")))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
print(math.nextafter(1.0, 2.0, steps=3), math.nextafter(0.0, -1.0), math.nextafter(0.0, 1.0, steps=0), math.nextafter(-0.0, 1.0, steps=2), math.nextafter(1.0, -1.0, steps=10**30), math.nextafter(5e-324, -1, steps=3))
print(math.ulp(1.0), math.ulp(1e300), math.ulp(5e-324), math.ulp(-2.0), math.ulp(1.7976931348623157e308))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000, 2), math.log(10**500), math.log10(10**500), math.log2(2**3000), math.log(1, 1) if False else "")
for a in [(1, 1), (0, 2), (2, 0), (2, 1), (-2,), (0,), (10**500, -1)]:
    try:
        print(math.log(*a))
    except Exception as e:
        print(a, type(e).__name__, e)
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([1.5, 2.5], [2, 4]), math.sumprod([], []), math.sumprod([10**20], [10**20]))
try:
    math.sumprod([1], [1, 2])
except ValueError as e:
    print(e)
print(math.pi, math.e, math.tau, math.inf, math.nan, type(math.floor(2.5)), math.floor(True), math.ceil(2**100), math.trunc(-2.7), math.floor(-0.0))
class Fl:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
    def __float__(self): return 2.5
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.sqrt(Fl()), math.copysign(1, -0.0), math.copysign(2, float("-nan")) if False else "")
for bad in [(math.sqrt,), (math.pow, 1), (math.atan2, 1), (math.log,), (math.ldexp, 1.0, 1.5), (math.hypot, "a")]:
    try:
        bad[0](*bad[1:])
    except TypeError as e:
        print(type(e).__name__, e)
print([round(v, 12) for v in (math.gamma(0.5), math.gamma(5), math.lgamma(0.5), math.lgamma(100), math.gamma(-1.5), math.lgamma(-1.5), math.erf(0.5), math.erfc(0.5))], math.gamma(1e-30), math.lgamma(1e300))
for v in [171.7, -2.0, 0.0, -0.0, float("-inf")]:
    for f in (math.gamma, math.lgamma):
        try:
            print(v, round(f(v), 9))
        except Exception as e:
            print(v, f.__name__, type(e).__name__, e)
