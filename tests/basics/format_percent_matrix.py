# printf-style str % formatting: conversions x flags x width x precision, argument handling and errors
vals = [0, 1, -1, 42, -42, 255, 10**20, -10**20, True, 3.7, -3.7, 0.0, -0.0, 1e300, float('inf'), float('nan'), 1.5e-7]
convs = "diuoxXeEfFgGcsra"
flagsets = ["", "-", "+", " 0", "#0", "-#"]
widths = ["", "8"]
precs = ["", ".0", ".12"]
for c in convs:
    for fl in flagsets:
        for w in widths:
            for p in precs:
                fmt = "%" + fl + w + p + c
                out = []
                for v in vals:
                    try:
                        out.append(fmt % (v,))
                    except Exception as e:
                        out.append(type(e).__name__ + ":" + str(e))
                print(fmt, out)
for fmt, args in [("%s", ()), ("%s %s", (1,)), ("%s", (1, 2)), ("%d", "x"), ("%(a)s", (1,)), ("%(a)s", {"a": [1]}), ("%(a)s %(b)d", {"a": 1, "b": 2}),
                  ("%*d", (5, 3)), ("%-*d|", (5, 3)), ("%*d", (-5, 3)), ("%.*f", (2, 3.14159)), ("%*.*f", (8, 2, 3.14159)), ("%*d", ("x", 3)),
                  ("%c", 65), ("%c", "é"), ("%c", "ab"), ("%c", 0x110000), ("%c", -1), ("%c", 3.0), ("%5c|%-5c", ("a", "b")),
                  ("%", ()), ("abc%", ()), ("%5", (1,)), ("%(a", {"a": 1}), ("%(a)", {"a": 1}), ("%z", 1), ("%\u00e9", 1), ("%lld", 5), ("%hd %Ld", (1, 2)),
                  ("%s", [1, 2]), ("%s %s", [1, 2]), ("x", 5), ("x", [5]), ("x", {}), ("x", ()), ("x", "s"), ("%%%s%%", 1), ("%5%", ()), ("%-5%|", ()),
                  ("%x", 1.5), ("%o", "s"), ("%d", 1j), ("%f", "s"), ("%f", 1j), ("%d", None), ("%e", None), ("%i", 2.999), ("%X", -255), ("%#X", 255),
                  ("%.3s", "abcdef"), ("%.0s|", "abc"), ("%5.1s|", "xyz"), ("%r", "é"), ("%a", "é"), ("%-6s|%6s", ("ab", "cd")), ("%(x)s %(x)r", {"x": "q"}),
                  ("%.2f %.2f %.2f", (0.125, 0.375, 2.675)), ("%.0f %.0f %.0f", (0.5, 1.5, 2.5)), ("%.20f", (0.1,)), ("%.50e", (1/3,)), ("%g %g %g %g", (1e-5, 1e-4, 123456, 1234567)),
                  ("%#g %#.3g %#x %#o", (1.0, 2.0, 0, 0)), ("%+.1e", -0.000123), ("%010.3f|%-010.3f|", (-3.14159, -3.14159)), ("%s" , (None,))]:
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
class I:
    def __index__(self): return 7
class N:
    def __int__(self): return 8
class F:
    def __float__(self): return 2.5
for v in (I(), N(), F()):
    for c in "dxoefc":
        try:
            print(c, ("%" + c) % v)
        except Exception as e:
            print(c, type(e).__name__, e)
