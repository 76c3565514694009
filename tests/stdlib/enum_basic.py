# enum: Enum, IntEnum, Flag, auto, reprs, iteration, lookup
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [c.name for c in Color], list(Color.__members__))
print(Color.RED == 1, Color.RED == Color.RED, isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED in Color)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, repr(Num.TWO), str(Num.TWO), f"{Num.TWO}", sorted([Num.TWO, Num.ONE]), int(Num.TWO))
class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in Auto], repr(Auto.C))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw.value, Perm(0), list(rw), bool(Perm(0)))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | 4), IP.A & 3)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def label(self):
        return self.name.title()
print(Planet.EARTH.mass, Planet.EARTH.label, Planet.EARTH.value)
class S(str, Enum):
    X = "x"
print(S.X == "x", S.X.value, repr(S.X), str(S.X), f"{S.X}")
class SE(enum.StrEnum):
    A = auto()
print(SE.A, repr(SE.A), SE.A.upper())
Dyn = Enum("Dyn", "ONE TWO")
print(list(Dyn), Dyn.TWO.value, Dyn.__name__)
print({Color.RED: "r"}[Color.CRIMSON], Color.RED.__class__ is Color, Color.__members__["CRIMSON"])
