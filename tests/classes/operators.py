# arithmetic operator dunders incl. reflected, in-place and NotImplemented fallback
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        return V(*(a * k for a in self.c)) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k):
        print("__rmul__ called")
        return self * k
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k, mod=None): return V(*(pow(a, k, mod) for a in self.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return V(*(abs(a) for a in self.c))
    def __invert__(self): return V(*(~a for a in self.c))
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __rsub__(self, o): return f"rsub({o})"
    def __rtruediv__(self, o): return f"rtruediv({o})"
    def __divmod__(self, o): return ("divmod", o)
    def __rpow__(self, o): return f"rpow({o})"
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a, a @ b, b / 2, b // 2, b % 2, a ** 2, pow(b, 2, 5))
print(-a, +a, abs(V(-1, 2)), ~a, a & b, a | b, a ^ b, a << 1, a >> 1, 5 - a, 1 / a, divmod(a, 3), 2 ** a)
try:
    a * "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o):
        return "plain add"
x = Acc()
y = x
x += 1
x += 2
print(x is y, x.items)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
z = OnlyAdd(1)
z0 = z
z += 5
print(z.v, z is z0)
class L:
    def __add__(self, o):
        print("L.__add__"); return NotImplemented
class R:
    def __radd__(self, o):
        print("R.__radd__"); return "R wins"
print(L() + R())
class RSub(V):
    def __radd__(self, o):
        return "subclass reflected first"
print(V(1) + RSub(2))
class Both:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    Both() + Both()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Both() + 1
except TypeError as e:
    print(type(e).__name__, e)
