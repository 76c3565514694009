# int arithmetic across the small/big boundary, hashing, to_bytes/from_bytes, subclasses, dunders, pow, true division rounding
vals = [0, 1, -1, 2, -3, 7, 2**49-1, 2**49, -2**49, -2**49-1, 2**62, 2**63, -2**63, 2**64-1, 2**100+7, -(2**100)-7, 12345678901234567890]
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a // b, lambda a, b: a % b, lambda a, b: divmod(a, b),
       lambda a, b: a / b, lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b, lambda a, b: a < b, lambda a, b: a == b,
       lambda a, b: a << (b % 70) if b >= 0 else a >> -b % 70, lambda a, b: a >> (abs(b) % 130), lambda a, b: pow(a, abs(b) % 5), lambda a, b: pow(a, b, 97) if b >= 0 else pow(a, b % 4, 1000)]
for i, op in enumerate(ops):
    out = []
    for a in vals:
        for b in vals:
            try:
                out.append(op(a, b))
            except Exception as e:
                out.append(type(e).__name__)
    print(i, out)
for v in vals:
    print(v, -v, ~v, abs(v), v.bit_length(), v.bit_count(), hash(v), hash(-v), float(v) if abs(v) < 2**1000 else 0, v.__round__(-2), round(v, -5), round(v, 3), v.as_integer_ratio(), v.is_integer())
print(hash(-1), hash(-2), hash(2**61-1), hash(2**61), hash(2**61-2), hash(-(2**61-1)), hash(2**64), hash(-2**64), hash(10**30), hash(-10**30))
print(hash(0.5), hash(-0.5), hash(1e300), hash(1.5e-300), hash(float(2**61)), hash(float("inf")), hash(float("-inf")), hash(-1.0), hash(2.0**61-1))
for n, length, order, signed in [(0, 0, "big", False), (0, 0, "big", True), (-1, 0, "big", True), (1, 0, "big", False), (255, 1, "big", False), (256, 1, "big", False),
                                 (127, 1, "big", True), (128, 1, "big", True), (-128, 1, "big", True), (-129, 1, "big", True), (-1, 1, "little", True),
                                 (2**63, 8, "little", False), (2**63, 8, "little", True), (-2**63, 8, "little", True), (-2**63 - 1, 8, "big", True), (2**64 - 1, 8, "big", False),
                                 (2**64, 8, "big", False), (-1, 8, "big", False), (2**100, 13, "big", False), (2**100, 13, "big", True), (-2**103, 13, "big", True), (-2**103-1, 13, "big", True), (1, 3, "little", True)]:
    try:
        b = n.to_bytes(length, order, signed=signed)
        print(n, b, int.from_bytes(b, order, signed=signed) == n)
    except OverflowError as e:
        print(n, length, signed, type(e).__name__, e)
print(int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(b"\x80\x00", "little", signed=True), int.from_bytes([255, 1]), int.from_bytes((1, 2), "little"))
for bad in ["abc", 5, [256], [-1], ["x"], None]:
    try:
        int.from_bytes(bad, "big")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [("middle",)]:
    try:
        (1).to_bytes(2, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class I(int): pass
x = I(7)
print(type(x), x + 1, type(x + 1), repr(x), str(x), x == 7, hash(x) == hash(7), I.from_bytes(b"\x01") , type(I.from_bytes(b"\x01")), -x, abs(I(-3)), int(x), type(int(x)))
x.attr = 5
print(x.attr, x.__dict__, I(2**100) * 2, isinstance(x, int), f"{x:>5}", format(x, ""), round(I(15), -1))
class J(int):
    def __str__(self): return "J!"
print(format(J(3), ""), f"{J(3)}", f"{J(3):d}", "%d %s" % (J(3), J(3)))
print(True + True, True * 3.5, -True, ~True, True << 3, True & 3, True | False, True ^ True, type(True & True), type(True & 1), bool(0) is False)
print((5).__radd__(2), (5).__rsub__(2), (5).__rtruediv__(2), (5).__rpow__(2), int.__pow__(2, 10, 7), (2).__pow__(-1), (5).__divmod__(3), (5).__rdivmod__(17), (7).__rlshift__(1))
print(int.__add__(2, 3), int.__mul__(4, 5), (5).__add__(1.0), (5).__truediv__(2), (5).__floordiv__(2), (-5).__mod__(3), (5).__and__(True), (5).__lt__(6), (5).__eq__(5.0))
print(pow(2, -1, 7), pow(3, 4, -5), pow(-3, 3, 5), pow(0, 0, 1), pow(5, 0, 1))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (1j, 2, 3), ("a", 2, 3)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(2 ** -2, (-2) ** -3, 0 ** 0, (-8) ** (1/3) if False else "", 10 ** 20, (-2) ** 63, 7 ** 0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
print(10**300 / 10**299, 2**1100 // 3 % 1000, (2**1100) / (2**1099), 1 / 3**700, -(10**400) // 7 % 13, 10**400 / 3**800)
try:
    print(10**400 / 3)
except OverflowError as e:
    print(e)
for a, b in [(1, 10**400), (10**400, 10**400 + 1), (2**1074, 2**2148), (1, 2**1075), (3, 2**1076), (2**53 + 1, 1), (2**54 + 3, 2), (-(2**60) - 1, 3)]:
    print(a / b, -a / b)
