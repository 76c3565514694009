# Subclasses of ModuleType: instances of the subclass, __class__ swapped on a
# live module (lazy modules), hooks and properties of the subclass.
import sys
import types


class M(types.ModuleType):
    def hello(self):
        return "hello from " + self.__name__

    @property
    def answer(self):
        return 42


m = M("mm", "doc")
m.x = 5
print(m.hello(), m.answer, m.x, m.__doc__, sorted(k for k in vars(m) if not k.startswith("__")), type(m).__name__)
print(isinstance(m, types.ModuleType), repr(m))
try:
    m.answer = 1
except AttributeError as e:
    print("AttributeError:", e)


class Loud(types.ModuleType):
    def __getattribute__(self, name):
        return "hooked " + name


loud = Loud("loud")
loud.g = 1
print(loud.h, loud.g)


class Lazy(types.ModuleType):
    def __getattr__(self, name):
        return name.upper()


mod = sys.modules[__name__]
mod.__class__ = Lazy
print(mod.whatever, type(mod).__name__, mod.M is M)
mod.__class__ = types.ModuleType
print(type(mod).__name__)
try:
    mod.whatever
except AttributeError as e:
    print("AttributeError:", e)
for bad in (int, M.__mro__[-1]):
    try:
        mod.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
