# enum: flag boundaries, pseudo-members, verify, global_enum, class-body rules and errors
import enum, copy, sys
from enum import (Enum, IntEnum, StrEnum, Flag, IntFlag, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS,
                  STRICT, CONFORM, EJECT, KEEP, FlagBoundary, ReprEnum, member, nonmember)
class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2
class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
print(Conform(7), repr(Conform(4)), Eject(7), type(Eject(7)).__name__, Keep(7), repr(Keep(12)), Keep(7).value, list(Keep(7)))
for fn in [lambda: Strict(4), lambda: Strict(7), lambda: Strict("x"), lambda: Conform("x")]:
    try:
        print(fn())
    except ValueError as exc:
        print("ValueError", exc)
print(repr(~Strict.A), repr(~Keep.A), repr(~Eject.A), repr(~Conform(0)), Strict(-1), repr(Strict(-2)), ~~Strict.A)
print(Strict._boundary_, Keep._flag_mask_, Keep._all_bits_, Keep._singles_mask_, IntFlag._boundary_, Flag._boundary_)
class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7
    NONE = 0
print(list(Color), Color.WHITE, repr(Color.RED | Color.BLUE), len(Color.WHITE), Color.NONE, bool(Color.NONE), Color(6), Color(0).name, Color.WHITE.name)
print(Color.RED in Color.WHITE, Color.RED | Color.GREEN | Color.BLUE is Color.WHITE, list(Color.WHITE), Color.RED & Color.GREEN, Color.RED ^ Color.WHITE, ~Color.WHITE, ~Color.NONE)
try:
    1 in Color.RED
except TypeError as exc:
    print("TypeError", exc)
print(Color.RED | 1 if False else Color.RED.__or__(1), Color.RED.__and__("x"))
class Late(Flag):
    C = 4
    A = 1
    B = 2
print(list(Late), Late(7), list(Late(7)), Late(5))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | 8, repr(Perm(9)), Perm(9), Perm.R + 1, Perm.R | Perm.W, ~Perm.R, repr(~Perm.R), Perm(-1), format(Perm.R, "03d"), str(Perm.R | Perm.W))
print(enum.bin(5), enum.bin(5, 8), enum.bin(-5), enum.bin(0), enum.show_flag_values(13))
@verify(UNIQUE)
class Fine(Enum):
    A = 1
    B = 2
for body in ["@verify(UNIQUE)\nclass E(Enum):\n A = 1\n B = 1",
             "@verify(CONTINUOUS)\nclass E(IntEnum):\n A = 1\n B = 4\n C = 6",
             "@verify(CONTINUOUS)\nclass E(Flag):\n A = 1\n B = 8",
             "@verify(NAMED_FLAGS)\nclass E(Flag):\n A = 1\n B = 2\n ABX = 11",
             "@verify(NAMED_FLAGS)\nclass E(Flag):\n A = 1\n AX = 5\n AY = 9",
             "@verify(UNIQUE)\nclass E:\n pass",
             "class E(Enum):\n _bogus_ = 1",
             "class E(Enum):\n A = auto()\n def _generate_next_value_(name, start, count, last): return 1",
             "class E(Enum):\n _ignore_ = 'A'\n A = 1\n _ignore_ = 'A'",
             "class E(Enum):\n mro = 1",
             "class E(Enum):\n _order_ = 'B A'\n A = 1\n B = 2",
             "class E(ReprEnum):\n A = 1",
             "class E(Enum, int):\n A = 1",
             "class E(Enum):\n A = 1\n def A(self): pass",
             "class E(Enum):\n A = 'x'\n B = auto()",
             "class E(Enum):\n pass\nE(1)",
             "class E(Enum):\n A = 1\n @classmethod\n def _missing_(cls, v): return 5\nE(3)",
             "class E(Enum):\n A = 1\n @classmethod\n def _missing_(cls, v): raise KeyError(v)\nE(3)",
             "class E(StrEnum):\n A = 1",
             "class E(StrEnum):\n A = ('a', 2)",
             "class E(StrEnum):\n A = ('a', 'b', 'c', 'd')",
             "class E(Flag):\n A = 'x'\n B = auto()"]:
    try:
        exec(body, dict(vars(enum)))
        print("ok")
    except (ValueError, TypeError, KeyError) as exc:
        print(type(exc).__name__, exc, type(exc.__context__).__name__)
