# abc: virtual subclasses, caches, hooks, __class__ proxies, update_abstractmethods
import abc
from abc import ABC, ABCMeta, abstractmethod

def attempt(fn):
    try:
        print(fn())
    except Exception as exc:
        print(type(exc).__name__, exc)

class Base(ABC):
    pass
class Child(Base):
    pass
class Plain:
    pass
print(issubclass(Plain, Base), isinstance(Plain(), Base))
token = abc.get_cache_token()
print(Child.register(Plain) is Plain, abc.get_cache_token() > token, issubclass(Plain, Child), issubclass(Plain, Base), isinstance(Plain(), Base))
print(Base.register(Child) is Child, Base.register(Plain) is Plain)
attempt(lambda: Child.register(Base))
attempt(lambda: Base.register(5))
attempt(lambda: issubclass(5, Base))
attempt(lambda: isinstance(5, Base))
class Hooked(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hooked:
            return True if hasattr(C, "quack") else False
        return NotImplemented
class Duck:
    def quack(self): pass
class NotDuck:
    pass
print(issubclass(Duck, Hooked), issubclass(NotDuck, Hooked), isinstance(Duck(), Hooked))
Hooked.register(NotDuck)
print(issubclass(NotDuck, Hooked))
class SubHooked(Hooked):
    pass
print(issubclass(Duck, SubHooked), issubclass(SubHooked, Hooked))
class Proxy:
    @property
    def __class__(self):
        return Duck
print(isinstance(Proxy(), Hooked), isinstance(Proxy(), Proxy))
class Late(ABC):
    pass
print(isinstance(1, Late), issubclass(int, Late))
Late.register(int)
print(isinstance(1, Late), issubclass(bool, Late))
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abc.abstractclassmethod
    def make(cls): ...
    @abc.abstractstaticmethod
    def helper(): ...
    @abc.abstractproperty
    def name(self): ...
print(sorted(Shape.__abstractmethods__))
attempt(lambda: Shape())
class Square(Shape):
    def area(self): return 4
print(sorted(Square.__abstractmethods__))
Square.make = classmethod(lambda cls: cls)
Square.helper = staticmethod(lambda: 1)
Square.name = property(lambda self: "sq")
print(abc.update_abstractmethods(Square) is Square, sorted(Square.__abstractmethods__), Square().name)
Square.area = abstractmethod(lambda self: 0)
abc.update_abstractmethods(Square); print(sorted(Square.__abstractmethods__))
print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, "__abstractmethods__"))
class M(metaclass=ABCMeta):
    @property
    @abstractmethod
    def p(self): ...
print(M.__abstractmethods__, M.p.__isabstractmethod__, abc.abstractmethod(lambda: 0).__isabstractmethod__)
print(ABC.__slots__, type(ABC).__name__)
