# Bases whose __slots__ both add members cannot be combined; a base that adds
# only a dict, or no slots at all, can.
class Point:
    __slots__ = ("x", "y")


class Named:
    __slots__ = ("name", "__dict__")


class Plain:
    pass


class NoMembers:
    __slots__ = ()


class WeakOnly:
    __slots__ = ("__weakref__",)


def make(*bases):
    try:
        cls = type("C", bases, {})
    except TypeError as e:
        return f"{'+'.join(b.__name__ for b in bases)}: {e}"
    return f"{'+'.join(b.__name__ for b in bases)}: base {cls.__base__.__name__}"


for bases in [(Point, Named), (Named, Point), (Point, Plain), (Plain, Point),
              (Plain, NoMembers), (NoMembers, Point, WeakOnly), (Point, int),
              (Plain, int), (int, Plain), (Point, Exception), (Plain, dict, NoMembers)]:
    print(make(*bases))


class Both(Plain, Point):
    pass


b = Both()
b.x, b.y, b.z = 1, 2, 3
print(b.x, b.y, b.__dict__)


class Sub(Point):
    __slots__ = ("z",)


class Mixed(Sub, Plain):
    pass


m = Mixed()
m.x, m.z, m.w = "x", "z", "w"
print(m.x, m.z, m.__dict__, Mixed.__base__.__name__)
print(make(Sub, Named), make(Sub, Point), make(Point, Sub))
