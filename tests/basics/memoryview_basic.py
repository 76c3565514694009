# memoryview over bytes and bytearray: slicing, tolist, casting, release
b = bytearray(b"abcdef")
m = memoryview(b)
print(m[0], m[-1], bytes(m[1:3]), m.tolist(), len(m), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape)
m[0] = ord("A")
m[1:3] = b"BC"
print(b, m.obj is b, m.tobytes(), m.hex(), m == b"ABCdef", m[::2].tobytes())
ro = memoryview(b"xyz")
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0:2] = b"toolong"
except ValueError as e:
    print(type(e).__name__, e)
ints = memoryview(bytes(range(8))).cast("H")
print(ints.format, ints.itemsize, len(ints), ints.tolist() == [int.from_bytes(bytes([2 * i, 2 * i + 1]), "little") for i in range(4)])
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.append(1)
    print("append ok (no export)")
except BufferError as e:
    print(type(e).__name__, e)
m.release()
b.append(33)
print(b)
print(bytes(memoryview(b"abc")[1:]), list(memoryview(b"hi")), memoryview(b"ab") == memoryview(b"ab"))
