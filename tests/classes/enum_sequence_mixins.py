# Enum members mixed with bytes, tuple and namedtuple carry attributes set in
# __new__ or later; copies of tuple subclass instances keep their __dict__.
from enum import Enum, IntEnum
class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj
    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')
    VX = (2, 'Velocity X', 'km/s')
print(Coordinate(1), Coordinate.VX.label, Coordinate.PY.unit, Coordinate.PX == b'\x00', bytes(Coordinate.VX))
class Pt(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)
    def norm(self):
        return sum(v * v for v in self)
Pt.UNIT.tag = 'u'
print(Pt.UNIT.norm(), Pt.UNIT.tag, Pt((0, 0)), list(Pt), hash(Pt.ORIGIN) == hash(Pt.ORIGIN), Pt.ORIGIN.__dict__)
from collections import namedtuple
class Version(namedtuple('Version', 'major minor'), Enum):
    OLD = (1, 0)
    NEW = (2, 1)
print(Version.NEW.major, Version.OLD, Version((2, 1)), Version.NEW.value)
import copy
class T(tuple): pass
t = T((1, 2)); t.a = 3
t2 = copy.deepcopy(t)
print(type(t2).__name__, t2, getattr(t2, 'a', None))
t3 = copy.copy(t)
print(type(t3).__name__, t3, getattr(t3, 'a', None))
