# to_bytes / from_bytes, bit_length, misc int methods
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((0).to_bytes(0, "big"), (255).to_bytes(1, "big"), (255).to_bytes(), (5).to_bytes(3))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x01"))
print(int.from_bytes(bytearray(b"\x80\x00"), "big", signed=True))
for args in [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True), (-129, 1, "big", True)]:
    n, length, order, signed = args
    try:
        print(n.to_bytes(length, order, signed=signed))
    except OverflowError as e:
        print(n, type(e).__name__, e)
try:
    (1).to_bytes(2, "middle")
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print(type(e).__name__, e)
x = 2 ** 100 + 12345
b = x.to_bytes(16, "big")
print(b, int.from_bytes(b, "big") == x)
print(x.to_bytes(16, "little").hex())
print((37).as_integer_ratio(), (-5).as_integer_ratio())
print((10).is_integer() if hasattr(int, "is_integer") else "n/a")
print(int.__doc__ is not None, bool.__mro__)
print(isinstance(True, int), issubclass(bool, int), True == 1, False == 0)
print(True + 0.5, True * 3.0, str(True), repr(False), int(True), float(False))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(True and 5, False or "x", not 0, not 1)
print(sum([True, True, False, True]), max(False, True), sorted([True, False, True]))
print(bool.__name__, type(True).__name__, True.__class__ is bool)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(hash(True), hash(False), {True: "a", 1: "b", 1.0: "c"})
