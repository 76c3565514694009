# heapq: exact sift order (ties, tuples, objects), pushpop/replace, merge, nlargest/nsmallest; bisect with keys
import heapq, bisect, random
rng = random.Random(7)
data = [rng.randrange(20) for _ in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)], h[:10])
h2 = data[:]; heapq.heapify(h2); print(h2)
print(heapq.heappushpop(h2, 5), heapq.heapreplace(h2, 30), heapq.heappushpop([], 1), h2[:8])
class Timer:
    count = 0
    def __init__(self, when, name):
        self.when = when; self.name = name
    def __lt__(self, other):
        Timer.count += 1
        return self.when < other.when
    def __repr__(self):
        return f"{self.name}@{self.when}"
timers = []
for i, when in enumerate([5, 1, 5, 3, 1, 5, 2, 1, 3, 5]):
    heapq.heappush(timers, Timer(when, f"t{i}"))
print(timers, Timer.count)
print([heapq.heappop(timers) for _ in range(10)], Timer.count)
pairs = [(p, n) for n, p in enumerate([3, 1, 3, 2, 1])]
heapq.heapify(pairs); print(pairs, [heapq.heappop(pairs) for _ in range(5)])
mx = data[:]; heapq._heapify_max(mx); print(mx[:10], heapq._heappop_max(mx), heapq._heapreplace_max(mx, -1), mx[:5])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 2], [5, 1], reverse=True)), list(heapq.merge(["bb", "a"], ["ccc"], key=len)), list(heapq.merge()))
words = "the quick brown fox jumps over the lazy dog again".split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nlargest(2, [1, 3, 3, 2]), heapq.nsmallest(0, [1]), heapq.nsmallest(10, [3, 1]), heapq.nlargest(1, [], default=None) if False else "")
for fn in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1), lambda: heapq.heapify(None), lambda: heapq.heappush([1, "a"], 2), lambda: heapq.heappush([])]:
    try:
        fn()
    except Exception as exc:
        print(type(exc).__name__, exc)
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 2, lo=4, hi=5))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
bisect.insort_left(b, 4); bisect.insort_right(b, 4, lo=0)
print(b)
r2 = []
for item in [("x", 3), ("y", 1), ("z", 2)]:
    bisect.insort(r2, item, key=lambda r: r[1])
print(r2, bisect.bisect_left(range(0, 100, 10), 35), bisect.bisect("abcdef", "c"))
for fn in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.bisect(None, 1), lambda: bisect.insort(a), lambda: bisect.bisect_left(a, "x"), lambda: bisect.bisect_right(a, 1, "x")]:
    try:
        fn()
    except Exception as exc:
        print(type(exc).__name__, exc)
