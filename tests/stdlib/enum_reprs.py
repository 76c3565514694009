# enum: reprs, str, format, flags, functional API, errors
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, member, nonmember
class Color(Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1
print(Color, repr(Color), Color.RED, repr(Color.RED), f"{Color.RED}", format(Color.RED, ">12"), str(Color.ALIAS))
print(Color(1), Color["GREEN"], Color.RED.name, Color.RED.value, list(Color), list(reversed(Color)), len(Color))
print(1 in Color, 3 in Color, Color.RED in Color, Color.__members__.keys(), type(Color.__members__).__name__)
print(Color.RED is Color.ALIAS, hash(Color.RED) == hash("RED"), Color.RED == 1, Color.RED != Color.GREEN, sorted(Color, key=lambda c: c.value))
print(dir(Color.RED), isinstance(Color.RED, Color), type(Color), type(Color.RED).__mro__)
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE, repr(Shape.CIRCLE), f"{Shape.SQUARE:>5}", Shape.CIRCLE + 1, Shape(2), Shape.CIRCLE < Shape.SQUARE, int(Shape.SQUARE), Shape.SQUARE * 3, [s for s in Shape])
class Mood(StrEnum):
    HAPPY = auto()
    SAD = "down"
print(Mood.HAPPY, repr(Mood.HAPPY), Mood.SAD, Mood.SAD.upper(), Mood("down"), Mood.HAPPY == "happy", f"[{Mood.SAD:^8}]")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RWX, repr(Perm.RWX), ~Perm.R, repr(Perm(0)), Perm(0), bool(Perm.R & Perm.W))
print(list(Perm), list(Perm.RWX), len(Perm.RWX), Perm.R in Perm.RWX, (Perm.R | Perm.W).name, Perm.RWX.value, Perm.R ^ Perm.RWX)
try:
    Perm(8)
except ValueError as exc:
    print("ValueError", exc)
class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, repr(Bits.A | Bits.B), repr(Bits(8)), Bits(3) & 1, Bits.A | 8, repr(~Bits.A), Bits.B + 1, type(Bits.B + 1).__name__)
class Auto(Flag):
    ONE = auto()
    TWO = auto()
    FOUR = auto()
print([m.value for m in Auto], Auto.FOUR)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 2), Planet((3.303e+23, 2.4397e6)))
class Ordered(Enum):
    _order_ = "B A"
    B = 2
    A = 1
print(list(Ordered), Ordered.B)
class WithMethods(Enum):
    X = 1
    Y = 2
    def describe(self):
        return f"{self.name}={self.value}"
    @classmethod
    def first(cls):
        return list(cls)[0]
    other = nonmember(5)
    Z = member(lambda: 0)
print(WithMethods.X.describe(), WithMethods.first(), WithMethods.other, list(WithMethods)[-1].name)
class Missing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(Missing(99))
Animal = Enum("Animal", "ANT BEE CAT")
Num = IntEnum("Num", [("ONE", 1), ("TEN", 10)])
Mixed = Enum("Mixed", {"X": "x", "Y": "y"})
print(list(Animal), Animal.BEE.value, Num.TEN + 1, Mixed.Y, Animal.__module__)
for fn in [lambda: Color(9), lambda: Color["BLUE"], lambda: setattr(Color, "RED", 3), lambda: delattr(Color, "RED")]:
    try:
        fn()
    except Exception as exc:
        print(type(exc).__name__, exc)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as exc:
    print("TypeError", exc)
try:
    class Extend(Color):
        BLUE = 3
except TypeError as exc:
    print("TypeError", exc)
try:
    @unique
    class Dups(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as exc:
    print("ValueError", exc)
print(enum.EnumMeta is enum.EnumType, enum.STRICT, repr(enum.KEEP), Color.RED.__class__.__name__)
