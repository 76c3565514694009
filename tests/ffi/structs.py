# hand-checked: ffi is Ay's own module (CPython has ctypes instead); the
# script checks C's results against Python's (div with divmod, gmtime_r with
# time.gmtime) and prints them.
# Structs: layout (sizes and offsets as C lays them out), pack/unpack, structs
# returned by value (div, ldiv), passed by value (inet_ntoa), filled through
# a pointer (gmtime_r), nested, and round trips through an Ay callback.
import ffi
import struct
import sys
import time

libc = ffi.open(None)

div_t = ffi.struct("div_t", [("quot", "int"), ("rem", "int")])
print(div_t, div_t.name, div_t.fields, div_t.size)
div = libc.func("div", div_t, ["int", "int"])
print("div:", div(17, 5), div(-17, 5), div(17, 5) == divmod(17, 5))
ldiv_t = ffi.struct("ldiv_t", [("quot", "long"), ("rem", "long")])
ldiv = libc.func("ldiv", ldiv_t, ["long", "long"])
print("ldiv:", ldiv(10**15 + 3, 10**7))

# C's padding: a char then a double puts the double at offset 8
mixed = ffi.struct("mixed", [("tag", "char"), ("value", "double"), ("count", "int16")])
print("mixed size:", mixed.size == struct.calcsize("@bdh0d"), mixed.size)
data = mixed.pack(-1, 2.5, 300)
print("pack:", len(data), mixed.unpack(data), mixed.unpack(bytes(4) + data, 4))

# a struct passed by value: struct in_addr { uint32_t s_addr } in network order
in_addr = ffi.struct("in_addr", [("s_addr", "uint32")])
inet_ntoa = libc.func("inet_ntoa", "char*", [in_addr])
address = int.from_bytes(bytes([192, 168, 1, 20]), sys.byteorder)
print("inet_ntoa:", inet_ntoa((address,)))

# a struct filled by C through a pointer: struct tm from gmtime_r
tm = ffi.struct("tm", [(name, "int") for name in
                       ("sec", "min", "hour", "mday", "mon", "year", "wday", "yday", "isdst")]
                + [("gmtoff", "long"), ("zone", "char*")])
gmtime_r = libc.func("gmtime_r", "pointer", ["pointer", "pointer"])
seconds = 1700000000
when = bytearray(ffi.sizeof("int64"))
ffi.write(when, "int64", seconds)
out = bytearray(tm.size)
print("gmtime_r returns its buffer:", gmtime_r(when, out) == ffi.addressof(out))
sec, mn, hour, mday, mon, year, wday, yday, isdst, gmtoff, zone = tm.unpack(out)
g = time.gmtime(seconds)
print("gmtime:", (year + 1900, mon + 1, mday, hour, mn, sec) == tuple(g)[:6],
      wday == (g.tm_wday + 1) % 7, yday + 1 == g.tm_yday, zone)

# nested structs, by value both ways through an Ay callback
point = ffi.struct("point", [("x", "double"), ("y", "double")])
rect = ffi.struct("rect", [("corner", point), ("size", point), ("id", "uint8")])
print("nested:", rect, rect.size, ffi.sizeof(rect))
def grow(r, by):
    (x, y), (w, h), ident = r
    return ((x - by, y - by), (w + 2 * by, h + 2 * by), ident + 1)
grow_c = ffi.func(ffi.callback(grow, rect, [rect, "double"]), rect, [rect, "double"])
print("callback:", grow_c(((1.0, 2.0), (3.0, 4.0), 7), 0.5))
print("list and bytes for a struct:", grow_c([[0, 0], [1, 1], 0], 1),
      grow_c(rect.pack((0.0, 0.0), (1.0, 1.0), 9), 0))

def swap(p):
    return (p[1], p[0])
swap_c = ffi.func(ffi.callback(swap, point, [point]), point, [point])
print("small struct:", swap_c((1.5, -2.0)))
