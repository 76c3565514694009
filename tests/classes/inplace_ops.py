# in-place operator dunders for every operator, and fallback to the binary form
class Box:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Box({self.v!r})"
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
def make_inplace(name):
    def method(self, other):
        print(f"__i{name}__", other)
        self.v = (self.v, name, other)
        return self
    return method
for n in ops:
    setattr(Box, f"__i{n}__", make_inplace(n))
b = Box(0)
orig = b
b += 1; b -= 2; b *= 3; b /= 4; b //= 5; b %= 6; b **= 7; b <<= 8; b >>= 9; b &= 10; b |= 11; b ^= 12; b @= 13
print(b is orig)
class Plain:
    def __init__(self, v): self.v = v
    def __add__(self, o): print("__add__"); return Plain(self.v + o)
    def __mul__(self, o): print("__mul__"); return Plain(self.v * o)
p = Plain(2)
q = p
p += 3
p *= 2
print(p.v, q.v, p is q)
class ReturnsNI:
    def __iadd__(self, o): print("__iadd__ -> NotImplemented"); return NotImplemented
    def __add__(self, o): print("__add__ fallback"); return "added"
r = ReturnsNI()
r += 1
print(r)
class ROnly:
    def __radd__(self, o): return f"radd({o})"
x = 5
x += ROnly()
print(x)
class Nothing: pass
n = Nothing()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n @= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n **= 2
except TypeError as e:
    print(type(e).__name__, e)
lst = [1]
alias = lst
lst += (2, 3)
lst *= 2
print(lst, alias is lst)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
s = {1}
salias = s
s |= {2}; s &= {1, 2, 3}; s -= {3}; s ^= {9}
print(s, salias is s)
d = {"a": 1}
dalias = d
d |= {"b": 2}
print(d, dalias is d)
st = "ab"
st += "c"; st *= 2
print(st)
class Item:
    def __init__(self): self.count = 0
    def __getitem__(self, k): print("get", k); return self.count
    def __setitem__(self, k, v): print("set", k, v); self.count = v
it = Item()
it["k"] += 5
class Attr:
    def __init__(self): self._x = 1
    @property
    def x(self): print("get x"); return self._x
    @x.setter
    def x(self, v): print("set x", v); self._x = v
a = Attr()
a.x += 10
print(a._x)
