# dataclasses: repr, eq, order, frozen, defaults, field(default_factory), asdict/astuple, replace
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) != Point(2), repr(Point(y=5, x=3)))
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(1, 5), Ver(1, 2), Ver(0, 9)]), Ver(1) < Ver(1, 1), max(Ver(2), Ver(1, 99)))
@dataclass(frozen=True)
class Frozen:
    name: str
    tags: tuple = ()
f = Frozen("a")
try:
    f.name = "b"
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(f) == hash(Frozen("a")), {f: 1}[Frozen("a")])
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
a, b = Inventory(), Inventory()
a.items.append(1)
print(a, b, a.items is b.items, Inventory(secret="x") == Inventory(secret="y"))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Nested:
    p: Point
    pts: list
n = Nested(Point(1, 2), [Point(3)])
print(asdict(n), astuple(n), replace(p, y=9), [f.name for f in fields(Nested)], is_dataclass(n), is_dataclass(int))
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(Post(3))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, 3), Child(1))
@dataclass(slots=True)
class Slotted:
    a: int
print(Slotted(1), hasattr(Slotted(1), "__dict__"))
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
try:
    KW(1)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Rec:
    children: list = field(default_factory=list)
r = Rec()
r.children.append(r)
print(r)
