# Class attributes read through instances at warm attribute-cache sites:
# constants, methods to bind, classmethods, staticmethods, custom non-data
# descriptors, and every later change to the class or the instance.
class Tag:
    def __get__(self, obj, owner):
        return ("Tag.__get__", obj is not None, owner.__name__)


class Base:
    KIND = "base"
    tag = Tag()

    def __init__(self):
        self.own = 1

    def method(self):
        return "method of " + type(self).__name__

    @classmethod
    def cm(cls):
        return "cm of " + cls.__name__

    @staticmethod
    def sm():
        return "sm"


class Child(Base):
    KIND = "child"


def read(objs, name):
    out = []
    for o in objs:
        try:
            v = getattr(o, name) if name not in ("KIND", "tag", "method", "cm", "sm") else None
            if name == "KIND":
                v = o.KIND
            elif name == "tag":
                v = o.tag
            elif name == "method":
                v = o.method()
            elif name == "cm":
                v = o.cm()
            elif name == "sm":
                v = o.sm()
            out.append(v)
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out


def kinds(objs):
    return [o.KIND for o in objs]


def bound(objs):
    return [o.method for o in objs]


objs = [Base(), Child(), Base()]
for name in ("KIND", "tag", "method", "cm", "sm"):
    for _ in range(2):
        print(name, read(objs, name))

for i in range(5):
    if i == 1:
        objs[0].KIND = "instance"
    if i == 2:
        Base.KIND = "base v2"
    if i == 3:
        del Child.KIND
    if i == 4:
        del Base.KIND
    try:
        print(i, kinds(objs))
    except AttributeError as e:
        print(i, "AttributeError:", e)

ms = bound(objs)
print([m() for m in ms], [m.__self__ is o for m, o in zip(ms, objs)])


class NoDict:
    __slots__ = ()
    LIMIT = 10


print([NoDict().LIMIT for _ in range(3)])


class Lazy:
    X = 1

    def __getattr__(self, name):
        return "missing " + name


print([(Lazy().X, Lazy().Y) for _ in range(2)])
