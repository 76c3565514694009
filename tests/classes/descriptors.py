# descriptor protocol: data vs non-data descriptors, __set_name__, lookup precedence
class Verbose:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("__get__", self.name)
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        print("__set__", self.name, value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("__delete__", self.name)
        delattr(obj, self.name)
class Model:
    a = Verbose()
    b = Verbose()
m = Model()
m.a = 1
print(m.a, m.b)
del m.a
print(m.a, type(Model.a).__name__)
m.__dict__["a"] = "dict value"
print(m.a)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Host:
    nd = NonData()
h = Host()
print(h.nd)
h.nd = "instance wins"
print(h.nd, Host.nd)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class Person:
    age = Typed(int)
    name = Typed(str)
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person("Ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
class Bound:
    def method(self):
        return self
b = Bound()
f = Bound.__dict__["method"]
print(f.__get__(b)() is b, f.__get__(None, Bound) is f, Bound.method is f)
class ReadOnly:
    def __get__(self, obj, t=None):
        return 1
    def __set__(self, obj, v):
        raise AttributeError("read-only")
class R:
    x = ReadOnly()
r = R()
try:
    r.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
r.__dict__["x"] = 99
print(r.x)
