# user __eq__/__hash__/__lt__/__repr__ that mutate the container being used,
# and allocation-heavy callbacks (GC safety): no crashes, CPython's results
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Clearer:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        [[] for _ in range(50)]
        return False
    __hash__ = object.__hash__

l = [1, 2, 3]
l.insert(1, Clearer(l))
t(lambda: l.index(99))
print(l)
l = [1, 2, 3]
l.append(Clearer(l))
t(lambda: l.count(5))
t(lambda: 5 in l)
print(l)
l = [Clearer(None) for _ in range(3)]
for c in l:
    c.target = l
t(lambda: l.remove(7))
print(len(l))
l1 = [1, 2]
l2 = [1, 2]
l1.append(Clearer(l2))
l2.append(Clearer(l1))
t(lambda: l1 == l2)
print(l1 == l2, len(l1), len(l2))

class Appender:
    def __init__(self, lst, v):
        self.lst, self.v = lst, v
    def __repr__(self):
        self.lst.append(0)
        return "A%d" % self.v
a = []
a.extend([Appender(a, 1), Appender(a, 2)])
s = repr(a)
print(s[:12], len(a) > 2)

class HashAlloc:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        junk = [{i: str(i)} for i in range(20)]
        return self.v % 3
    def __eq__(self, other):
        junk = [(i, [i]) for i in range(20)]
        return isinstance(other, HashAlloc) and self.v == other.v
    def __repr__(self):
        return "H%d" % self.v
d = {HashAlloc(i): [i] * 3 for i in range(30)}
print(len(d), d[HashAlloc(7)], HashAlloc(31) in d)
s = {HashAlloc(i) for i in range(30)}
s2 = set(HashAlloc(i) for i in range(15, 45))
print(len(s & s2), len(s | s2), len(s - s2), len(s ^ s2), HashAlloc(3) in s)
print(sorted(x.v for x in s & s2)[:5], sorted(x.v for x in s.symmetric_difference(s2))[:5])
print({HashAlloc(1): 1, HashAlloc(4): 2, HashAlloc(1): 3}, dict.fromkeys([HashAlloc(2), HashAlloc(5)]))
fs = frozenset(HashAlloc(i) for i in range(5))
print(len(fs), HashAlloc(4) in fs, len({fs, frozenset(fs)}))

class EqMutDict:
    def __init__(self, d, v):
        self.d, self.v = d, v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if len(self.d) < 40:
            self.d[len(self.d) + 100] = "x"
        return self is other
md = {}
keys = [EqMutDict(md, i) for i in range(3)]
for k in keys:
    md[k] = k.v
print(len(md) > 3, md[keys[0]], md.get(EqMutDict(md, 9)))

def key_alloc(v):
    return [str(v), [v] * 4, {"v": v}]["v" and 1][0]
xs = list(range(200, 0, -7))
print(sorted(xs, key=key_alloc)[:6], max(xs, key=lambda v: [v % 10, {"x": v}]["x" and 0]), min(xs, key=lambda v: (v % 5, str(v))))

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
print(sum([Num(i) for i in range(100)], Num(0)).v, sum((Num(i) for i in range(10)), 5).v)

class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        junk = {i: (i,) for i in range(10)}
        return self.v < o.v
print([x.v for x in sorted([Lt(v) for v in range(50, 0, -3)])][:5], max([Lt(3), Lt(9), Lt(1)]).v)
dv = {i: Lt(i) for i in range(10)}
print(sorted(dv.keys() & {1, 2, 99}), sorted(dv.items() - {(1, dv[1])})[:1] == [(0, dv[0])], list(reversed(dv.keys()))[:3])
print(list(map(lambda a, b: [a, b], range(3), "abc")), list(zip(*[iter([[1], [2]])] * 2)), dict(zip(range(3), map(str, range(3)))))
