# list.sort / sorted: stability, key/reverse, adaptive cases, errors, mutation detection
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed

def data(n, mod, seed=1):
    g = lcg(seed)
    return [next(g) % mod for _ in range(n)]

def check(xs, **kw):
    ys = sorted(xs, **kw)
    key = kw.get("key") or (lambda v: v)
    rev = kw.get("reverse", False)
    ok = all((key(ys[i]) >= key(ys[i + 1])) if rev else (key(ys[i]) <= key(ys[i + 1])) for i in range(len(ys) - 1))
    return ok and sorted(map(id, ys)) == sorted(map(id, xs))

for n in (0, 1, 2, 3, 10, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 5000):
    xs = data(n, 1000, n)
    print(n, sorted(xs) == sorted(xs, key=lambda v: v), check(xs), check(xs, reverse=True), sorted(xs)[:5], sorted(xs, reverse=True)[:3])

# stability: equal keys keep their order, also with reverse=True
pairs = [(k, i) for i, k in enumerate(data(2000, 7, 3))]
s1 = sorted(pairs, key=lambda p: p[0])
print(all(s1[i][1] < s1[i + 1][1] for i in range(len(s1) - 1) if s1[i][0] == s1[i + 1][0]))
s2 = sorted(pairs, key=lambda p: p[0], reverse=True)
print(all(s2[i][1] < s2[i + 1][1] for i in range(len(s2) - 1) if s2[i][0] == s2[i + 1][0]), s2[0][0], s2[-1][0])

# adaptive shapes: sorted, reversed, sawtooth, runs, organ pipe, few distinct
shapes = {
    "asc": list(range(3000)),
    "desc": list(range(3000, 0, -1)),
    "saw": [i % 50 for i in range(3000)],
    "runs": sum(([j * 3 + k for k in range(100)] for j in range(30)), []),
    "pipe": list(range(1500)) + list(range(1500, 0, -1)),
    "few": data(3000, 3, 9),
    "tail": list(range(2990)) + data(10, 5000, 4),
    "equal": [5] * 1000,
}
for name, xs in shapes.items():
    ys = sorted(xs)
    print(name, ys == sorted(xs, key=lambda v: v), ys[:3], ys[-3:], check(xs), check(xs, reverse=True))

# specialised comparisons: floats, big ints, strings, tuples, mixed
print(sorted([3.5, -1.0, 2.25, 0.0, -0.0, 1e300, -1e300]))
print(sorted([2 ** 70, -2 ** 70, 5, 2 ** 49, -2 ** 49, 0, 2 ** 63]))
print(sorted(["b", "a", "é", "ab", "", "B", "aa"]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, 9)] [:4]), sorted([(1, 2), (1,), (0, 5), (1, 1, 1)]))
print(sorted([1, 2.5, True, -3, 2 ** 65, 0.1]), sorted([[3], [1, 2], [1], []]), sorted([(1, [2]), (0, [3])]))
print(sorted("hello world"), sorted({3: 0, 1: 0, 2: 0}), sorted(range(5), key=lambda v: -v), sorted([3, 1, 2], key=None))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True), sorted(words, key=str.upper))
nan = float("nan")
print(len(sorted([nan, 1.0, nan, 0.5])), sorted([(1, nan), (0, nan)])[0][0])

# errors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: sorted([1, "a", 2]))
t(lambda: [3, 1, None].sort())
t(lambda: sorted([1, 2], key=lambda v: 1 / (v - 2)))
t(lambda: sorted([1, 2], key=1))
t(lambda: [].sort(key=1))
t(lambda: sorted([2, 1], bogus=1))
t(lambda: [2, 1].sort(1))
t(lambda: sorted())
t(lambda: sorted(5))
xs = [5, 2, 8, 1, "x", 9, 3]
t(lambda: xs.sort())
print(sorted(map(str, xs)))

class Evil:
    def __init__(self, v, lst):
        self.v, self.lst = v, lst
    def __lt__(self, other):
        self.lst.append(0)
        return self.v < other.v
victim = []
victim.extend(Evil(i, victim) for i in (3, 1, 2))
t(lambda: victim.sort())
print(len(victim), sorted(e.v for e in victim))

seen = []
lst = [3, 1, 2]
def peek(v):
    seen.append(len(lst))
    return v
lst.sort(key=peek); print(lst, seen)

class Boom:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Boom.calls += 1
        if Boom.calls == 20:
            raise ValueError("boom")
        return self.v < other.v
bs = [Boom(v) for v in data(100, 50, 7)]
t(lambda: bs.sort())
print(sorted(b.v for b in bs) == sorted(data(100, 50, 7)), len(bs))

class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return "R%d" % self.v
print(sorted([R(1), R(3), R(2)]), max([R(1), R(3)]), min([R(1), R(3)]))
l = [1, 2, 3]
print(l.sort(), l.sort(reverse=True), l, l.sort(reverse=0), l)
