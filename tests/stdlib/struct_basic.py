# struct: pack/unpack/calcsize
import struct
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.pack(">h", -2), struct.pack("<q", -1), struct.pack(">?", True))
print(struct.pack(">BHI", 1, 2, 3), struct.pack("<f", 1.5), struct.pack(">d", -0.1), struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"))
print(struct.unpack(">I", b"\x00\x00\x01\x00"), struct.unpack("<hh", b"\x01\x00\xff\xff"), struct.unpack(">d", struct.pack(">d", 3.25)))
print(struct.calcsize(">I"), struct.calcsize("<BHI"), struct.calcsize("@BHI"), struct.calcsize("10s"), struct.calcsize(">3h2x"), struct.calcsize("<q?"))
print(struct.pack(">2H", 1, 2), struct.unpack(">2H", b"\x00\x01\x00\x02"), list(struct.iter_unpack(">H", b"\x00\x01\x00\x02")))
s = struct.Struct("<iB")
print(s.size, s.format, s.pack(-5, 255), s.unpack(s.pack(-5, 255)))
buf = bytearray(8)
struct.pack_into(">HI", buf, 1, 7, 9)
print(buf, struct.unpack_from(">HI", buf, 1))
for fmt, args in [(">B", (256,)), (">b", (-129,)), (">I", (-1,)), (">H", ("x",)), (">HH", (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(fmt, type(e).__name__, e)
try:
    struct.unpack(">I", b"ab")
except struct.error as e:
    print(type(e).__name__, e)
print(struct.pack("!e", 1.0), struct.unpack("<e", b"\x00\x3c"), struct.pack(">c", b"z"), struct.pack(">xBx", 5))
