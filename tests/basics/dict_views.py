# dict views: live updates, set operations, reprs, reversed, mapping attribute, comparisons
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i), "a" in k, "d" in k, 4 in v, ("b", 2) in i, ("b", 3) in i)
print(k & {"b", "x"}, k | {"z"} == {"b", "c", "d", "z"}, k - {"b"} == {"c", "d"}, k ^ {"b", "q"} == {"c", "d", "q"}, k.isdisjoint({"x"}))
print(i & {("b", 2)}, i - {("c", 3), ("d", 4)}, list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], i == {("b", 2), ("c", 3), ("d", 4)}, v == v, d.values() == d.values())
print(k.mapping, type(k).__name__, type(v).__name__, type(i).__name__, k.mapping is not d)
print(sorted(k), sorted(v), sorted(i, key=lambda p: -p[1]), max(k), sum(v))
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}.keys()
except TypeError as e:
    print(type(e).__name__, e)
try:
    for key in d.keys():
        d[key + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print({}.keys(), {}.values(), {}.items(), dict(i), dict(zip(k, v)), list(zip(d, d.values())))
it = iter(d.items())
print(next(it), len(list(it)))
print({1: "x"}.keys() <= {1, 2}, {1: "x"}.keys() < {1}, {1: "x"}.items() <= {(1, "x"), (2, "y")})
