# Instances of subclasses of builtins take attributes (a __dict__) unless the
# class declares __slots__; CPython's rules for __slots__ on such subclasses.
import weakref
from collections import namedtuple
from enum import Enum

for base in (tuple, bytes, float, complex, frozenset, str, int, list, dict, set):
    class Sub(base):
        pass
    x = Sub()
    x.a = 5
    x.b = [x]
    del x.b
    print(base.__name__, x.a, x.__dict__, vars(x), x == base(), type(x).__name__)
    try:
        del x.b
    except AttributeError as e:
        print("  ", e)
    try:
        weakref.ref(x)
        print("  weakref ok")
    except TypeError as e:
        print("  ", e)

# __slots__ on subclasses of builtins
for base in (tuple, bytes, int, str, float, complex, frozenset, list, dict):
    for slots in ((), ("__dict__",), ("__weakref__",), ("__dict__", "__weakref__")):
        try:
            T = type("T", (base,), {"__slots__": slots})
        except TypeError as e:
            print(base.__name__, slots, "TypeError:", e)
            continue
        x = T()
        try:
            x.z = 1
            r = "settable"
        except AttributeError:
            r = "no attributes"
        print(base.__name__, slots, r, hasattr(x, "__dict__"))

class Plain:
    pass
for slots in (("__weakref__",), ("__dict__",)):
    try:
        type("T", (Plain,), {"__slots__": slots})
    except TypeError as e:
        print(slots, e)


# many sizes: the dict sits after the variable part
class Tup(tuple):
    pass

class Byt(bytes):
    def __new__(cls, v, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self

keep = []
for n in range(40):
    t = Tup(range(n))
    t.n = n
    t.me = t
    b = Byt(b"z" * n, n)
    keep.append((t, b))
print(all(t.n == len(t) and t.me is t and b.tag == len(b) for t, b in keep))
print(keep[7][0], keep[7][1], keep[7][1].upper(), keep[3][0] + (9,), keep[3][0][1:])
print(hash(Tup((1, 2))) == hash((1, 2)), Tup((1, 2)) == (1, 2), Byt(b"ab", 0) in {b"ab"})

# a method of the class and an attribute of the same name on the instance
class Shadow(tuple):
    def f(self):
        return "method"
s = Shadow()
print(s.f())
s.f = lambda: "attribute"
print(s.f())


# namedtuple subclasses
P = namedtuple("P", "x y")

class P2(P):
    def total(self):
        return self.x + self.y

p = P2(1, 2)
p.extra = "e"
print(p, p.extra, p.total(), p.__dict__, p._replace(x=5), p._asdict())

class P3(P):
    __slots__ = ()

q = P3(3, 4)
try:
    q.extra = 1
except AttributeError as e:
    print(e)
print(hasattr(q, "__dict__"))


# Enum mixed with tuple, bytes, float, complex, frozenset
class Color(bytes, Enum):
    RED = b"r"
    GREEN = b"gg"

print(Color.RED, repr(Color.GREEN), Color(b"r"), list(Color), Color.RED == b"r", len(Color.GREEN))

class Pair(tuple, Enum):
    A = (1, 2)
    B = (3, 4)

    @property
    def first(self):
        return self[0]

print(Pair.A, repr(Pair.B), Pair((3, 4)), Pair.A[1], Pair.B.first, Pair.A.value, isinstance(Pair.A, tuple))

class Num(float, Enum):
    PI = 3.14

class Cx(complex, Enum):
    I = 1j

class Fs(frozenset, Enum):
    ONE = frozenset({1})

print(Num.PI, Num.PI + 1, Cx.I, Cx.I.value, Fs.ONE, Fs.ONE.value)
