# dict: subclasses, __missing__, views' set operations and orders, errors, mutation
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d["zz"], d.get("zz"), "zz" in d, d, type(d.copy()).__name__, type(d | {}).__name__, type({} | d).__name__)
print(D.fromkeys("ab", 0), type(D.fromkeys("ab")).__name__, dict.fromkeys([1, 2], []), dict.fromkeys({3: 4}), dict.fromkeys({5, 6}))
class Count(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
print(Count.fromkeys("ab", 1), Count(a=1))
t(lambda: dict(1))
t(lambda: dict([1]))
t(lambda: dict([[1, 2, 3]]))
t(lambda: dict(["ab", "cd"]))
t(lambda: dict({}, {}))
t(lambda: {}.update([1]))
t(lambda: {}.update(1, 2))
t(lambda: {} | [(1, 2)])
t(lambda: {}.get())
t(lambda: {}.get(1, 2, 3))
t(lambda: {}.get(k=1))
t(lambda: {}.pop())
t(lambda: {}.pop(1, 2, 3))
t(lambda: {}.keys(1))
t(lambda: {}.popitem(1))
t(lambda: {}.setdefault())
t(lambda: dict.fromkeys())
t(lambda: dict.__getitem__({1: 2}, 1, 2))
t(lambda: {}.__contains__())
t(lambda: {[]: 1})
t(lambda: {}[[]])
t(lambda: {(1, 2): 1}[(1, 2, 3)])
t(lambda: {} < {})
e = {}
e |= [("a", 1)]; e |= {"b": 2}; print(e)
x = {1: 1, 2: 2, 3: 3}
del x[2]; x[2] = 2; x[4] = 4; del x[1]; print(x, list(x.items()), x.popitem(), x.popitem(), x)
print(dict(a=1, **{"b": 2}), dict({"a": 1}, a=2), dict([("a", 1)], b=2), {**{"a": 1}, "b": 2, **{"a": 3}})
kv = {1: 10, 2: 20, 3: 30}
k, i, v = kv.keys(), kv.items(), kv.values()
print(k & {2, 3, 4}, {2, 3, 4} & k, k | [4], [4] | k, k - [1], [1, 5] - k, k ^ {1, 9}, {1, 9} ^ k)
print(i & {(1, 10), (2, 0)}, i | {(9, 90)}, i - {(1, 10)}, i ^ {(1, 10), (4, 40)}, {(1, 10), (4, 40)} ^ i)
print(k & kv.keys(), k & {1: 0, 5: 0}.keys(), i ^ {1: 10, 2: 0, 7: 70}.items(), {1: 10, 2: 0, 7: 70}.items() ^ i)
print(k == {1, 2, 3}, k != {1, 2}, k < {1, 2, 3, 4}, k <= k, k > {1}, k >= {1, 2, 3}, i == {(1, 10), (2, 20), (3, 30)}, k == [1, 2, 3])
print(k.isdisjoint([7, 8]), k.isdisjoint({1}), i.isdisjoint([(1, 10)]), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
t(lambda: v | {1})
t(lambda: hash(k))
t(lambda: k[0])
print(len(k), len(i), len(v), 2 in k, (2, 20) in i, (2, 0) in i, [2] in i, 20 in v, 0 in v)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), list(reversed(kv)), type(reversed(kv)).__name__, type(reversed(v)).__name__)
print(k.mapping, repr(k.mapping), type(k.mapping).__name__, k.mapping[1], k.mapping.get(9, "no"), list(i.mapping.items()), len(v.mapping))
t(lambda: k.mapping.__setitem__(1, 2))
m = {}
m[1] = m.keys()
print(m)
it = iter(kv)
kv[4] = 40
t(lambda: next(it))
t(lambda: next(it))
kv2 = {1: 1, 2: 2}
it = iter(kv2)
del kv2[1]; kv2[3] = 3
t(lambda: list(it))
it = iter({1: 1, 2: 2}.items()); next(it); print(it.__length_hint__(), list(it), it.__length_hint__())
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K) and self.n == o.n
    def __repr__(self): return "K(%d)" % self.n
h = {K(1): "a", K(2): "b"}
h[K(1)] = "c"
print(h, K(2) in h, K(3) in h, h == {K(2): "b", K(1): "c"}, h != {K(1): "c"})
class BadEq:
    def __hash__(self): return 5
    def __eq__(self, o): raise RuntimeError("no eq")
bd = {BadEq(): 1}
t(lambda: bd[BadEq()])
t(lambda: {1: 1} == {1: BadEq()})
print({1: 2} == {1: 2.0}, {1: [1]} == {1: [1]}, {"a": 1} == {"b": 1}, {} == {}, {1: 1} == [1])
big = {i: i for i in range(1000)}
for j in range(0, 1000, 2):
    del big[j]
print(len(big), list(big)[:5], sum(big), big.get(999), big.get(998))
big.clear(); print(big, len(big))
s = {"a": 1}
s.setdefault("b", []).append(1); s.setdefault("b", []).append(2); print(s)
print(dict.__name__, dict[str, int], {1: 2}.__len__(), dict.__hash__, {}.__class_getitem__(int))
log = []
def k(x): log.append(("k", x)); return x
def v(x): log.append(("v", x)); return x * 2
d = {k(i): v(i) for i in range(2)}
print(d, log)
log.clear()
d2 = {k(1): v(1), k(2): v(2)}
print(d2, log)
print({1: "a", True: "b", 1.0: "c"}, {**{1: 2}, 1: 3}, {x: x for x in [1, 1.0, True]})
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return 0
    def __eq__(self, o): return True
    def __repr__(self): return "K%d" % self.n
print({K(1): 1, K(2): 2}, {K(i): i for i in range(3)})
