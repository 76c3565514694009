# int arithmetic: floor division, modulo, divmod, signs
for a in (7, -7, 0, 1, -1, 13, -13):
    for b in (2, -2, 3, -3, 7):
        print(a, b, a // b, a % b, divmod(a, b), a * b, a - b, a + b)
print(7 // -2, -7 % 3, divmod(-7, 2))
print(-(2**64) // 3, -(2**64) % 3, divmod(2**100, -7))
print(10 / 4, 10 / 5, -10 / 4, 1 / 3)
print(type(10 / 5).__name__, type(10 // 5).__name__)
print(abs(-5), abs(5), abs(0), -(-5), +(-5))
print(0 * -1, -0, 5 - 5)
for expr in ("1 // 0", "1 % 0", "divmod(1, 0)", "1 / 0", "0 // 0", "(2**70) // 0", "(2**70) % 0"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__, e)
# precedence
print(2 + 3 * 4, (2 + 3) * 4, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(-3 // 2 * 2, 17 % 5 * 3, 10 - 3 - 2, 100 // 10 // 3)
# int()/float conversions via arithmetic
print(3 + True, True + True, True * 10, False - 1, -True, ~True, ~False)
print(True // 2, True / 2, True % 2, divmod(True, True))
x = 5
x += 3; print(x)
x -= 10; print(x)
x *= -4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 0x100; print(x)
x &= 0xF0F; print(x)
x ^= 0xFF; print(x)
print(int(3.9), int(-3.9), int(True), int("  42  "), int("-0"), int(" +7\n"))
print(round(7), round(-7), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(1250, -2))
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print(max(3, 1, 2), min(3, 1, 2), sum([1, 2, 3]), sum(range(101)))
print((-5).__abs__(), (5).__neg__(), (5).__add__(3), (5).__radd__(3), (5).__rsub__(3))
print((5).__add__(1.0), (5).__truediv__(0) if False else "skip")
print(int.__add__(2, 3), int.__mul__(4, 5))