class Ign(Enum):
    _ignore_ = ["tmp", "i"]
    tmp = 5
    X = 1
    for i in range(2):
        pass
print(list(Ign), hasattr(Ign, "tmp"))
class Tup(Enum):
    A = (auto(), "a")
    B = (auto(), "b")
print(Tup.A.value, Tup.B.value)
class Low(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()
print(Low.X.value, Low.Y.value, repr(auto()), repr(auto(5)))
class Shadow(Enum):
    name = 1
    value = 2
    other = 3
print(Shadow.name, Shadow.value.value, Shadow.name.name, Shadow["value"], Shadow.other.value)
class Big(int, Enum):
    A = 1
    def __new__(cls, value, label=""):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    B = (2, "two")
print(Big.B.label, Big(2), repr(Big.B), Big.B + 1, format(Big.A), str(Big.A))
Dyn = Enum("Dyn", [("A", 5), ("B", 6)], module="mymod", qualname="X.Dyn", start=3)
Dyn2 = IntEnum("Dyn2", "A,B C", start=10)
Dyn3 = Enum("Dyn3", ("A", "B"), type=str)
Dyn4 = Flag("Dyn4", "R W X")
print(Dyn.__module__, Dyn.__qualname__, list(Dyn2), [m.value for m in Dyn2], Dyn3.A.value, repr(Dyn3.B), list(Dyn4), Dyn4.X.value)
print(Color.RED.__reduce_ex__(2), copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED, hash(Fine.A) == hash("A"))
print(dir(Fine), dir(Perm.R)[:5], sorted(set(dir(Fine)) - {"__init_subclass__"})[:3])
print(Fine.__members__, Fine.A in Fine, 1 in Fine, 3 in Fine, repr(Fine), repr(Color), repr(Perm), bool(Fine), Fine._member_names_, Fine._value2member_map_)
print(list(FlagBoundary), FlagBoundary.STRICT == "strict", enum.EnumCheck.UNIQUE, repr(enum.CONTINUOUS))
class Mood(StrEnum):
    HAPPY = auto()
    SAD = "sad"
print(Mood("happy"), Mood.HAPPY.value, Mood.SAD.upper(), "h" in Mood.HAPPY, Mood.HAPPY + "!")
@enum.global_enum
class Lvl(IntEnum):
    LOW = 1
    HIGH = 2
print(repr(Lvl.LOW), str(Lvl.LOW), LOW is Lvl.LOW, Lvl(2))
@enum.global_enum
class GF(IntFlag):
    P = 1
    Q = 2
print(repr(GF.P), repr(GF.P | GF.Q), str(GF.P), repr(GF(0)), str(GF(0)))
class Base(Enum):
    def hello(self):
        return "hi " + self.name
class Child(Base):
    K = 1
print(Child.K.hello(), Child.K, list(Child))
try:
    del Fine.A
except AttributeError as exc:
    print("AttributeError", exc)
try:
    Fine.A.name = "z"
except AttributeError as exc:
    print("AttributeError", exc)
print(enum.pickle_by_enum_name(Fine.A, 2), enum.pickle_by_global_name(Fine.A, 2))
class Tpl(Enum):
    A = (1, 2)
    B = [3]
print(Tpl((1, 2)), Tpl([3]), Tpl.B.value, (1, 2) in Tpl)
try:
    Tpl(1, 2)
except ValueError as exc:
    print("ValueError", exc)
try:
    Fine("New", "X Y")
except ValueError as exc:
    print("ValueError", exc)
Empty = Enum("Empty", ())
print(list(Empty), Empty.__members__)
try:
    class TwoTypes(int, str, Enum):
        A = 1
except TypeError as exc:
    print("TypeError", str(exc)[:30])
