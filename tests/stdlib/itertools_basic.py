# itertools: the usual tools
import itertools as it
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=100)))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice(range(10), 3)), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.pairwise("abcd")), list(it.batched(range(7), 3)))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(4)))))
print(list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.islice(it.count(), 0)), list(it.repeat(1, 0)), list(it.product()), list(it.combinations("ab", 3)))
c = it.count(1.5, 0.5)
print(next(c), next(c), repr(it.count(3)), repr(it.repeat("z", 2)))
try:
    list(it.islice("abc", -1))
except ValueError as e:
    print(type(e).__name__, e)
print(list(it.accumulate(["a", "b", "c"])), list(it.accumulate([3, 1, 4, 1, 5], max)))
g = it.groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0]), key=lambda w: w[0])
print({k: list(v) for k, v in g})
try:
    list(it.batched("abc", 0))
except ValueError as e:
    print(type(e).__name__, e)
