# C.__bases__ = (...): CPython's checks and messages, MROs of the class and its
# subclasses recomputed (or all put back), caches and slots following the change.
class A:
    def f(self): return 'A.f'
    x = 'A.x'
class B:
    def f(self): return 'B.f'
    x = 'B.x'
    def g(self): return 'B.g'
class C(A): pass
class D(C): pass
c = C(); d = D()
print(c.f(), d.f(), c.x, D.__mro__)
for i in range(3): print(d.f(), d.x)
C.__bases__ = (B,)
print(c.f(), d.f(), c.x, d.g(), C.__mro__, D.__mro__, C.__base__, isinstance(d, B), isinstance(d, A), issubclass(D, B))
for i in range(3): print(d.f(), d.x)
C.__bases__ = (A, B)
print(C.__mro__, D.__mro__, d.g(), A.__subclasses__(), B.__subclasses__())
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def setb(cls, v):
    def f(): cls.__bases__ = v
    return f
err(setb(C, [A]))
err(setb(C, ()))
err(setb(C, (1,)))
err(setb(C, (D,)))
err(setb(C, (C,)))
err(setb(int, (object,)))
err(setb(object, (A,)))
err(setb(C, (A, A)))
def delb(): del C.__bases__
err(delb)
class L(list): pass
err(setb(C, (L,)))
err(setb(L, (A,)))
class L2(list): pass
err(setb(L, (L2,)))
print(L.__mro__)
class X: pass
class Y(X): pass
err(setb(C, (X, Y)))
print(C.__mro__)
class M(type): pass
class E(metaclass=M): pass
err(setb(C, (E,)))
class F: __slots__ = ('a',)
class G: __slots__ = ('b',)
class H(F): pass
err(setb(H, (G,)))
class I(F): __slots__ = ()
class J(G): __slots__ = ()
err(setb(I, (G,)))
class K0: pass
class K(K0): pass
err(setb(K, (object,)))
K.__bases__ = (A,)
print(K().f(), K.__mro__)
class Dunder:
    def __len__(self): return 7
    def __repr__(self): return 'Dunder!'
K.__bases__ = (Dunder,)
k = K()
print(len(k), repr(k))
K.__bases__ = (K0,)
err(lambda: len(k))
print(repr(k)[:10])
class Exc(Exception): pass
err(setb(Exc, (ValueError,)))
err(setb(Exc, (A,)))
class T(tuple): pass
err(setb(T, (A,)))
class Base: pass
class Sub(Base): pass
err(setb(Base, (Sub,)))

err(setb(C, (bool,)))
class Mixin:
    def hello(self): return 'hello from ' + type(self).__name__
class Q(A): pass
q = Q()
try: q.hello()
except AttributeError as e: print(e)
Q.__bases__ += (Mixin,)
print(q.hello(), Q.__mro__)
class R0: pass
class R1(R0): pass
class R2(R1): pass
class R3(R2): pass
class Z(A): pass
err(setb(R1, (Z, A)))
print(R3.__mro__)
R1.__bases__ = (Z,)
print(R3.__mro__, issubclass(R3, A), R3().f())
# MRO of a subclass fails: everything is put back
class P0: pass
class U1(P0): pass
class U2(P0): pass
class Y1(U2, U1): pass
class Y2(Y1): pass
err(setb(U1, (U2,)))
print(U1.__mro__, Y1.__mro__, Y2.__mro__, U1.__bases__, U1.__base__)
class Ex(Exception): pass
Ex.__bases__ = (ValueError,)
try:
    raise Ex('boom')
except ValueError as e:
    print('caught', type(e).__name__, e, Ex.__mro__)
class Slot1: __slots__ = ('a',)
class Slot2: __slots__ = ('a',)
class Slot3(Slot1): __slots__ = ()
Slot3.__bases__ = (Slot2,)
s3 = Slot3(); s3.a = 4; print(s3.a, Slot3.__mro__)
class TT(tuple): pass
class TT2(tuple): pass
class TT3(TT): pass
err(setb(TT3, (TT2,)))
err(setb(TT3, (tuple,)))
print(TT3.__mro__)
# attribute and method caches at one call site see the new MRO
class Old:
    kind = 'old'
    def who(self): return 'Old.who'
class New:
    kind = 'new'
    def who(self): return 'New.who'
class Mid(Old): pass
class Leaf(Mid): pass
def probe(o):
    return o.kind, o.who(), Leaf.kind
leaf = Leaf()
for _ in range(3): print(probe(leaf))
Mid.__bases__ = (New,)
for _ in range(3): print(probe(leaf))
Mid.__bases__ = (Old, New)
for _ in range(2): print(probe(leaf), [c.__name__ for c in Leaf.__mro__])
