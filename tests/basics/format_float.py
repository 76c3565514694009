# format mini-language for floats
vals = [3.14159265, -2.5, 0.0, -0.0, 1e10, 1.5e-7, 123456.789, float("inf"), float("-inf"), float("nan"), 0.5, 100.0]
for spec in ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "#g", "G", "%", ".1%", "10.2f", "<10.1f",
             "^12.3e", "+.2f", " .2f", "010.2f", "012,.2f", "_.3f", ",", ".1", ".10g", "n", "z.1f", ".2F"]:
    print(repr(spec), [format(v, spec) for v in vals])
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1e16:.0f} {1e-20:.3g} {123.0:g} {1e6:g} {1e-5:g}")
print(f"{1234567.891:,.2f} {1234567.891:_.1f} {-0.0001:.2f} {-0.0001:z.2f} {1/3:.20f}")
print(format(1e100, "f")[:30], format(1e22, ".0f"), format(2 ** 0.5, ".15g"), format(5e-324, ".5e"))
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "#c")
except ValueError as e:
    print(type(e).__name__, e)
print(format(3, ".2f"), format(3, "e"), format(3, "%"), format(True, ".1f"), format(10**20, "e"))
print("{:.2}".format(3.14159), "{:.3}".format(0.0001234), "{}".format(1e16), "{}".format(1.0))
print(str(1e16), str(1e-5), format(1e16, ""), format(1e-5, ""), format(12.0, "r") if False else "")
