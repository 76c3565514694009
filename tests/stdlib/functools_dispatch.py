# functools: singledispatch details, partialmethod binding, cached_property errors, wrappers
import functools
from abc import ABC, abstractmethod
from collections.abc import Sequence, Mapping
from functools import singledispatch, singledispatchmethod, partialmethod, cached_property, partial

def attempt(fn):
    try:
        print(fn())
    except Exception as exc:
        print(type(exc).__name__, exc)

@singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int | float):
    return "number"
@describe.register(Sequence)
def _(x):
    return "sequence"
print(describe(1), describe(2.5), describe([1]), describe("s"), describe({}), describe(None), describe.dispatch(list).__name__)
@describe.register(Mapping)
def _(x):
    return "mapping"
print(describe({}), sorted(getattr(k, "__name__", str(k)) for k in describe.registry), type(describe.registry).__name__)
class Later(ABC):
    pass
print(describe(3j))
Later.register(complex)
@describe.register(Later)
def _(x):
    return "later"
print(describe(3j), describe.__name__, describe.__wrapped__.__name__, describe.__doc__)
class Fresh:
    pass
print(describe(Fresh()))
Sequence.register(Fresh)
print(describe(Fresh()))
describe._clear_cache()
attempt(lambda: describe())
attempt(lambda: describe.register(5, lambda x: x))
try:
    describe.register(lambda x: x)
except TypeError as exc:
    print(str(exc).split(": <")[0])
def not_class(x: 3): pass
def not_all(x: int | list[int]): pass
attempt(lambda: describe.register(not_class))
attempt(lambda: describe.register(not_all))
print(describe.register(bool)(lambda x: "bool")(True), describe(False))
class Shape:
    @singledispatchmethod
    def area(self, arg):
        return "generic"
    @area.register
    def _(self, arg: int):
        return f"int {arg}"
    @area.register(str)
    def _(self, arg):
        return f"str {arg}"
    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return f"{cls.__name__} generic"
    @make.register
    @classmethod
    def _(cls, arg: list):
        return f"{cls.__name__} list"
    @singledispatchmethod
    @staticmethod
    def tag(arg):
        return "tag"
    @tag.register
    @staticmethod
    def _(arg: float):
        return "float tag"
s = Shape()
print(s.area(1), s.area("a"), s.area(1.5), Shape.make([1]), Shape.make(1), s.make(()), Shape.tag(1.0), s.tag(1), s.area.__name__, Shape.area.__name__)
class AbsBase(ABC):
    @singledispatchmethod
    @abstractmethod
    def go(self, x): pass
    pm = partialmethod(abstractmethod(lambda self, x: x), 1)
print(sorted(AbsBase.__abstractmethods__))
attempt(lambda: singledispatchmethod(5))
class Acc:
    def __init__(self): self.total = 0
    def add(self, a, b=0, *, scale=1):
        self.total += (a + b) * scale
        return self.total
    add5 = partialmethod(add, 5)
    add_scaled = partialmethod(add, scale=10)
    both = partialmethod(add_scaled, 1)
    @classmethod
    def klass(cls, a, b):
        return (cls.__name__, a, b)
    kpart = partialmethod(klass, "k")
    @staticmethod
    def stat(a, b):
        return (a, b)
    spart = partialmethod(stat, "s")
    ppart = partialmethod(partial(lambda self, a, b: (a, b), None), "p")
a = Acc()
print(a.add5(), a.add5(1), a.add_scaled(1), a.both(), a.both(scale=2), Acc.kpart(1), a.kpart(2), Acc.spart(3), a.spart(4), a.total)
print(Acc.both.func.__name__ if hasattr(Acc.both, "func") else "unbound", Acc.__dict__["both"].args, Acc.__dict__["both"].keywords, Acc.__dict__["both"].func.__name__)
print(repr(Acc.__dict__["add5"]).split(" at ")[0], repr(partialmethod(max, 1, 2, key=abs)).replace("functools.", ""))
attempt(lambda: partialmethod(5))
attempt(lambda: a.ppart(9))
class Named:
    @cached_property
    def val(self):
        "the value"
        return 1
def twice():
    class Twice:
        val = Named.__dict__["val"]
attempt(twice)
class Slotted:
    __slots__ = ("x",)
    @cached_property
    def val(self):
        return 1
attempt(lambda: Slotted().val)
cp = cached_property(lambda self: 1)
attempt(lambda: cp.__get__(Named.__new__(Named)))
print(Named.__dict__["val"].__doc__, Named.__dict__["val"].__module__, cached_property[int])
def wrapper(): pass
def wrapped(a): "w-doc"
wrapped.extra = {"k": 1}
wrapped.__dict__["__wrapped__"] = "inner"
functools.update_wrapper(wrapper, wrapped, assigned=("__name__", "missing_attr"), updated=("__dict__",))
print(wrapper.__name__, wrapper.__doc__, wrapper.extra, wrapper.__wrapped__ is wrapped)
w2 = functools.wraps(wrapped, assigned=(), updated=())(lambda: 0)
print(w2.__name__, w2.__wrapped__ is wrapped, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
attempt(lambda: functools.update_wrapper(wrapper, wrapped, updated=("nope",)))
@functools.lru_cache(maxsize=-5)
def neg(x): return x
print(neg(1), neg(1), neg.cache_info(), neg.cache_parameters())
print(functools.lru_cache(typed=True)(abs).cache_parameters(), functools.cache(abs).cache_parameters())
attempt(lambda: functools.lru_cache(1.5))
attempt(lambda: functools.lru_cache(abs, typed=1))
@functools.total_ordering
class Only:
    def __init__(self, v): self.v = v
    def __le__(self, o):
        return NotImplemented if not isinstance(o, Only) else self.v <= o.v
print(Only(1) < Only(2), Only(2) > Only(1), Only(1) >= Only(1), Only.__gt__.__qualname__)
attempt(lambda: Only(1) < 5)
@functools.total_ordering
class GeOnly:
    def __init__(self, v): self.v = v
    def __ge__(self, o): return self.v >= o.v
print(GeOnly(1) < GeOnly(2), GeOnly(1) <= GeOnly(1), GeOnly(2) > GeOnly(2))
print(sorted(functools.__all__))
