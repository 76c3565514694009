# float(): parsing, round() with ndigits, hex/fromhex, // % divmod ** special values, nan identity

texts = ["1", "-1.5", " 2.5 ", "\t3\n", "1_000.5", "1__0", "_1", "1_", "1._5", "1_.5", "1e1_0", "1e_10", ".5", "5.", ".", "e5", "1e", "1e+", "1e-3", "+.5e+2",
         "inf", "-inf", "+INF", "Infinity", "-iNfInItY", "infinit", "nan", "-nan", "+NaN", "nan(1)", "0x10", "1,5", "", " ", "１.５", "\u00a01.5\u2003", "1.5\x00",
         "1" * 400, "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "0.1e1", "00.5", "1_2_3.4_5e6_7" if False else "1_2_3.4_5e6"]
for t in texts:
    try:
        print(repr(t)[:30], repr(float(t)))
    except ValueError as e:
        print(repr(t)[:30], "VE", str(e)[:80])
for v in [None, [1.0], "x", b"1.5", bytearray(b" 2 "), b"x"]:
    try:
        print(float(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class F1:
    def __float__(self): return 1.5
class F2:
    def __float__(self): return "x"
class F3:
    def __index__(self): return 3
print(float(F1()), float(F3()))
try:
    float(F2())
except TypeError as e:
    print(e)
vals = [0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 123.456, -123.456, 1e20, 1e-20, 5e-324, 1.7976931348623157e308, 12345.5, 0.05, 0.15, 0.25, 0.35, 1e16 + 2, 4.35, 1/3]
for nd in [None, 0, 1, 2, 3, -1, -2, -3, 5, 15, 20, 300, 400, -300, -400, 10**30, -10**30]:
    out = []
    for v in vals:
        try:
            out.append(round(v, nd) if nd is not None else round(v))
        except Exception as e:
            out.append(type(e).__name__)
    print(nd, out)
for v in [float("inf"), float("nan"), -float("inf")]:
    for nd in (None, 0, 2):
        try:
            print(round(v, nd))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(e)
for v in (1.5e308, 1e308):
    try:
        print(round(v, -308))
    except OverflowError as e:
        print(type(e).__name__, e)
print(round(-0.4), round(0.4999999999999999), round(2.5, 0), round(-0.0, 2))
for v in [1.0, 0.1, -2.5, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1/3, float("inf"), float("-inf"), float("nan"), 3.0e-310]:
    print(v.hex(), float.fromhex(v.hex()) == v or v != v)
for t in ["0x1.8p1", "-0x1p-2", "0x.8", "inf", "-Infinity", "nan", " 0X1P+3 ", "1p4", "0x1.fffffffffffff8p1023", "0x1p1024", "0x1p-1075", "0x1p-1074", "0x3p-1076", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "zz", "0x", "0x.p1", "0x1p", "0x1p+", "1.2.3", "0x1g", "", "+-0x1", "0x1p99999999999999999", "0x1p-99999999999999", "0x0p999999", "0x1_0"]:
    try:
        print(repr(t), repr(float.fromhex(t)))
    except (ValueError, OverflowError) as e:
        print(repr(t), type(e).__name__, e)
for a in [7.5, -7.5, 0.5, -0.0, 0.0, 1e300, -1e-300, float("inf"), float("nan"), 3, -3]:
    for b in [2.0, -2.0, 0.75, float("inf"), -float("inf"), 1e-300, 3, -3]:
        r = []
        for op in (lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a ** b, lambda: b ** a, lambda: a / b):
            try:
                r.append(op())
            except Exception as e:
                r.append(type(e).__name__)
        print(a, b, r)
for x, y in [(0.0, -1), (0.0, -1.5), (-0.0, -1), (-8.0, 1/3), (-8.0, 2.0), (-1.0, float("inf")), (-1.0, 0.5), (2.0, 1024), (-2.0, 1025), (10.0, -400), (float("nan"), 0), (1.0, float("nan")), (-0.0, 3), (-0.0, 2), (float("-inf"), 3), (float("-inf"), -3), (float("-inf"), 2.5)]:
    try:
        print(x, y, x ** y)
    except Exception as e:
        print(x, y, type(e).__name__, e, getattr(e, "args", None))
print((3.0).is_integer(), (-0.0).is_integer(), float("nan").is_integer(), (1e300).as_integer_ratio()[1], (5e-324).as_integer_ratio()[1].bit_length())
for bad in ["inf", "nan"]:
    try:
        float(bad).as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float.__getformat__("double"), (2.5).conjugate(), (2.5).real, (2.5).imag, (2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (2.5).__round__(0))
print(1.5.__add__(1), (1.5).__radd__(1), (1.5).__rsub__(1), (1.5).__rtruediv__(3), (1.5).__rfloordiv__(4), (1.5).__rmod__(4), (1.5).__rpow__(2), (1.5).__divmod__(0.4), (1.5).__rdivmod__(4))
print((1.5).__add__("x"), (1.5).__eq__(1), (1.5).__lt__(2), (1.5).__eq__("x"), float.__pow__(2.0, 3), (2.0).__pow__(3, None))
nan = float("nan")
d = {nan: 1}
print(d[nan], float("nan") in d, nan is nan, float("nan") is float("nan"), [nan] == [nan], nan in [nan], nan == nan)

