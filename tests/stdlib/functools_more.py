# functools: partial details, reduce, lru_cache keys, wraps, total_ordering, singledispatch, cached_property
import functools
from functools import partial, partialmethod, reduce, lru_cache, wraps, total_ordering, singledispatch, cached_property, cmp_to_key
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
p = partial(f, 1, c=5)
print(p(), p(9, 8, c=0, d=1), p.func is f, p.args, p.keywords, repr(partial(f))[:30])
pp = partial(p, 7, e=2)
print(pp(), pp.args, pp.keywords, pp.func is f)
p.extra = 1; print(p.__dict__, partial(p, 3).func is p)
class Sub(partial):
    pass
print(repr(Sub(max, 1)), Sub(max, 1)(5), type(Sub(max)).__name__)
print(reduce(lambda a, b: a + b, ["a", "b", "c"]), reduce(lambda a, b: a * b, [], 1), reduce(pow, [2, 3], 1))
@lru_cache(maxsize=3)
def sq(x, *, y=0):
    return x * x + y
print([sq(i) for i in (1, 2, 3, 1, 4, 1)], sq.cache_info())
print(sq(1, y=1), sq(1, y=1), sq.cache_info(), sq.cache_parameters(), sq.__wrapped__.__name__, sq.__name__)
@lru_cache(maxsize=0)
def none(x):
    return x
print(none(1), none(1), none.cache_info())
@lru_cache
def hashable(x):
    return x
try:
    hashable([1])
except TypeError as exc:
    print("TypeError", exc)
print(hashable(1), hashable(1.0), hashable(True), hashable.cache_info())
class Obj:
    @lru_cache(maxsize=None)
    def method(self, x):
        return x * 2
o = Obj()
print(o.method(3), o.method(3), Obj.method.cache_info())
def deco(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def documented(x: int) -> int:
    "doc"
    return x
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__(4), documented.__module__)
def plain(): pass
plain.attr = 5
w = functools.update_wrapper(lambda: None, plain)
print(w.__name__, w.attr, w.__wrapped__ is plain)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(V(1) < V(2), V(2) <= V(2), V(3) >= V(4), V(1) > V(0), V.__lt__.__name__)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as exc:
    print("ValueError", exc)
@singledispatch
def kind(x):
    return "object"
@kind.register(int)
def _(x):
    return "int"
@kind.register
def _(x: str):
    return "str"
@kind.register(list)
@kind.register(tuple)
def _(x):
    return "sequence"
print(kind(1), kind(True), kind("s"), kind([1]), kind((1,)), kind(1.5), kind.dispatch(bool).__name__, sorted(k.__name__ for k in kind.registry))
class A:
    @functools.singledispatchmethod
    def m(self, x):
        return "base"
    @m.register
    def _(self, x: int):
        return "int"
print(A().m(1), A().m("x"))
class Lazy:
    calls = 0
    @cached_property
    def value(self):
        Lazy.calls += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, Lazy.calls, Lazy.value.attrname, type(Lazy.value).__name__)
class Helper:
    def method(self, a, b):
        return a - b
    fixed = partialmethod(method, 10)
print(Helper().fixed(3), repr(partialmethod(max, 1)))
print(sorted(["b", "A", "c"], key=cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
k = cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(3) == k(3), k(1).obj)
for fn in [lambda: partial(), lambda: partial(5), lambda: reduce(max, []), lambda: reduce(max, 5),
           lambda: lru_cache("x"), lambda: k(1) < 1, lambda: kind(), lambda: cached_property(len).__get__(1)]:
    try:
        fn()
    except Exception as exc:
        print(type(exc).__name__, exc)
