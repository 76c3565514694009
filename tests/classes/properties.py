# property with getter/setter/deleter, read-only properties, property objects
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Temperature in C."""
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("delete")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 25
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t._c)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temp.celsius).__name__, Temp.celsius.__doc__, Temp.fahrenheit.fset, Temp.celsius.fget.__name__)
class Old:
    def _get(self):
        return "old-style"
    x = property(_get, doc="x doc")
print(Old().x, Old.x.__doc__)
class Lazy:
    @property
    def value(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Lazy().value)
class Child(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "child getter"
c = Child()
print(c.celsius)
c.celsius = 5
print(c._c)
class NoSetter:
    @property
    def ro(self):
        return 1
try:
    NoSetter().ro = 2
except AttributeError as e:
    print(type(e).__name__, e)
