# Module-level names and module attributes read through warm inline caches:
# every rebinding, deletion and shadowing must show at once.
import math
import sys
import types

out = []
for i in range(4):
    if i == 1:
        len = lambda x: "shadowed len"
    if i == 2:
        del len
    if i == 3:
        globals()["len"] = lambda x: "len via globals()"
    out.append(len("abc"))
print(out)
del globals()["len"]
print(len("abcd"))

x = 0
for i in range(3):
    x = x + i
    if i == 1:
        del x
        x = 100
print(x)

try:
    for i in range(2):
        y = i
        if i == 1:
            del y
        print(y)
except NameError as e:
    print("NameError:", e)

# module attributes: rebinding, deleting, PEP 562 __getattr__
vals = []
for i in range(4):
    if i == 1:
        math.pi = 3
    if i == 2:
        del math.pi
    try:
        vals.append(math.pi)
    except AttributeError as e:
        vals.append(str(e))
print(vals)

mod = types.ModuleType("dyn")
mod.__getattr__ = lambda name: "lazy " + name
seen = []
for i in range(3):
    if i == 1:
        mod.f = lambda: "real f"
    seen.append(mod.f if i == 0 else mod.f())
print(seen)

# method calls on modules and on a module subclass that hooks attribute access
class Loud(types.ModuleType):
    def __getattribute__(self, name):
        return "hooked " + name

loud = Loud("loud")
loud.g = lambda: "g"
print([math.floor(2.5) for _ in range(2)], [loud.g for _ in range(2)])

# class bodies and exec namespaces are not the globals
z = "global z"
class C:
    z = "class z"
    seen = [z for _ in range(1)]
    w = z
print(C.w, C.seen)

ns = {"a": 1}
for i in range(3):
    exec("a = a + 1\nb = len('xy')", ns)
print(ns["a"], ns["b"])

looked_up = []


class Spy(dict):
    def __getitem__(self, k):
        looked_up.append(k)
        return dict.__getitem__(self, k)


spy = Spy(k1=1)
for i in range(2):
    exec("r = k1 + k2", {"k2": 2}, spy)
print(spy["r"], looked_up)
print(sys.modules[__name__].x)
