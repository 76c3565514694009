# Class patterns: isinstance checks, __match_args__, keyword attributes, the
# builtins that match themselves, dataclasses, namedtuples, enums.
import collections
import dataclasses
import enum


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"3d on the floor at {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "elsewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(5, 5), Point(1, 2), Point3(0, 0, 0),
          Point3(1, 2, 0), Point3(1, 2, 3), (0, 0), None]:
    print(where(p))

# Builtins that are their own positional sub-pattern.
for v in [True, 0, 1.5, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 2}, {1}, frozenset({2}), None, 2j]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case bytes(bs):
            print("bytes", bs)
        case bytearray(ba):
            print("bytearray", ba)
        case list(l):
            print("list", l)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set(st):
            print("set", st)
        case frozenset(fs):
            print("frozenset", fs)
        case _:
            print("other", v)


class MyInt(int):
    pass


class MyIntArgs(int):
    __match_args__ = ("real", "imag")


match MyInt(5):
    case int(n):
        print("int subclass matches itself:", n, type(n).__name__)
match MyIntArgs(7):
    case MyIntArgs(r, i):
        print("own __match_args__:", r, i)
match 5:
    case int(real=r, imag=i):
        print("keywords on int:", r, i)
match "abc":
    case str(upper=u):
        print("bound method attribute:", u())


# Dataclasses and namedtuples generate __match_args__.
@dataclasses.dataclass
class Move:
    dx: int
    dy: int = 0


Pair = collections.namedtuple("Pair", "left right")

for obj in [Move(1, 2), Move(3), Pair("a", "b"), Pair(1, Pair(2, 3))]:
    match obj:
        case Move(0, 0):
            print("no move")
        case Move(dx, 0):
            print("horizontal", dx)
        case Move(dx, dy):
            print("move", dx, dy)
        case Pair(left, Pair(l2, r2)):
            print("nested pair", left, l2, r2)
        case Pair(left=l, right=r):
            print("pair", l, r)


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


for c in Color:
    match c:
        case Color.RED | Color.GREEN:
            print("warm-ish", c.name)
        case Color():
            print("other color", c.name)

# Missing attributes mean no match; other errors propagate.
class Lazy:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a = 1

    @property
    def c(self):
        raise AttributeError("no c")

    @property
    def d(self):
        raise KeyError("d")


match Lazy():
    case Lazy(1, 2):
        print("no")
    case Lazy(c=_):
        print("no")
    case Lazy(a):
        print("first only", a)
try:
    match Lazy():
        case Lazy(d=_):
            pass
except KeyError as e:
    print("KeyError", e)


# isinstance goes through __instancecheck__.
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj > 10


class Big(metaclass=Meta):
    pass


for v in [5, 50]:
    match v:
        case Big():
            print(v, "is Big")
        case _:
            print(v, "is not Big")

# Errors raised by class patterns.
class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


class BadNames:
    __match_args__ = (1,)


class Dup:
    __match_args__ = ("x",)
    x = 1


def not_a_class():
    pass


cases = [
    ("not a class", lambda: not_a_class),
    ("too many positional", lambda: NoArgs),
    ("match args not a tuple", lambda: BadArgs),
    ("match args not str", lambda: BadNames),
]
for label, get in cases:
    try:
        cls = get()
        match NoArgs() if cls is NoArgs else (BadArgs() if cls is BadArgs else (BadNames() if cls is BadNames else 1)):
            case cls(a):
                print("matched?")
    except TypeError as e:
        print(label, "->", e)
try:
    match 3:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)
try:
    match Dup():
        case Dup(1, x=1):
            pass
except TypeError as e:
    print(e)
match 3:
    case not_a_class.__class__():
        print("function is a class: its type")
    case _:
        print("not a function")
