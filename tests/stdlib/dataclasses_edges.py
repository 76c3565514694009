# dataclasses: generated methods' details, field kinds, errors, slots, helpers
import dataclasses, inspect, typing
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, make_dataclass, is_dataclass,
                         InitVar, KW_ONLY, MISSING, FrozenInstanceError, Field)
from typing import ClassVar
from collections import namedtuple, defaultdict, OrderedDict

@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, repr=False, compare=False, metadata={"unit": "m"})
    count: ClassVar[int] = 0
    scale: "ClassVar[float]" = 1.0
    seed: InitVar[int] = 5
    label: str = field(default="p", init=False)
    def __post_init__(self, seed):
        self.label = f"p{seed}"
p = P(1, 2, seed=7)
print(p, p.label, p.tags, P.count, P.scale, [f.name for f in fields(P)], P.__match_args__, p == P(1, 2, seed=7), p == P(1, 3))
print(inspect.signature(P), P.__init__.__annotations__, P.__init__.__qualname__, P.__repr__.__qualname__, P.__eq__.__name__)
print(fields(P)[2].metadata, fields(P)[2].metadata["unit"], fields(P)[0].type, P.__dataclass_params__.eq, repr(P.__dataclass_fields__["seed"]._field_type), P.__doc__)
for call in [lambda: P(), lambda: P(1, 2, 3, 4, 5), lambda: P(1, z=3), lambda: P(1, x=2)]:
    try:
        call()
    except TypeError as exc:
        print("TypeError", exc)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "x"
v = V(1)
print(v < V(2), v <= V(1, "x"), v > V(0, "z"), V(1, "a") >= V(1, "b"), hash(v) == hash((1, "x")), v.__lt__(3), sorted([V(2), V(1, "z"), V(1)]))
for fn in [lambda: setattr(v, "a", 3), lambda: delattr(v, "b"), lambda: setattr(v, "new", 1)]:
    try:
        fn()
    except FrozenInstanceError as exc:
        print("FrozenInstanceError", exc, isinstance(exc, AttributeError))
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False, default=0)
print(hash(H(1, 2)) == hash((1,)), H.__hash__ is not None)
@dataclass
class NoHash:
    a: int
@dataclass(eq=False)
class KeepHash:
    a: int
@dataclass
class OwnHash:
    a: int
    def __hash__(self): return 7
print(NoHash.__hash__, KeepHash.__hash__ is object.__hash__, hash(OwnHash(1)), KeepHash(1) == KeepHash(1))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = field(default=1, kw_only=False)
print(K(a=1), K2(1, 3, b=2), inspect.signature(K2), K2.__match_args__)
@dataclass(slots=True)
class S:
    a: int
    b: int = 3
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"), S.__qualname__)
try:
    s.c = 1
except AttributeError as exc:
    print("AttributeError")
@dataclass(slots=True, weakref_slot=True, frozen=True)
class SW:
    a: int
print(SW.__slots__, SW(1), SW(1).__getstate__() if hasattr(SW, "__getstate__") else None)
@dataclass
class Base:
    a: int
    b: int = 1
@dataclass
class Derived(Base):
    c: int = 2
    a: int = 9
print(Derived(), [f.name for f in fields(Derived)], Derived.__match_args__)
@dataclass
class Node:
    val: int
    nxt: "Node" = None
n = Node(1); n.nxt = n
print(repr(n))
NT = namedtuple("NT", "a b")
@dataclass
class Inner:
    z: list
@dataclass
class Outer:
    i: Inner
    t: tuple
    d: dict
    nt: NT
    dd: defaultdict
o = Outer(Inner([1, [2]]), (Inner([3]),), {"k": Inner([])}, NT(Inner([4]), 2), defaultdict(list, {1: [Inner([5])]}))
print(asdict(o))
print(astuple(o), asdict(o, dict_factory=OrderedDict)["i"], astuple(Inner([1]), tuple_factory=list))
print(is_dataclass(o), is_dataclass(Outer), is_dataclass(3), is_dataclass(int))
r = replace(P(1, 2, seed=1), y=5, seed=3)
print(r, r.label)
for fn in [lambda: replace(P(1), label="z"), lambda: replace(3), lambda: asdict(P), lambda: astuple(3), lambda: fields(3),
           lambda: replace(make_dataclass("IV", [("a", InitVar[int])])(1))]:
    try:
        fn()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
M = make_dataclass("M", ["a", ("b", int), ("c", int, field(default=4))], namespace={"twice": lambda self: self.b * 2}, order=True, bases=(Base,))
print(M(1, 2, 3), M(1, 2, 3).twice(), M.__module__, [f.type for f in fields(M)], M.__mro__)
for spec in [[("a",)], ["a b"], ["class"], ["a", "a"], [("a", int, 1, 2)]]:
    try:
        make_dataclass("Bad", spec)
    except TypeError as exc:
        print("TypeError", exc)
bodies = [
    "@dataclass\nclass E:\n a: list = []",
    "@dataclass\nclass E:\n a: int = 1\n b: int",
    "@dataclass\nclass E:\n a = field(default=1)",
    "@dataclass(order=True, eq=False)\nclass E:\n a: int",
    "@dataclass(order=True)\nclass E:\n a: int\n def __lt__(self, o): pass",
    "@dataclass(frozen=True)\nclass E:\n a: int\n def __setattr__(self, n, v): pass",
    "@dataclass(unsafe_hash=True)\nclass E:\n a: int\n def __hash__(self): return 1",
    "@dataclass\nclass E:\n c: ClassVar[int] = field(default_factory=list)",
    "@dataclass\nclass E:\n c: ClassVar[int] = field(default=1, kw_only=True)",
    "@dataclass\nclass E:\n _: KW_ONLY\n __: KW_ONLY",
    "@dataclass(frozen=True)\nclass F0:\n a: int\n@dataclass\nclass E(F0):\n b: int",
    "@dataclass\nclass F1:\n a: int\n@dataclass(frozen=True)\nclass E(F1):\n b: int",
    "@dataclass(weakref_slot=True)\nclass E:\n a: int",
    "field(default=1, default_factory=list)",
    "@dataclass\nclass E:\n a: int = field(default_factory=list)\n b: int\n",
]
for body in bodies:
    try:
        exec(body, dict(globals()))
        print("ok")
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
f = field(default=3, repr=False)
print(repr(f).split(",default_factory")[0], repr(f).split("kw_only=")[0].split(",init=")[1], type(f).__name__)
print(InitVar[int], InitVar[list[int]], InitVar("x"), repr(MISSING)[:30], repr(KW_ONLY)[:30])
print(P.__dataclass_params__)
@dataclass(init=False, repr=False, eq=False, match_args=False)
class Bare:
    a: int = 1
print(Bare().a, "__match_args__" in Bare.__dict__, Bare.__eq__ is object.__eq__, "__init__" in Bare.__dict__)
@dataclass
class WithSelf:
    self: int
    other: int = 2
print(WithSelf(1), WithSelf(self=4))
@dataclass
class Desc:
    class D:
        def __set_name__(self, owner, name): self.name = name
        def __get__(self, obj, tp=None): return 10 if obj is None else obj.__dict__.get("_v", 10)
        def __set__(self, obj, value): obj.__dict__["_v"] = value
    d: int = D()
print(Desc(), Desc(3), Desc.__dataclass_fields__["d"].default)
@dataclass
class Doc:
    """Has a doc."""
    a: int
print(Doc.__doc__)
@dataclass
class Typed:
    a: typing.Optional[int]
    b: list[int]
    c: "int"
    d: typing.Any = None
print(Typed.__doc__)
