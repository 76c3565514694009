# complex numbers: literals, arithmetic, reprs, errors
z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate(), -z, +z, z * 1j, z / 2, type(z).__name__)
print(1j, -1j, 0j, complex(), complex(1), complex(1, -2), complex("1+2j"), complex(" 3j "), complex("-1.5e2-0j"), 1j ** 2)
print((1 + 2j) + (3 - 1j), (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (2 + 0j) ** 3, (1 + 1j) ** 0.5 == (1 + 1j) ** 0.5)
print(complex(0, -0.0), complex(-0.0, 0), repr(complex(float("inf"), float("nan"))), 1e300j * 1e300j)
print(1 + 2j == complex(1, 2), 1 + 0j == 1, 1j != 1, hash(1 + 0j) == hash(1), {1: "a"}[1 + 0j])
for bad in ["1+", "j1", "1 + 2j", "(1+2j", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for expr in ["1j < 2j", "abs", "int(1j)", "float(1j)", "1j // 1", "1j % 1"]:
    try:
        v = eval(expr)
        print(expr, "->", v if expr != "abs" else "ok")
    except TypeError as e:
        print(expr, type(e).__name__, e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(format(1 + 2j, ".2f"), f"{3 - 4j:>12}", format(1.5j, "e"), "%s" % (1 + 1j), str(2j), repr(-0j))
import cmath
print(cmath.sqrt(-1), cmath.phase(-1), round(abs(cmath.exp(1j * cmath.pi) + 1), 12), cmath.polar(1j), cmath.isclose(cmath.rect(1, cmath.pi / 2), 1j, abs_tol=1e-12))
print(complex(1, 2).__reduce__() if False else "", (2 + 3j).__getnewargs__())
