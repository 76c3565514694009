# Attribute and method inline caches at sites that see several classes:
# results must follow every change to classes and instance dicts.
class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return ("Base.get", self.v)


class A(Base):
    pass


class B(Base):
    def get(self):
        return ("B.get", self.v)


class C(Base):
    __slots__ = ()


class D:
    def __init__(self):
        self.v = "d"

    @property
    def get(self):
        return lambda: ("D.get property", self.v)


class E(Base):
    def __getattr__(self, name):
        return lambda: ("E.__getattr__", name)


def call_get(objs):
    return [o.get() for o in objs]


def read_v(objs):
    return [o.v for o in objs]


def write_v(objs, value):
    for o in objs:
        o.v = value


objs = [Base(1), A(2), B(3), C(4), D(), Base(5), A(6)]
for round in range(3):
    print(call_get(objs))
    print(read_v(objs))

# an instance attribute shadows the method on one instance only
objs[1].get = lambda: "instance-level get"
print(call_get(objs))
del objs[1].get
print(call_get(objs))

# replacing a method on a class after the sites are warm
Base.get = lambda self: ("new Base.get", self.v)
print(call_get(objs))

A.get = lambda self: ("A.get", self.v)
print(call_get(objs))
del A.get
print(call_get(objs))

# a data descriptor added to a class later wins over the instance dict
write_v(objs, 0)
print(read_v(objs))
B.v = property(lambda self: "B.v property", lambda self, value: print("B.v setter", value))
print(read_v(objs))
write_v(objs, 7)
print(read_v(objs))
del B.v
print(read_v(objs))

# __class__ assignment moves an instance to another class's cache entry
o = A(8)
sites = [o, o, o]
print(call_get(sites))
o.__class__ = B
print(call_get(sites))

# a class without the attribute: AttributeError through a warm site
class F:
    pass

try:
    call_get([Base(1), F()])
except AttributeError as e:
    print("AttributeError:", e)
try:
    read_v([Base(1), F()])
except AttributeError as e:
    print("AttributeError:", e)

# __getattr__ only for missing names; methods of builtin types at one site
print(call_get([E(9), E(10)]))
print([E(11).missing()])
print([x.upper() for x in ["a", "b"]], [x.count(1) for x in [[1, 1], (1,), [2]]])
