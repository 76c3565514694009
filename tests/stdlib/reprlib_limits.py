# reprlib: every limit, indentation, the type lookup and recursive_repr
import reprlib
from collections import deque

def attempt(fn):
    try:
        print(fn())
    except Exception as exc:
        print(type(exc).__name__, exc)

r = reprlib.Repr()
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset, r.maxfrozenset, r.maxdeque, r.maxstring, r.maxlong, r.maxother, r.fillvalue, r.indent)
for x in [(), (1,), tuple(range(10)), [], list(range(3)), list(range(10)), set(), {3, 1, 2}, set(range(10)), frozenset(), frozenset(range(8)),
          deque(), deque(range(9)), {}, {"b": 1, "a": 2}, dict.fromkeys(range(6)), "", "short", "a" * 40, "'quote'" * 10, 0, -10 ** 50, 10 ** 39,
          [[[[[[[[1]]]]]]]], {"k": {"k": {"k": {"k": {"k": {"k": {"k": 1}}}}}}},
          ((((((((),),),),),),),), {1, "a"}, {2: 1, "b": 2}, None, 3.5, object]:
    print(r.repr(x))
small = reprlib.Repr(maxlevel=1, maxtuple=1, maxlist=1, maxarray=1, maxdict=1, maxset=1, maxfrozenset=1, maxdeque=1, maxstring=5, maxlong=4, maxother=7, fillvalue="~")
for x in [(1, 2), (1,), [1, [2]], [[]], {1: [2]}, {}, {1, 2}, frozenset({1, 2}), deque([1, 2]), "abcdefgh", "ab", 123456, 12, 2 ** 64, "x" * 3, deque(), [1]]:
    print(small.repr(x))
tiny = reprlib.Repr(maxstring=2, maxlong=1, maxother=0)
print(tiny.repr("abcdef"), tiny.repr(98765), tiny.repr(object()).startswith("<"), tiny.repr(3.14159))
class Broken:
    def __repr__(self): raise ValueError("no")
print(r.repr(Broken()).split(" at ")[0], r.repr([Broken()]).split(" at ")[0])
class Long:
    def __repr__(self): return "L" * 50
print(r.repr(Long()), r.repr([Long()]))
for indent in [2, "--", 0, ""]:
    ri = reprlib.Repr(indent=indent, maxlevel=3)
    print(ri.repr([1, (2, 3), {"a": [4]}, set(), [], (5,)]))
    print(ri.repr({"x": [1, 2], "y": ()}))
attempt(lambda: reprlib.Repr(indent=-1).repr([1]))
attempt(lambda: reprlib.Repr(indent=1.5).repr([1]))
print(reprlib.Repr(indent=-1).repr([]), reprlib.Repr(indent=[]).repr([]))
class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return f"~{x:.1f}"
    def repr_TextIOWrapper(self, x, level):
        return "<file>"
    def repr_list(self, x, level):
        return "LIST" + super().repr_list(x, level)
mr = MyRepr()
print(mr.repr([1.234, (2.5,)]), mr.repr({1: 0.5}))
class list2(list):
    pass
list2.__name__ = "list"
print(r.repr(list2(range(20)))[:20])
class method_wrapper_like:
    pass
T = type("my type", (), {"__repr__": lambda self: "spaced"})
class Spaced(reprlib.Repr):
    def repr_my_type(self, x, level): return "found via underscores"
print(Spaced().repr(T()), Spaced().repr([T()]))
r.maxlist = 2; r.fillvalue = "etc"
print(r.repr(list(range(5))), reprlib.aRepr.maxlist, reprlib.repr(list(range(8))))
class Node:
    def __init__(self): self.kids = []
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        "node repr"
        return f"Node({self.kids})"
n = Node(); n.kids.append(n); n.kids.append(Node())
print(n, Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__, Node.__repr__.__module__, Node.__repr__.__annotations__, Node.__repr__.__type_params__)
class Plain:
    @reprlib.recursive_repr()
    def __repr__(self): return f"P{[self]}"
print(Plain())
print(reprlib.__all__)
