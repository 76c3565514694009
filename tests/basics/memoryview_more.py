# memoryview: construction, indexing, slicing with steps, casts between
# formats (and shapes), comparisons, hashing, release and errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(b"abcdefgh")
print(len(m), m[0], m[-1], m[1:7:2].tobytes(), m[::-1].tobytes(), m[::-3].tolist(), list(m[2:5]), m[5:2].tobytes())
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.nbytes, m.readonly, m.contiguous,
      m[::2].contiguous, m[::2].strides, m[::-1].c_contiguous, m.obj, m[2:][1:][::2].tobytes())
print(bytes(m[::2]), bytearray(m[::-2]), m[::2].hex(), m.hex(":", 4), m.tobytes("A"), m == b"abcdefgh", m[::2] == b"aceg")
h = m.cast("H")
print(h.format, h.itemsize, h.shape, h.strides, h.nbytes, len(h), h[0], h[-1], h.tolist())
for fmt in ("b", "B", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "?"):
    v = memoryview(bytes(range(250, 256)) + bytes(range(10))).cast(fmt)
    print(fmt, v.itemsize, len(v), v.tolist()[:3], v[0] == v.tolist()[0])
g = memoryview(b"abcdef").cast("B", shape=[2, 3])
print(g.ndim, g.shape, g.strides, g.tolist(), len(g), g[1, 2], g[0, -1], g.tobytes(), g.cast("B").tolist(), g.nbytes)
c = memoryview(b"xy").cast("c")
print(c.tolist(), c[1], list(c), c.format)
w = memoryview(bytearray(8))
w[0] = 65
w[1:3] = b"BC"
w[3:5] = bytearray(b"DE")
w[5:8] = memoryview(b"FGH")
print(w.obj, w.tolist())
w[::2] = b"1234"
print(w.obj)
wh = w.cast("H")
wh[0] = 0x4142
wh[1:3] = memoryview(bytearray(4)).cast("H")
print(w.obj, wh.tolist())
wd = memoryview(bytearray(16)).cast("d")
wd[0] = 1.5
wd[1] = 2
print(wd.tolist())
wf = memoryview(bytearray(4)).cast("f")
wf[0] = 0.1
print(wf.tolist(), wf.tobytes())
wq = memoryview(bytearray(8)).cast("Q")
wq[0] = 2**64 - 1
print(wq.tolist())
wb = memoryview(bytearray(2)).cast("?")
wb[0] = [1]
wb[1] = ""
print(wb.tolist())
print(memoryview(b"ab") == memoryview(b"ab"), memoryview(b"abcd").cast("H") == memoryview(b"abcd"),
      memoryview(b"abcd").cast("H") == memoryview(b"abcd").cast("H"), memoryview(b"ab") == "ab",
      memoryview(b"ab") != b"ab", b"ab" == memoryview(b"ab"), memoryview(b"\x01\x00").cast("H") == memoryview(b"\x01\x00\x00\x00").cast("I"),
      memoryview(b"ab") in [b"ab"], hash(memoryview(b"ab")) == hash(b"ab"), hash(memoryview(b"abc")[::2]) == hash(b"ac"))
r = memoryview(bytearray(b"ab")).toreadonly()
print(r.readonly)
show("ro set", lambda: r.__setitem__(0, 1))
show("str", lambda: memoryview("a"))
show("int", lambda: memoryview(1))
show("none", lambda: memoryview())
show("two", lambda: memoryview(b"a", 1))
show("kw", lambda: memoryview(object=b"ab").tobytes())
show("oob", lambda: memoryview(b"abc")[5])
show("oob neg", lambda: memoryview(b"abc")[-4])
show("key str", lambda: memoryview(b"abc")["x"])
show("key float", lambda: memoryview(b"abc")[1.0])
show("set 256", lambda: memoryview(bytearray(b"abc")).__setitem__(0, 256))
show("set str", lambda: memoryview(bytearray(b"abc")).__setitem__(0, "x"))
show("set bytes", lambda: memoryview(bytearray(b"abc")).__setitem__(0, b"x"))
show("set slice len", lambda: memoryview(bytearray(b"abc")).__setitem__(slice(0, 2), b"xyz"))
show("set slice fmt", lambda: memoryview(bytearray(4)).cast("H").__setitem__(slice(0, 2), b"abcd"))
show("del", lambda: memoryview(bytearray(b"abc")).__delitem__(0))
show("cast odd", lambda: memoryview(b"abc").cast("H"))
show("cast non-byte", lambda: memoryview(b"abcd").cast("H").cast("i"))
show("cast bad fmt", lambda: memoryview(b"abcd").cast("z"))
show("cast 2 chars", lambda: memoryview(b"abcd").cast("<H"))
show("cast at", lambda: memoryview(b"abcd").cast("@H").format)
show("cast strided", lambda: memoryview(b"abcd")[::2].cast("H"))
show("cast shape", lambda: memoryview(b"abcdef").cast("B", shape=[4]))
show("cast shape zero", lambda: memoryview(b"abcdef").cast("B", shape=[0, 6]))
show("cast fmt int", lambda: memoryview(b"ab").cast(1))
show("2d int index", lambda: memoryview(b"abcdef").cast("B", shape=[2, 3])[0])
show("2d slice", lambda: memoryview(b"abcdef").cast("B", shape=[2, 3])[1:].tolist())
show("2d slice step", lambda: memoryview(b"abcdef").cast("B", shape=[3, 2])[::-2].tolist())
show("2d iter", lambda: list(memoryview(b"abcdef").cast("B", shape=[2, 3])))
show("hash rw", lambda: hash(memoryview(bytearray(b"ab"))))
show("hash fmt", lambda: hash(memoryview(b"abcd").cast("H")))
show("lt", lambda: memoryview(b"ab") < memoryview(b"b"))
show("add", lambda: memoryview(b"y") + b"x")
show("radd", lambda: b"x" + memoryview(b"y"))
show("mul", lambda: memoryview(b"ab") * 2)
show("tobytes order", lambda: memoryview(b"ab").tobytes("X"))
show("f overflow", lambda: memoryview(bytearray(4)).cast("f").__setitem__(0, 1e300))
show("H big", lambda: memoryview(bytearray(4)).cast("H").__setitem__(0, 70000))
show("b neg", lambda: memoryview(bytearray(4)).cast("b").__setitem__(0, -129))
show("Q neg", lambda: memoryview(bytearray(8)).cast("Q").__setitem__(0, -1))
show("f str", lambda: memoryview(bytearray(4)).cast("f").__setitem__(0, "x"))
show("c int", lambda: memoryview(bytearray(4)).cast("c").__setitem__(0, 1))
show("c long", lambda: memoryview(bytearray(4)).cast("c").__setitem__(0, b"xy"))
rel = memoryview(b"ab")
rel.release()
rel.release()
for label, f in [("getitem", lambda: rel[0]), ("len", lambda: len(rel)), ("tobytes", lambda: rel.tobytes()),
                 ("format", lambda: rel.format), ("obj", lambda: rel.obj), ("eq self", lambda: rel == rel),
                 ("eq other", lambda: rel == b"ab"), ("bytes", lambda: bytes(rel)), ("iter", lambda: list(rel)),
                 ("with", lambda: rel.__enter__()), ("cast", lambda: rel.cast("c")), ("repr", lambda: repr(rel)[:17])]:
    show("released " + label, f)
with memoryview(bytearray(b"q")) as cm:
    print(cm.tolist(), cm.readonly)
show("after with", lambda: cm.tolist())
print(type(iter(memoryview(b"a"))).__name__, memoryview.__doc__)
