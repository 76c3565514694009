# float repr: shortest round-trip representation
vals = [0.1, 0.2, 0.1 + 0.2, 0.3, 1.0, -1.0, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001,
        1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -0.0, 0.0,
        float("inf"), float("-inf"), float("nan"), 1/3, 2/3, 10/3, 100.0, 1234.5678, 3.14159,
        1.5, 2.5, 1e100, 1.23e-10, 9007199254740993.0, 0.5, 0.25, 0.125, 1e-7, 1.0000000000000002,
        4.35, 2.675, 1.1 * 1.1, 123.456e5, 1e300 * 1e10, -1e300 * 1e10, 100.0 / 3, 7e-05, 12345678.9]
for v in vals:
    print(repr(v), str(v))
print(1e16 == 10 ** 16, float(10 ** 16), float(2 ** 53 + 1), float(-(2 ** 63)))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 0.5 + 0.25 == 0.75)
print([0.1, -0.0, 1e-10], (1.5,), {"x": 2.0})
print(float("1e500"), float("-1e500"), float("1e-500"))
print(1.0.hex() if False else "", 3.0 * 1.1, 0.1 * 3, 1 - 0.9, 100 * 1.1)
print(float(1), float(-7), float(True), float("3"), float(" 1.5 "), float("\n-2.5e3\t"))
print(float("inf"), float("+inf"), float("-Infinity"), float("INF"), float("nan"), float("-NaN"))
print(float("1_000.5"), float("0x10") if False else "", float(".5"), float("5."), float("1e3"), float("1E-3"))
for s in ("", "abc", "1.5.5", "1e", "0x10", "1__0", "_1", "inf inf", "1,5"):
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
for v in (None, [1.0]):
    try:
        float(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(-0.0 == 0.0, str(-0.0), repr(0.0 * -1), 0.0 * -1 == 0)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], nan in [nan])
inf = float("inf")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, inf == inf, 1 / inf, -1 / inf)
print(float.__name__, type(1.5).__name__, isinstance(1.5, float), (2.5).real, (2.5).imag)
print(1.5e300 * 1.5e300, -1.5e300 * 1.5e300, 1e-320 / 1e10)
