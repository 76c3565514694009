# pprint: pformat and pprint of nested structures
import pprint, re
data = {"name": "example", "numbers": list(range(30)), "nested": {"a": [1, 2, {"deep": ("x", "y")}], "b": None}, "z": "last"}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2)
print(pprint.pformat([1, 2, 3]), pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pprint(["a" * 30, "b" * 30, "c" * 30])
pprint.pprint({i: str(i) * i for i in range(8)}, compact=True, width=50)
l = [1]
l.append(l)
print(re.sub(r"id=\d+", "id=N", pprint.pformat(l)))  # the id() value varies
print(re.sub(r"id=\d+", "id=N", pprint.saferepr(l)), pprint.isrecursive(l), pprint.isreadable([1]))
pprint.pprint((("tuple",) * 5, frozenset({3, 1, 2}), {5, 4}), width=30)
pprint.pprint("a long string " * 8, width=40)
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({"key": list(range(10))})
