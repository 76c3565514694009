# math: exact results or rounded floats
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 20), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm())
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, -3), math.remainder(7, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.pow(2, 10), math.exp(0), math.log(1), math.log(8, 2), math.log2(1024), math.log10(1000), math.log1p(0), math.expm1(0))
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi), 10), round(math.tan(math.pi / 4), 10), math.degrees(math.pi), math.radians(180))
print(round(math.asin(1), 10), round(math.acos(0), 10), round(math.atan(1), 10), round(math.atan2(1, -1), 10), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2], start=5))
print(round(math.sinh(1), 10), round(math.cosh(0), 10), round(math.tanh(0), 10), round(math.gamma(5), 10), round(math.lgamma(1), 10), round(math.erf(0), 10))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.floor(1e300) == int(1e300))
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1)]:
    try:
        fn(arg)
    except ValueError as e:
        print(fn.__name__, type(e).__name__, e)
for fn, arg in [(math.exp, 1000), (math.factorial, 1.5)]:
    try:
        fn(arg)
    except (OverflowError, TypeError, ValueError) as e:
        print(fn.__name__, type(e).__name__, e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.floor(math.nan)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.sqrt("4")
except TypeError as e:
    print(type(e).__name__, e)
print(math.isqrt(0), math.comb(5, 10), math.floor(-0.0), math.copysign(1, -0.0), math.trunc(1e20))
