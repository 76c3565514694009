# hand-checked: ffi is Ay's own module (CPython has ctypes instead); the
# script checks its own results against the math module and prints them.
# double and float arguments and results (libm), ints accepted as floats,
# float's single precision, and doubles through an Ay callback.
import ffi
import math
import struct

libm = ffi.open("libm.so.6")
sqrt = libm.func("sqrt", "double", ["double"])
pow_ = libm.func("pow", "double", ["double", "double"])
ldexp = libm.func("ldexp", "double", ["double", "int"])
print("sqrt:", sqrt(2.0) == math.sqrt(2.0), sqrt(16))
print("pow:", pow_(2, 0.5) == 2 ** 0.5, pow_(10, -2))
print("ldexp:", ldexp(0.75, 4), ldexp(1, -1074) == 5e-324)
print("inf, nan:", sqrt(math.inf), math.isnan(sqrt(-1.0)))

# float is single precision: results are rounded as C rounds them
sqrtf = libm.func("sqrtf", "float", ["float"])
fabsf = libm.func("fabsf", "float", ["float"])
def single(x):
    return struct.unpack("f", struct.pack("f", x))[0]
print("sqrtf:", sqrtf(2.0) == single(math.sqrt(2.0)), sqrtf(2.0) != math.sqrt(2.0))
print("fabsf:", fabsf(-0.1) == single(0.1), fabsf(-2.5))

# doubles and floats mixed with ints through a C call into Ay
def weighted(a, w, n):
    return a * w + n
call = ffi.func(ffi.callback(weighted, "double", ["double", "float", "int"]), "double",
                ["double", "float", "int"])
print("callback:", call(1.5, 0.5, 2), call(0.1, 1.0, 0) == 0.1, call(1e300, 10.0, 0))

# floats are numbers only
for value in ("1.0", None, b"1"):
    try:
        sqrt(value)
    except TypeError as e:
        print("TypeError:", e)
