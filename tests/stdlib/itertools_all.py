# itertools: every tool, edge cases and error messages
import itertools as it
import operator
print(list(it.islice(it.count(), 3)), list(it.islice(it.count(2.5), 3)), list(it.islice(it.count(10, -3), 4)))
print(repr(it.count()), repr(it.count(5)), repr(it.count(1, 2)), repr(it.count(1.5, 1)), repr(it.count(0, 1.0)))
c = it.cycle([1, 2]); print([next(c) for _ in range(5)], list(it.cycle([])))
print(list(it.repeat(7, 3)), list(it.repeat(None, -1)), repr(it.repeat("a")), repr(it.repeat("a", 4)), it.repeat(1, 5).__length_hint__())
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([], initial=5)), list(it.accumulate([5, 1, 7], min)))
print(list(it.chain()), list(it.chain([1], (), "ab", range(2))), list(it.chain.from_iterable([[1, 2], [], [3]])))
print(list(it.compress(range(10), it.cycle([1, 0, 0]))), list(it.compress("ab", [])))
print(list(it.dropwhile(lambda x: x < 5, [1, 7, 2, 9])), list(it.takewhile(str.isupper, "ABcD")), list(it.filterfalse(None, [0, 1, "", "a", None])))
print(list(it.starmap(operator.add, [(1, 2), (3, 4)])), list(it.starmap(max, [[1, 5, 2]])))
print(list(it.islice(range(20), 2, 15, 4)), list(it.islice("abc", None)), list(it.islice("abcdef", 1, None)), list(it.islice(range(5), 3, 1)))
src = iter(range(10)); list(it.islice(src, 3)); print(next(src))
src = iter(range(10)); list(it.islice(src, 2, 4)); print(next(src))
print(list(it.pairwise([])), list(it.pairwise([1])), list(it.pairwise(range(4))))
print(list(it.batched("abcdefg", 2)), list(it.batched([], 3)), list(it.batched(range(3), 5)))
print(list(it.zip_longest()), list(it.zip_longest([1, 2], "a")), list(it.zip_longest("ab", [1, 2, 3], fillvalue=0)))
for k, g in it.groupby([1, 1, 2, 3, 3, 3]):
    print(k, list(g), end="; ")
print()
groups = it.groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print([(k, len(list(g))) for k, g in it.groupby(range(10), key=lambda x: x // 4)])
a, b, c = it.tee(range(3), 3)
print(list(a), list(b), list(c), it.tee([1], 0))
x, y = it.tee(iter([1, 2, 3]))
print(next(x), next(x), next(y), list(x), list(y))
t1, = it.tee("xyz", 1); t2 = t1.__copy__(); print(list(t1), list(t2))
print(list(it.product()), list(it.product([])), list(it.product("ab", [1, 2])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations([])), list(it.permutations("abc")), list(it.permutations(range(3), 0)), list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 2)), list(it.combinations([], 0)), list(it.combinations("ab", 0)), list(it.combinations("a", 2)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement("ab", 0)))
print(sum(1 for _ in it.combinations(range(12), 5)), sum(1 for _ in it.permutations(range(6), 4)))
errors = [
    lambda: it.count("a"), lambda: it.cycle(), lambda: it.repeat(), lambda: it.accumulate(),
    lambda: it.chain.from_iterable(), lambda: it.compress([1]), lambda: it.dropwhile(len),
    lambda: it.islice([1]), lambda: it.islice([1], -1), lambda: it.islice([1], 0, 1, 0),
    lambda: it.islice([1], "a", 2), lambda: it.pairwise(), lambda: it.batched([1], 0),
    lambda: it.tee([1], -1), lambda: it.product([1], repeat=-1), lambda: it.product([1], foo=1),
    lambda: it.permutations([1], -1), lambda: it.combinations([1]), lambda: it.combinations([1], -1),
    lambda: next(it.chain(5)), lambda: next(it.starmap(len, [1])), lambda: it.groupby(1),
]
for fn in errors:
    try:
        fn()
    except Exception as exc:
        print(type(exc).__name__, exc)
print(type(it.chain()).__name__, it.chain.__module__, type(it.tee([])[0]).__name__ if it.tee([]) else "", it.count.__name__)
