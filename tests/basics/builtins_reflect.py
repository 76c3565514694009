# isinstance/issubclass, callable, getattr family, repr/ascii, vars/globals/locals, dir
import sys
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (bytes, int))), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int), issubclass(list, (tuple,)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, int | str), issubclass(bool, int | None), int | str)
print(callable(len), callable(1), callable(lambda: 0), callable(int), callable("x".upper), callable(None))
def f():
    pass
f.custom = 5
print(getattr(f, "custom"), getattr(f, "missing", "dflt"), hasattr(f, "custom"), hasattr(f, "nope"))
setattr(f, "other", [1])
print(f.other, sorted(k for k in vars(f)))
delattr(f, "other")
print(hasattr(f, "other"))
try:
    getattr(f, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(f, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(f, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(sys, "maxsize") == sys.maxsize, hasattr(sys, "argv"))
setattr(sys.modules[__name__], "dyn", 123)
print(dyn, globals()["dyn"], "dyn" in globals(), __name__)
def g(a, b=2):
    c = 3
    return sorted(locals().items())
print(g(1))
class K:
    x = 1
    def __init__(self):
        self.y = 2
print(vars(K())["y"], "x" in vars(K), sorted(vars(K()).items()))
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(repr("a"), repr(1.0), repr([1, "2"]), ascii("ä"), ascii(b"\xff"), repr(None), repr(len), repr(int), repr(K)[:15])
print(type(1), type("s"), type([]), type(type), type(len), type(K()).__name__, type(f).__name__, type(print).__name__)
import math
names = dir(math)
print(type(names).__name__, names == sorted(names), "sqrt" in names, "pi" in names)
print([n for n in dir([]) if not n.startswith("_")])
print(len(dir()) > 0, sorted(n for n in dir() if not n.startswith("_")))
print(id(f) == id(f), id(1) if False else "", type(id(f)).__name__)
print(globals() is vars(), locals() is globals())
