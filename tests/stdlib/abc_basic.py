# abc: ABC, abstractmethod, registration and error messages
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
class Sq(Half):
    def perimeter(self): return 4
print(Sq().describe(), isinstance(Sq(), Shape), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class Proto(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
class Impl(Proto):
    @property
    def name(self): return "impl"
print(Impl().name)
class Virtual(ABC): pass
Virtual.register(int)
print(isinstance(5, Virtual), issubclass(bool, Virtual), issubclass(str, Virtual))
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented
print(isinstance([], HasLen), isinstance(5, HasLen))
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.MutableSet), isinstance((x for x in []), cabc.Iterator), isinstance("s", cabc.Hashable), isinstance([], cabc.Hashable))
class OneAbstract(ABC):
    @abstractmethod
    def only(self): pass
try:
    OneAbstract()
except TypeError as e:
    print(type(e).__name__, e)
