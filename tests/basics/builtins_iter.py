# enumerate, zip, map, filter, reversed, iter, next
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate("ab", start=-1)), list(enumerate([])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", (1, 2))))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in (([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4], [5])):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(5, [1]).__next__()
except TypeError as e:
    print(type(e).__name__, e)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
data = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(data), "")))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
e = enumerate("xy")
print(next(e), next(e), type(e).__name__)
z = zip("ab", "cd")
print(iter(z) is z, next(z), list(z), list(z))
m = map(int, "123")
print(sum(m), sum(m))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), list(iter(Seq())), 20 in Seq(), list(reversed([1, 2])))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(Rev())))
print(list(enumerate(zip("ab", range(2)))), [i for i, _ in enumerate("xyz") if i])
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, "x"]), all(x > 0 for x in [1, 2]), any(iter([None])))
ev = []
def chk(x):
    ev.append(x)
    return x
print(any(chk(x) for x in [0, 1, 2]), ev)
print(len(list(zip(range(3), range(10 ** 9)))))
