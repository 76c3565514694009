# A class's namespace shows the __dict__ / __weakref__ descriptors it gives its
# instances and its __slots__ members in name order, before __doc__ and __hash__.
import weakref
class A: pass
class B(A):
    x = 1
    def f(self): pass
class S: __slots__ = ('a',)
class T(tuple): pass
class W(S): pass
class E(Exception): pass
class C:
    def __eq__(s, o): pass
class D:
    __slots__ = ('__dict__',)
class F:
    __slots__ = ('b', 'a', '__weakref__', '__c')
class G(F):
    __slots__ = ('z', 'y')
class I(int): pass
class L(list): __slots__ = ()
for c in (A, B, S, T, W, E, C, D, F, G, I, L):
    print(c.__name__, list(c.__dict__))
a = C()
print(C.__dict__['__weakref__'], C.__dict__['__dict__'], a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r)
try:
    a.__weakref__ = 1
except Exception as e:
    print(type(e).__name__, e)
g = G()
g.a, g.b, g.y, g.z = 1, 2, 3, 4
g._F__c = 5
print(g.a, g.b, g.y, g.z, g._F__c, [k for k in dir(g) if not k.startswith('__')])
print(sorted(k for k in dir(A()) if k in ('__dict__', '__weakref__')))
x = A(); x.q = 1
print(A.__dict__['__dict__'].__get__(x), vars(x))
# a metaclass adds no __dict__ descriptor: a class's __dict__ stays its namespace
class Meta(type): pass
class WithMeta(metaclass=Meta):
    a = 1
print(list(WithMeta.__dict__), list(Meta.__dict__))
