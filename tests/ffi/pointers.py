# hand-checked: ffi is Ay's own module (CPython has ctypes instead); the
# script checks C's results against Python's (frexp with math.frexp, strtod
# with float) and prints them.
# Pointers and buffers: bytes-like objects passed as their data's address,
# C writing into a bytearray, out-parameters, addresses as ints, memory from
# malloc read and written with ffi.read/ffi.write/ffi.string.
import ffi
import math

libc = ffi.open(None)
libm = ffi.open("libm.so.6")

# C fills a bytearray
memset = libc.func("memset", "pointer", ["pointer", "int", "size_t"])
buf = bytearray(8)
r = memset(buf, ord("z"), 5)
print("memset:", buf, r == ffi.addressof(buf))
memcpy = libc.func("memcpy", "pointer", ["pointer", "pointer", "size_t"])
memcpy(buf, b"copy", 4)
print("memcpy:", bytes(buf))
memcmp = libc.func("memcmp", "int", ["pointer", "pointer", "size_t"])
print("memcmp:", memcmp(b"abc", b"abd", 3) < 0, memcmp(b"same", bytearray(b"same"), 4))
view = memoryview(buf)[4:]
memset(view, ord("-"), 2)
print("memoryview slice:", bytes(buf))

# out-parameters: C stores through a pointer into a buffer
frexp = libm.func("frexp", "double", ["double", "pointer"])
exponent = bytearray(ffi.sizeof("int"))
m = frexp(40.0, exponent)
print("frexp:", (m, ffi.read(exponent, "int")) == math.frexp(40.0), m, ffi.read(exponent, "int"))
strtod = libc.func("strtod", "double", ["char*", "pointer"])
text = b"2.75e2 apples"
end = bytearray(ffi.sizeof("pointer"))
value = strtod(text, end)
consumed = ffi.read(end, "pointer") - ffi.addressof(text)
print("strtod:", value == float(text[:consumed]), value, consumed, text[consumed:])

# typed reads and writes, indexed by item
cells = bytearray(4 * ffi.sizeof("int32"))
for i, v in enumerate([10, -20, 30, -40]):
    ffi.write(cells, "int32", v, i)
print("int32 cells:", [ffi.read(cells, "int32", i) for i in range(4)])
ffi.write(cells, "double", 0.125, 1)
print("double cell:", ffi.read(cells, "double", 1), "first int32 kept:", ffi.read(cells, "int32", 0))
ffi.write(cells, "uint16", 0xBEEF, 7)
print("uint16 cell:", hex(ffi.read(cells, "uint16", 7)))

# memory owned by C, reached through its address
malloc = libc.func("malloc", "pointer", ["size_t"])
free = libc.func("free", "void", ["pointer"])
p = malloc(64)
print("malloc gave an address:", isinstance(p, int) and p != 0)
for i in range(8):
    ffi.write(p, "int64", i * i, i)
print("squares:", [ffi.read(p, "int64", i) for i in range(8)])
memcpy(p, b"from C memory\0", 14)
print("string:", ffi.string(p), ffi.string(p, 4), ffi.string(p + 5))
print("free:", free(p))

# strchr's result is an address inside the argument
strchr = libc.func("strchr", "pointer", ["pointer", "int"])
hay = b"find the x here"
at = strchr(hay, ord("x"))
print("strchr offset:", at - ffi.addressof(hay), hay.index(b"x"), strchr(hay, ord("#")))

# a symbol's address is an int that ffi.func makes callable
address = libc.symbol("labs")
labs = ffi.func(address, "long", ["long"])
print("symbol:", isinstance(address, int), labs(-12))

# bytes-like objects are bounds-checked
for args in [(b"abc", "int32"), (bytearray(8), "int64", 1), (bytearray(8), "uint8", -1)]:
    try:
        ffi.read(*args)
    except IndexError as e:
        print("IndexError:", e)
print("string within bounds:", ffi.string(b"no nul here"), ffi.string(bytearray(b"ab\0c"), 4))
