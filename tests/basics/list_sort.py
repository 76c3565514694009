# sort / sorted: key, reverse, stability, errors
a = [5, 2, 9, 1, 5, 6]
print(sorted(a), sorted(a, reverse=True), a)
a.sort(); print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
recs = [("amy", 3), ("bob", 1), ("cat", 3), ("dan", 2), ("eve", 1)]
s1 = sorted(recs, key=lambda r: r[1])
print(s1)
print(sorted(s1, key=lambda r: r[1], reverse=True))
print(sorted([3.5, 1, True, 2.0, 0]), sorted([-1, -5, 3], key=abs), sorted("hello"), sorted((3, 1, 2)))
print(sorted({3: "a", 1: "b"}), sorted({"b": 1, "a": 2}.items()), sorted([[2, 1], [1, 2], [1]]))
print(sorted([], reverse=True), sorted([1]), sorted(range(5, 0, -1)), sorted(x % 3 for x in range(7)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [None, 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(key=lambda x: x, bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
log = []
def key(x):
    log.append(x)
    return -x
print(sorted([3, 1, 2], key=key), log)
b = list(range(20))
b.sort(key=lambda x: x % 4)
print(b)
c = [3, 1, 2]
print(c.sort(), c, c.sort(reverse=True), c)
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"V({self.v})"
print(sorted([V(3), V(1), V(2)]), min([V(3), V(1)]), max([V(3), V(1), V(5)]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
m = [[1, 2], [3, 4]]
print(sorted(m, key=lambda r: -r[0]), sorted(m, key=sum), sorted(["a10", "a9", "a100"]), sorted(["b", "A", "a", "B"]))
