# list slicing, slice assignment/deletion incl. extended slices and their errors
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[5:2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]; print(b)
b[1:1] = [10, 11]; print(b)
b[:] = [1, 2, 3]; print(b)
b[5:] = [9]; print(b)
b[-1:] = []; print(b)
b[0:2] = "ab"; print(b)
b[1:2] = range(3); print(b)
c = list(range(10))
c[::2] = "abcde"; print(c)
c[1::2] = [0] * 5; print(c)
c[::-3] = [7, 7, 7, 7]; print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    c[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    c[::0]
except ValueError as e:
    print(type(e).__name__, e)
d = list(range(10))
del d[::3]; print(d)
del d[1:3]; print(d)
del d[-1]; print(d)
del d[::-2]; print(d)
del d[:]; print(d)
e = list(range(5))
del e[10:20]; print(e)
try:
    del e[10]
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    e[10] = 1
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    e["1"]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e[1.0]
except TypeError as ex:
    print(type(ex).__name__, ex)
f = [1, 2, 3]
f[1:2] = f; print(f)
g = [1, 2, 3, 4]
g[3:1] = ["in"]; print(g)
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, list(range(10))[s], s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(slice(3), slice(1, 2), slice(None, None, None), repr(slice("a", [1])), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
try:
    slice(1, 2, 0).indices(3)
except ValueError as ex:
    print(type(ex).__name__, ex)
print({slice(1): 1}, hash(slice(1, 2)) == hash(slice(1, 2)))  # slices are hashable since 3.12
t = tuple(range(6))
print(t[1:4], t[::-2], t[s], "abcdefghij"[s], range(10)[s], b"abcdefghij"[s])
