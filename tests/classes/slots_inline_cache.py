# __slots__ members read and written through warm attribute caches, at sites
# that also see dict-based classes and subclasses with other layouts.
class S:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class T(S):
    __slots__ = ("z",)

    def __init__(self, x, y):
        self.z = "z"
        super().__init__(x, y)


class D:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SD:
    __slots__ = ("x", "__dict__")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def read(objs):
    out = []
    for o in objs:
        try:
            out.append((o.x, o.y))
        except AttributeError as e:
            out.append(str(e))
    return out


def bump(objs):
    for o in objs:
        o.x = o.x + 1
        o.y = o.y * 2


objs = [S(1, 2), T(3, 4), D(5, 6), SD(7, 8), S(9, 10)]
for i in range(3):
    bump(objs)
    print(read(objs))

del objs[0].y
print(read(objs))
objs[0].y = "back"
print(read(objs))

# a class attribute replacing a member after the sites are warm
S.y = "class y"
print(read([objs[4]]))
try:
    objs[4].y = 1
except AttributeError as e:
    print("AttributeError:", e)


# a member of one class planted in an unrelated class must not read its memory
class Other:
    __slots__ = ("a", "b", "c")
    x = S.x


o = Other()
for i in range(2):
    try:
        print(o.x)
    except TypeError as e:
        print("TypeError:", e)
    try:
        o.x = 5
    except TypeError as e:
        print("TypeError:", e)


# slots are found before an instance-dict entry of the same name
class P:
    __slots__ = ("v", "__dict__")


p = P()
p.__dict__["v"] = "from dict"
for i in range(2):
    try:
        print(p.v)
    except AttributeError as e:
        print("AttributeError:", e)
    p.v = "slot"
print(p.v, p.__dict__)
