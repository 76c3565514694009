# collections: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); d.extend([5]); d.extendleft("ba")
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1])
d.rotate(2); print(d)
d.rotate(-3); print(d)
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9); print(m)
m.appendleft(-1); print(m)
print(deque(), deque(maxlen=2), repr(deque("ab", 5)), d.count(1), d.index(2), list(reversed(deque([1, 2]))))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
dd = defaultdict(list)
dd["a"].append(1); dd["b"]; dd["a"].append(2)
print(dd, dict(dd), dd.default_factory, "c" in dd, len(dd))
dc = defaultdict(int)
for ch in "hello":
    dc[ch] += 1
print(sorted(dc.items()), repr(defaultdict(None)))
try:
    defaultdict(None)["x"]
except KeyError as e:
    print(type(e).__name__, e)
od = OrderedDict([("b", 1), ("a", 2)])
od["c"] = 3
od.move_to_end("b")
print(od, list(od))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1), repr(OrderedDict()))
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["zz"], sorted(c.elements())[:6], c.total())
c.update("aaz"); c.subtract({"a": 10})
print(c, +c, -c)
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=5), Counter(a=1) | Counter(a=3), Counter(a=2, b=1) & Counter(a=1))
print(Counter(), repr(Counter({"x": 0})), Counter([1, 1, 2]).most_common())
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, repr(p), p.x, p[1], p._replace(x=10), p._asdict(), Point._fields, Point._make([3, 4]), tuple(p), p == (1, 2))
P3 = namedtuple("P3", "a b c", defaults=[0, 1])
print(P3(5), P3._field_defaults, P3.__name__, isinstance(p, tuple))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", ["x", "x"])
except ValueError as e:
    print(type(e).__name__, e)
print(namedtuple("R", "a class", rename=True)._fields)
x, y = p
print(x, y, Point(*range(2)))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm, cm.maps)
cm["c"] = 4
print(cm.maps[0], cm.new_child({"z": 0}), cm.parents)
