# bytearray mutation: item/slice assignment and deletion, the list-like
# methods, in-place operators, iteration while mutating, exports.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = bytearray(b"0123456789")
b[0] = 65; b[-1] = 66
print(b)
b[1:3] = b"xyz"; print(b)
b[2:2] = [1, 2]; print(b)
b[::3] = b"." * len(b[::3]); print(b)
del b[::2]; print(b)
del b[1:3]; print(b)
b[:] = b; print(b)
b[len(b):] = range(65, 68); print(b)
b[-2:] = bytearray(b"Z"); print(b)
b[1:0] = b"@"; print(b)
del b[-1]; del b[0]; print(b)
b[::-1] = bytes(len(b)); print(b)
b[5:1:-1] = b"abcd"[:len(b[5:1:-1])]; print(b)
del b[::-3]; print(b)
b[3:] = memoryview(b"mv"); print(b)
b[:0] = (x for x in b"gen"); print(b)
b = bytearray(b"abc")
b.append(100); b.extend(b"ef"); b.extend([103]); b.extend(x for x in b"hi"); b.extend(bytearray(b"j"))
b.insert(0, 64); b.insert(-1, 35); b.insert(100, 36); b.insert(-100, 37)
print(b, b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord("d")); b.reverse(); print(b, b.copy(), b.copy() is b)
b += b"++"; b += bytearray(b"!"); b += memoryview(b"?"); print(b)
b *= 2; print(b, len(b))
c = b * 0; print(c, type(c).__name__)
b.clear(); print(b, len(b))
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__,
      bytearray(b"ab") * 2, 2 * bytearray(b"x"), bytearray(b"ab") == b"ab", bytearray(b"a") < b"b",
      bytearray(b"ab") + memoryview(b"c"))
it = bytearray(b"abc")
out = []
for x in it:
    out.append(x)
    if x == 98:
        it.append(120)
print(out, it)
it2 = bytearray(b"abcdef")
out = []
for x in it2:
    out.append(x)
    del it2[-1]
print(out, it2)
show("set 256", lambda: bytearray(b"a").__setitem__(0, 256))
show("set str", lambda: bytearray(b"a").__setitem__(0, "x"))
show("set oob", lambda: bytearray(b"a").__setitem__(5, 1))
show("set slice int", lambda: bytearray(b"a").__setitem__(slice(0, 1), 5))
show("set slice str", lambda: bytearray(b"a").__setitem__(slice(0, 1), "x"))
show("set ext slice size", lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"x"))
show("set slice bad items", lambda: bytearray(b"abc").__setitem__(slice(0, 1), [300]))
show("set float key", lambda: bytearray(b"a").__setitem__(1.5, 1))
show("del oob", lambda: bytearray(b"a").__delitem__(3))
show("get oob", lambda: bytearray(b"a")[3])
show("get float", lambda: bytearray(b"a")[1.5])
show("append 256", lambda: bytearray().append(256))
show("append str", lambda: bytearray().append("x"))
show("append none", lambda: bytearray().append())
show("insert 1", lambda: bytearray().insert(0))
show("insert 256", lambda: bytearray().insert(0, 256))
show("remove miss", lambda: bytearray(b"a").remove(99))
show("remove 256", lambda: bytearray(b"a").remove(256))
show("pop empty", lambda: bytearray().pop())
show("pop oob", lambda: bytearray(b"a").pop(5))
show("extend int", lambda: bytearray().extend(5))
show("extend str", lambda: bytearray().extend("x"))
show("extend big", lambda: bytearray().extend([300]))
show("iadd str", lambda: bytearray().__iadd__("x"))
show("hash", lambda: hash(bytearray()))
show("copy arg", lambda: bytearray().copy(1))
show("reverse arg", lambda: bytearray().reverse(1))
show("mul float", lambda: bytearray(b"a") * 1.5)
m = memoryview(bytearray(b"abc"))
ba = m.obj
for op in (lambda: ba.append(1), lambda: ba.extend(b"x"), lambda: ba.pop(), lambda: ba.clear(),
           lambda: ba.__delitem__(0), lambda: ba.__setitem__(slice(0, 1), b"xy"), lambda: ba.__iadd__(b"x"),
           lambda: ba.remove(97), lambda: ba.insert(0, 1)):
    show("exported", op)
ba[0:1] = b"Z"
ba[1] = 89
print(ba, m.tobytes())
m.release()
ba.append(33)
print(ba)
for i in range(5):
    memoryview(ba)[0]
ba.extend(b"...")
print(ba)
with memoryview(ba) as mm:
    show("in with", lambda: ba.append(1))
ba.append(49)
print(ba)
