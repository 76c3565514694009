# collections: Counter, OrderedDict, defaultdict, namedtuple, ChainMap, UserDict/List/String details
from collections import Counter, OrderedDict, defaultdict, namedtuple, ChainMap, UserDict, UserList, UserString
import collections.abc as cabc
c = Counter("mississippi")
print(c, c.most_common(), c.most_common(2), c.total(), sorted(c.elements()))
c2 = Counter(i=1, s=10)
print(c + c2, c - c2, c | c2, c & c2, c2 - c, -c2, +Counter(a=-1, b=2))
c.update(["i", "z"]); c.update({"m": 5}); c.subtract("sss"); print(c)
c3 = Counter(a=1); c3 += Counter(a=2, b=-5); print(c3); c3 -= Counter(a=10); print(c3); c3 |= Counter(x=2); print(c3); c3 &= Counter(x=1); print(c3)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=1), Counter() == {}, repr(Counter()), Counter({"x": 2}).copy())
del c2["nope"]; print(c2["nope"], len(c2))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False); print(list(od), od.popitem(), od.popitem(False), list(od))
print(od == OrderedDict.fromkeys("cad"), od == OrderedDict.fromkeys("dac"), od == dict.fromkeys("dac"), od.keys(), od.values(), od.items(), list(reversed(od)))
od2 = OrderedDict(x=1); od2 |= {"y": 2}; print(od2, od2 | {"z": 3}, {"w": 0} | od2, od2.setdefault("y", 9), od2.pop("x"), od2.pop("q", "dflt"), od2.copy())
try:
    OrderedDict().popitem()
except KeyError as exc:
    print("KeyError", exc)
dd = defaultdict(lambda: "new"); dd["a"]; print(dict(dd), dd.copy() == dd, dd.default_factory(), len(dd), "b" in dd, dd.get("b"))
dl = defaultdict(list, {"x": [1]}); dl["y"].append(2); print(dl, dict(dl), defaultdict(int) | {"a": 1}, {"b": 1} | defaultdict(int))
class Missing(defaultdict):
    def __missing__(self, key):
        return key * 2
print(Missing(None)["ab"], repr(Missing(int)), isinstance(dd, dict))
try:
    defaultdict(5)
except TypeError as exc:
    print("TypeError", exc)
Pt = namedtuple("Pt", "x, y", defaults=[0])
p = Pt(1)
print(p, Pt._make([5, 6]), p._replace(y=3), p._asdict(), Pt._fields, Pt._field_defaults, Pt.__doc__, Pt.x.__doc__, p[0], p.count(1), p.index(0))
print(Pt.__new__.__doc__, Pt.__module__, Pt.__qualname__, p == (1, 0), hash(p) == hash((1, 0)), Pt(y=2, x=1), list(p), len(p), p + (1,), p * 2)
x, y = p; print(x, y, Pt.__match_args__, type(p).__mro__)
class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()
    def norm(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
print(Point3(1, -2, 3).norm(), Point3(1, 2, 3))
R = namedtuple("R", ["def", "x", "x", "_y"], rename=True); print(R._fields)
M = namedtuple("M", "a", module="mymod"); print(M.__module__, repr(M(1)))
for bad in [("N", "a b a"), ("1N", "a"), ("N", "a _b"), ("N", "a for")]:
    try:
        namedtuple(*bad)
    except ValueError as exc:
        print("ValueError", exc)
for fn in [lambda: Pt(), lambda: Pt(1, 2, 3), lambda: Pt(1, z=2), lambda: p._replace(z=1), lambda: Pt._make([1])]:
    try:
        fn()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}, {"c": 4})
print(cm["a"], cm.get("c"), cm.get("z", 0), len(cm), list(cm), dict(cm), "c" in cm, cm.maps[1])
cm["d"] = 5; del cm["a"]; print(cm, cm.parents, cm.new_child(), cm.new_child({"q": 1}))
try:
    del cm["b"]
except KeyError as exc:
    print("KeyError", exc)
print(ChainMap({1: 2}) | {3: 4}, {0: 1} | ChainMap({1: 2}), bool(ChainMap()), ChainMap().maps, cm.copy().maps[0] is cm.maps[0])
ud = UserDict(a=1); ud["b"] = 2; print(ud, ud.data, len(ud), "a" in ud, ud.get("z", 9), ud | {"c": 3}, isinstance(ud, cabc.MutableMapping))
ul = UserList([3, 1, 2]); ul.sort(); ul.append(4); print(ul, ul[1:], ul + [5], len(ul), ul.pop(), ul == [1, 2, 3], type(ul[1:]).__name__)
us = UserString("hello"); print(us.upper(), us[1:3], us + "!", len(us), "ell" in us, us.split("l"), repr(us), us == "hello")
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), issubclass(dict, cabc.MutableMapping), isinstance(iter([]), cabc.Iterator), isinstance((i for i in []), cabc.Generator), isinstance(len, cabc.Callable), isinstance(set(), cabc.Set), isinstance("", cabc.Hashable), isinstance([], cabc.Hashable), cabc.Iterable[int], cabc.Callable[[int], str])
