# assert with messages; del of names, items, slices, attributes
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(type(e).__name__, e, e.args)
assert True, "never"
assert 1
x = 5
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
try:
    del x
except NameError as e:
    print(type(e).__name__, e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(f())
a = [1, 2, 3, 4, 5]
del a[0], a[-1]
print(a)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class C:
    pass
c = C()
c.attr = 1
del c.attr
try:
    del c.attr
except AttributeError as e:
    print(type(e).__name__, e)
p, q = 1, 2
del p, q
print("p" in dir(), "q" in dir())
l2 = [[1, 2], [3, 4]]
del l2[0][1]
print(l2)
(r, s) = 1, 2
del (r, s)
print("r" in globals())
m = [0, 1, 2, 3]
del m[1:3]
print(m)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
