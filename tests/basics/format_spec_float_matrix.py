# format() mini-language for floats, complex and str: types, precision, grouping, zero padding, z, errors
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 3.14159265358979, -2.718281828, 1e16, 1e15, 123456789.123, 1e-5, 1e-4, 9.999999e-5, 1e22, 1e23,
        5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 0.1, 100.0, 1234.5, 0.000123456, 99.995, 0.125, 1e100, 12345.6789e10, 2**53+0.0]
specs = ["", "f", ".0f", ".1f", ".2f", ".10f", "#.0f", "e", ".0e", "#.0e", ".3e", "E", "g", ".0g", ".1g", ".2g", ".3g", ".10g", ".17g", "#g", "#.3g", "G", "#G",
         "%", ".0%", ".2%", "n", ".3n", "r" if False else "", ".1", ".2", ".5", ".17", "#", "#.1", "#.3", "10", "<12", "^12", "=12", "+", " ", "+.2f", " .2e",
         "010.2f", "012,.2f", ",", "_", ",.3f", "_.1e", "015,", "020_.3f", "z", "z.1f", "z.0f", "z.2e", "z.3g", "z%", "z.1", "+z.1f", "x^15.3f", "0<10", "-010.1f", "15,.2%", "012"]
for s in specs:
    out = []
    for v in vals:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(s), out)
for s in ["d", "x", "c", "b", "s", ".2d", ",n", "_n", "#c", "=5s", "..", ".f", "1.2.3"]:
    try:
        print(repr(s), format(1.5, s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for v in [1+2j, -1-2j, 0j, -0j, complex(-0.0, -0.0), 1j, -1j, complex(1e16, 1e-5), complex(float('nan'), float('inf')), 1.5+0j, complex(0, -0.0), 3-4.5j]:
    out = []
    for s in ["", ".2f", "f", "e", ".3g", "g", "G", "n", ">20", "<20", "^20", "*^20", "+", " ", ".1", ".0", "#", "#.2", "z.1f", ",", "_.2f", "+.3e", "20.2f", "E", "F"]:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
for s in ["05", "=10", "d", "%", "x", "010.2f", "0>10", "c"]:
    try:
        print(repr(s), format(1+2j, s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for v in ["abc", "", "é日本", "x"*10]:
    out = []
    for s in ["", "s", "5", "<5", ">5", "^5", "*^7", ".2", "10.1", "05", "0>5", "é^8", ".0"]:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
for s in ["d", "+", " ", "#", "=5", ",", "_", "z", "x", ".2f", "c"]:
    try:
        print(repr(s), format("ab", s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
