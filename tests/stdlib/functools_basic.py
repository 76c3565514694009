# functools: partial, reduce, wraps, lru_cache, cache, cached_property, total_ordering
import functools
from functools import partial, reduce, wraps, lru_cache, cache, cached_property, total_ordering
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
two_to = partial(power, 2)
print(sq(5), cube_mod(4), two_to(10), sq.func is power, sq.args, sq.keywords, two_to.args)
print(repr(partial(max, 1, key=abs))[:30], repr(partial(len)))
nested = partial(partial(power, 3), 2)
print(nested(), nested.args, nested.func is power)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def documented(x):
    """Doc of documented."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
calls = []
@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * 10
print(slow(1), slow(2), slow(1), slow(3), slow(2), calls)
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info())
@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info())
class Data:
    def __init__(self):
        self.computed = 0
    @cached_property
    def expensive(self):
        self.computed += 1
        return sum(range(100))
d = Data()
print(d.expensive, d.expensive, d.computed, "expensive" in d.__dict__)
del d.expensive
print(d.expensive, d.computed)
@total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(Ver(1) < Ver(2), Ver(1) <= Ver(1), Ver(3) > Ver(2), Ver(2) >= Ver(3))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
pm = functools.partialmethod
class Cell:
    def set_state(self, s): self.state = s
    set_alive = pm(set_state, True)
c = Cell(); c.set_alive()
print(c.state)
