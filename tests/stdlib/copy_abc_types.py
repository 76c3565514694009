# copy (shallow/deep, memo, custom hooks, reductions), abc (abstract classes, register, subclasshook), types helpers
import copy, abc, types
from collections import deque, OrderedDict, Counter, defaultdict, namedtuple
class Node:
    def __init__(self, v): self.v = v; self.kids = []
n = Node(1); n.kids.append(Node(2)); n.kids.append(n)
c1 = copy.copy(n); c2 = copy.deepcopy(n)
print(c1.kids is n.kids, c2.kids is n.kids, c2.kids[1] is c2, c2.kids[0].v, type(c2).__name__)
data = {"a": [1, [2, 3]], "t": (1, [2]), "s": {1, 2}, "f": frozenset([1]), "b": bytearray(b"x")}
d2 = copy.deepcopy(data)
print(d2 == data, d2["a"][1] is data["a"][1], d2["t"][1] is data["t"][1], d2["f"] is data["f"], copy.copy(data)["a"] is data["a"])
t = (1, 2); print(copy.deepcopy(t) is t, copy.copy([1, 2]), copy.deepcopy(deque([[1]], 3)), copy.deepcopy(OrderedDict(a=[1])), copy.deepcopy(Counter("aab")))
dd = defaultdict(list, {"k": [1]}); dd2 = copy.deepcopy(dd); print(dd2, dd2["k"] is dd["k"], dd2.default_factory is list)
P = namedtuple("P", "x y"); print(copy.copy(P(1, [2])), copy.deepcopy(P(1, [2])).y is not None)
class Custom:
    def __init__(self): self.log = []
    def __copy__(self):
        c = Custom(); c.log = ["copied"]; return c
    def __deepcopy__(self, memo):
        c = Custom(); c.log = ["deep", len(memo) >= 0]; return c
print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log, copy.deepcopy([Custom()])[0].log)
class Slots:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]
s2 = copy.deepcopy(Slots()); print(s2.a, hasattr(s2, "b"))
class State:
    def __init__(self): self.x = 1
    def __getstate__(self): return {"x": self.x * 10}
    def __setstate__(self, st): self.x = st["x"] + 1
print(copy.copy(State()).x, copy.deepcopy(State()).x)
class Red:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Red, (self.v * 2,))
print(copy.copy(Red(3)).v, copy.deepcopy(Red(3)).v)
memo = {}; lst = [1]; copy.deepcopy([lst, lst], memo); print(id(lst) in memo)
print(copy.copy(int) is int, copy.deepcopy(len) is len, copy.copy(None), copy.Error is copy.error)

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name}: {self.area()}"
class Sq(Shape):
    def area(self): return 4
    @property
    def name(self): return "square"
print(Sq().describe(), Shape.__abstractmethods__ == frozenset({"area", "name"}), Sq.__abstractmethods__, isinstance(Sq(), Shape), type(Shape).__name__)
for cls in (Shape,):
    try:
        cls()
    except TypeError as exc:
        print("TypeError", exc)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as exc:
    print("TypeError", exc)
class Iface(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iface:
            return any("quack" in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Iface), isinstance(Duck(), Iface), isinstance(1, Iface))
class Reg(abc.ABC): pass
Reg.register(tuple)
@Reg.register
class Later: pass
print(isinstance((), Reg), issubclass(Later, Reg), issubclass(list, Reg), Later.__name__, abc.get_cache_token() >= 0)
class M(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
M.f = lambda self: 1
abc.update_abstractmethods(M)
print(M.__abstractmethods__, M().f())
try:
    Reg.register(5)
except TypeError as exc:
    print("TypeError", exc)

ns = types.SimpleNamespace(a=1, b=[2])
ns.c = 3; del ns.a
print(ns, ns == types.SimpleNamespace(b=[2], c=3), vars(ns), repr(types.SimpleNamespace()))
class NS(types.SimpleNamespace): pass
print(NS(x=1))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), mp.get("z", 0), "k" in mp, mp.copy(), dict(mp.items()))
try:
    mp["z"] = 1
except TypeError as exc:
    print("TypeError", exc)
def gen(): yield 1
async def coro(): pass
c = coro()
print(isinstance(gen(), types.GeneratorType), isinstance(c, types.CoroutineType), isinstance(len, types.BuiltinFunctionType), isinstance(gen, types.FunctionType), isinstance(types, types.ModuleType), types.NoneType, types.EllipsisType, type(int | str) is types.UnionType)
c.close()
m = types.ModuleType("mod", "doc"); m.x = 1; print(m.__name__, m.__doc__, m.x, repr(m))
class K:
    def meth(self): return self
k = K(); bm = types.MethodType(lambda self, y: (self is k, y), k)
print(bm(5), types.MethodType(K.meth, k)() is k)
Made = types.new_class("Made", (dict,), {}, lambda ns: ns.update({"hello": lambda self: "hi"}))
print(Made, Made().hello(), Made.__mro__, types.prepare_class("X", (int,))[0], types.resolve_bases((int, str)))
class DC:
    @types.DynamicClassAttribute
    def attr(self): return "instance"
print(DC().attr)
try:
    DC.attr
except AttributeError:
    print("AttributeError on class")

# __module__ assigned on a class whose metaclass body defined its own __module__
class _Meta(abc.ABCMeta):
    pass
class WithMeta(metaclass=_Meta):
    pass
WithMeta.__module__ = 'elsewhere'
print(WithMeta, WithMeta.__module__)
import typing
print(typing.Protocol, typing.NamedTuple.__module__, typing.TypedDict.__module__, typing.SupportsIndex)
