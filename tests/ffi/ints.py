# hand-checked: ffi is Ay's own module (CPython has ctypes instead); the
# script checks its own results against Python's and prints booleans.
# Integers of each C width, both ways: Ay -> C (libc functions, and a C call
# into an Ay callback) and C -> Ay (return values), with range checks.
import ffi
import struct
import sys

libc = ffi.open(None)

# sizes agree with the struct module's native sizes
native = {"char": "b", "uchar": "B", "short": "h", "ushort": "H", "int": "i", "uint": "I",
          "long": "l", "ulong": "L", "longlong": "q", "ulonglong": "Q", "size_t": "N",
          "ssize_t": "n", "pointer": "P", "bool": "?"}
print("native sizes:", all(ffi.sizeof(t) == struct.calcsize(c) for t, c in native.items()))
print("fixed sizes:", [ffi.sizeof(f"int{n}") for n in (8, 16, 32, 64)],
      [ffi.sizeof(f"uint{n}") for n in (8, 16, 32, 64)])

# libc functions on int, long, long long
abs_ = libc.func("abs", "int", ["int"])
labs = libc.func("labs", "long", ["long"])
llabs = libc.func("llabs", "longlong", ["longlong"])
print("abs:", abs_(-7), abs_(7), abs_(-2**31 + 1))
print("labs:", labs(-2**40), llabs(-(2**63 - 1)) == 2**63 - 1)
ffs = libc.func("ffs", "int", ["int"])
ffsll = libc.func("ffsll", "int", ["longlong"])
print("ffs:", ffs(0), ffs(8), ffsll(1 << 40))

# unsigned widths: htons/htonl swap bytes on little-endian machines
htons = libc.func("htons", "uint16", ["uint16"])
htonl = libc.func("htonl", "uint32", ["uint32"])
def network_order(n, size):
    return int.from_bytes(n.to_bytes(size, "big"), sys.byteorder)
print("htons:", htons(0x1234) == network_order(0x1234, 2), htons(0xFFFE) == network_order(0xFFFE, 2))
print("htonl:", htonl(0x12345678) == network_order(0x12345678, 4), htonl(2**32 - 1) == 2**32 - 1)

# 64-bit values from text, signed and unsigned
strtoll = libc.func("strtoll", "int64", ["char*", "pointer", "int"])
strtoull = libc.func("strtoull", "uint64", ["char*", "pointer", "int"])
print("strtoll:", strtoll(b"-9223372036854775808", None, 10) == -2**63, strtoll(b"ff", None, 16))
print("strtoull:", strtoull(b"18446744073709551615", None, 10) == 2**64 - 1)

# every width through a C call into an Ay function and back: the values at
# the edges of each range arrive and return unchanged
def identity(x):
    return x
widths = [("int8", 8, True), ("uint8", 8, False), ("int16", 16, True), ("uint16", 16, False),
          ("int32", 32, True), ("uint32", 32, False), ("int64", 64, True), ("uint64", 64, False),
          ("char", 8, True), ("uchar", 8, False), ("short", 16, True), ("ushort", 16, False)]
for name, bits, signed in widths:
    lo, hi = (-2 ** (bits - 1), 2 ** (bits - 1) - 1) if signed else (0, 2 ** bits - 1)
    call = ffi.func(ffi.callback(identity, name, [name]), name, [name])
    same = [call(v) == v for v in (lo, hi, 0, 1)]
    errors = []
    for bad in (lo - 1, hi + 1):
        try:
            call(bad)
        except OverflowError:
            errors.append("OverflowError")
    print(f"{name:9} {lo} .. {hi}: round trip {all(same)}, outside: {errors}")

# a callback adding two different widths returns a third
def add(a, b):
    return a + b
add_c = ffi.func(ffi.callback(add, "int64", ["int8", "uint32"]), "int64", ["int8", "uint32"])
print("int8 + uint32:", add_c(-100, 4000000000))

# bool: any object's truth value goes in, True/False comes out
truth = ffi.func(ffi.callback(identity, "bool", ["bool"]), "bool", ["bool"])
print("bool:", truth(1), truth(0), truth([]), truth("x"))

# ints are not floats or strings
for value in (1.5, "3", None):
    try:
        abs_(value)
    except TypeError as e:
        print("TypeError:", e)
