# list/tuple/dict/set subclasses overriding __iter__/__getitem__/__setitem__: which builtins honour them
class L(list):
    def __iter__(self): return iter([9])
class T(tuple):
    def __iter__(self): return iter([8])
class D(dict):
    def __iter__(self): return iter(["z"])
    def keys(self): return ["k"]
    def __getitem__(self, k): return 5
x = L([1, 2]); y = T((1, 2)); z = D(a=1)
print(list(x), tuple(x), [*x], sorted(x), sum(x), set(x), list(y), tuple(y), [*y], set(y), dict.fromkeys(x))
print(dict(z), {**z}, list(z), set(z), {}.update(z), dict(z.items()), x + [3], x * 2, y + (3,), len(x), x == [1, 2], frozenset(y))
e = [0]; e.extend(x); e += y; print(e, list(reversed(x)), min(x), max(y), any(x), list(enumerate(x)), list(zip(x, y)))
try:
    a, b = x
    print(a, b)
except ValueError as err:
    print(err)
print(str(x), repr(y), x[0], y[1])
class LD(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
ld = LD(a=1)
ld.update(b=2); ld["c"] = 3; ld.setdefault("d", 4); ld |= {"e": 5}
print(ld, LD.fromkeys("x", 1), LD([("p", 1)]))
class LL(list):
    def __getitem__(self, i):
        return "item"
    def __len__(self):
        return 99
ll = LL([1, 2, 3])
print(list(ll), [v for v in ll], ll[0], len(ll), sorted(ll), ll.index(2), ll == [1, 2, 3], list(reversed(ll)), 2 in ll, ll.pop(), ll)
class SS(set):
    def __contains__(self, k):
        return True
ss = SS([1])
print(5 in ss, ss & {5}, {5} & ss, ss.issubset({1}), ss == {1}, ss | {2}, ss.isdisjoint({5}))
class CountingEq:
    n = 0
    def __eq__(self, o):
        CountingEq.n += 1
        return False
    __hash__ = object.__hash__
c = CountingEq()
print([c, 1].count(c), [c].index(c), c in [c], (c,) == (c,), [c] == [c], {c: 1}[c], CountingEq.n)
