# dict: order, update forms, methods, views, errors
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d), d["a"], "a" in d, 2 in d)
del d["b"]; d["b"] = 0
print(d)
d.update({"x": 1}); d.update([("y", 2)]); d.update(z=3); d.update({"x": 9}, w=4)
print(d)
print(d.get("a"), d.get("nope"), d.get("nope", "dflt"), d.setdefault("a", 99), d.setdefault("new", []), d)
print(d.pop("new"), d.pop("nope", None), d.popitem(), d)
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}[(1, [2])]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["late"] = 1
print(k, len(v), list(it)[-1], "late" in k, ("late", 1) in it, 1 in v)
print(k & {"a", "zz"}, k | {"q"} == set(d) | {"q"}, k - {"a"} == set(d) - {"a"}, sorted(k ^ {"a", "q"}))
print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, x=5), dict(zip("abc", range(3))), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print({x: x * x for x in range(5)}, {k: v for k, v in zip("xy", (1, 2)) if v > 1}, {1: 1, 1: 2}, {1: "int", 1.0: "float", True: "bool"})
a = {"a": 1, "b": 2}
b = {"b": 3, "c": 4}
print(a | b, b | a, a)
a |= b; print(a)
a |= [("d", 5)]; print(a)
try:
    a | [("e", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, list({3: 0, 1: 0, 2: 0}))
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(type(e).__name__, e)
m = {1: "a", 2: "b", 3: "c"}
try:
    for key in m:
        m[key + 10] = "x"
except RuntimeError as e:
    print(type(e).__name__, e)
m = {1: "a", 2: "b"}
try:
    for key in m:
        del m[key]
except RuntimeError as e:
    print(type(e).__name__, e)
m = {1: "a", 2: "b"}
for key in m:
    m[key] = "changed"
print(m, m.copy(), m.copy() is m)
m.clear(); print(m)
r = {}
r["self"] = r
print(r)
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), sorted({"b": 1, "a": 2}.values()))
print(dict.__name__, {}.__len__(), {1: 2}.__getitem__(1), {"x": 1}.__contains__("x"))
print({None: 1, (): 2, 0.5: 3, frozenset(): 4, "": 5, b"": 6})
