# dataclasses: field options, inheritance, frozen/eq/order/hash rules, InitVar, KW_ONLY, helpers, errors
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, InitVar, KW_ONLY, is_dataclass, FrozenInstanceError, MISSING
from typing import ClassVar, List
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    internal: int = field(default=7, repr=False, compare=False)
print(Item("a"), Item("a") == Item("a", internal=1), Item.count, [f.name for f in fields(Item)], Item.__match_args__)
print(Item.__init__.__qualname__, Item.__repr__.__qualname__, Item.__eq__.__qualname__, Item.__hash__, Item.__doc__)
print(fields(Item)[2].default_factory, fields(Item)[0].default is MISSING, fields(Item)[3].repr, repr(fields(Item)[1])[:40])
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
v = Version(1, 2)
print(v, hash(v) == hash(Version(1, 2)), Version(1) < v, sorted([Version(2), Version(1, 5), Version(1)]), v.__match_args__)
for fn in [lambda: setattr(v, "major", 3), lambda: delattr(v, "minor"), lambda: setattr(v, "new", 1)]:
    try:
        fn()
    except FrozenInstanceError as exc:
        print("FrozenInstanceError", exc)
@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: int = field(default=0, hash=False)
print(hash(Hashy(1, 2)) == hash(Hashy(1, 3)), Hashy(1) == Hashy(1, 5))
@dataclass(eq=False)
class Ident:
    a: int
print(Ident(1) == Ident(1), hash(Ident(1)) is not None)
@dataclass
class Unhashable:
    a: int
print(Unhashable.__hash__)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithInit(3), WithInit(3, 10), [f.name for f in fields(WithInit)])
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(1, c=5), KW.__match_args__)
@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 0
try:
    AllKW(1)
except TypeError as exc:
    print("TypeError", exc)
print(AllKW(x=3))
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Child(Base):
    z: int = 2
    x: int = 10
print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
@dataclass
class Tree:
    value: int
    kids: list = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(asdict(t))
print(astuple(t), asdict(Item("x"), dict_factory=lambda kv: [k for k, v in kv]))
print(replace(Item("a", 1.0), price=2.0), is_dataclass(Item), is_dataclass(Item("a")), is_dataclass(1))
Dyn = make_dataclass("Dyn", [("a", int), "b", ("c", str, field(default="x"))], namespace={"total": lambda self: self.a})
print(Dyn(1, 2), Dyn(1, 2).total(), [f.type for f in fields(Dyn)])
@dataclass(slots=True)
class Slot:
    a: int
    b: int = 2
print(Slot(1), Slot.__slots__, hasattr(Slot(1), "__dict__"))
@dataclass(repr=False, init=False)
class Custom:
    a: int = 1
    def __repr__(self):
        return "custom"
print(Custom(), Custom().a)
errors = []
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as exc:
    print("ValueError", exc)
try:
    @dataclass(order=True, eq=False)
    class Bad2:
        a: int
except ValueError as exc:
    print("ValueError", exc)
try:
    @dataclass
    class Bad3:
        a: int = 1
        b: int
except TypeError as exc:
    print("TypeError", exc)
try:
    @dataclass(frozen=True)
    class F(Base):
        pass
except TypeError as exc:
    print("TypeError", exc)
for fn in [lambda: Item(), lambda: Item("a", 1, [], 5, 6), lambda: fields(1), lambda: asdict(Item), lambda: replace(WithInit(1), b=3), lambda: field(default=1, default_factory=list)]:
    try:
        fn()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
