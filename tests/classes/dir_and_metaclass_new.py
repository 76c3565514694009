# object.__dir__ / type.__dir__, and type(name, bases, ns) handing over to a
# base's metaclass that defines __new__.
class A:
    x = 1
    def m(self): pass
a = A()
a.y = 2
print(object.__dir__(a)[:3], type.__dir__(A)[:2], sorted(object.__dir__(a)) == dir(a))
print([n for n in dir(a) if not n.startswith("__")], [n for n in dir(A) if not n.startswith("__")])
class D:
    def __dir__(self):
        return ["b", "a"]
print(dir(D()))
try:
    type.__dir__(a)
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)
class Base(metaclass=Meta):
    pass
Y = type("Y", (Base,), {"z": 3})
print(type(Y).__name__, Y.z, Y.__mro__)
import abc
class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
X = type("X", (Abstract,), {})
print(type(X).__name__)
try:
    X()
except TypeError as e:
    print("TypeError:", e)
