# set and frozenset: operations, methods, reprs (int sets are deterministic)
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s, set(), frozenset(), frozenset({1, 2}), {1, 2, 2, 1}, set([5, 5, 4]))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union(b, [9]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([1, 7]))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
print(a == {4, 3, 2, 1}, a != b, {1, 2} == frozenset({1, 2}), set() == frozenset())
c = set()
c.add(5); c.add(5); c.add(1)
c.update([2, 3], {4}); print(c)
c.discard(99); c.discard(1); c.remove(2); print(c)
try:
    c.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
print(c.pop(), c)
d = {1, 2, 3, 4, 5}
d &= {1, 2, 3, 9}; print(d)
d |= {10}; print(d)
d -= {1}; print(d)
d ^= {2, 20}; print(d)
d.intersection_update([3, 10, 11]); print(d)
d.difference_update({3}); print(d)
d.symmetric_difference_update({10, 12}); print(d)
e = d.copy(); e.add(0); print(d, e)
e.clear(); print(e)
try:
    {[1]}
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    {1} + {2}
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    {1} | [2]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    frozenset([1]).add(2)
except AttributeError as ex:
    print(type(ex).__name__, ex)
fs = frozenset([3, 1, 2])
print(fs, fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__, hash(fs) == hash(frozenset([1, 2, 3])), {fs: "k"})
print({frozenset({1}), frozenset({1})}, frozenset({frozenset()}), set([frozenset([1, 2])]))
print({x * x for x in range(-3, 4)}, {x for x in "aaa"}, sorted({"b", "a", "c"}), set(range(5)), set({1: 2}))
print({-1, -2, 0, 100, 7, 8}, {2 ** 64, 1}, {1.5, 2.0, 2}, {True, 1, 1.0}, {0, False, 0.0})
print(len({1, 1.0, True}), {None} | {None}, min({4, 2, 8}), max(frozenset([4, 2])), sum({1, 2, 3}))
big = set(range(50, 0, -3))
print(big)
print(sorted(big, reverse=True)[:3], set("a"), frozenset("x"), repr(set()), repr(frozenset()), str({1}))
r = {1, 2, 3}
try:
    for x in r:
        r.add(x + 10)
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print(set.__name__, {1}.__len__(), {1, 2}.__contains__(2), frozenset.__name__, {1, 2}.__or__({3}))
