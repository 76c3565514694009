# weakref: ref, callbacks, WeakValueDictionary, WeakSet (deterministic under refcounting)
import weakref, gc
class Obj:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Obj({self.name})"
o = Obj("a")
r = weakref.ref(o)
print(r() is o, r())
def cb(ref):
    print("callback fired, ref dead:", ref() is None)
r2 = weakref.ref(o, cb)
del o
gc.collect()
print(r(), r2())
d = weakref.WeakValueDictionary()
x, y = Obj("x"), Obj("y")
d["x"] = x; d["y"] = y
print(sorted(d.keys()), d["x"])
del x
gc.collect()
print(sorted(d.keys()), "x" in d)
ws = weakref.WeakSet()
a = Obj("s")
ws.add(a)
print(len(ws), a in ws)
del a
gc.collect()
print(len(ws))
try:
    weakref.ref(5)
except TypeError as e:
    print(type(e).__name__, e)
p_target = Obj("proxy")
p = weakref.proxy(p_target)
print(p.name)
del p_target
gc.collect()
try:
    p.name
except ReferenceError as e:
    print(type(e).__name__, e)
kd = weakref.WeakKeyDictionary()
k = Obj("key")
kd[k] = 1
print(len(kd))
del k
gc.collect()
print(len(kd))
f_obj = Obj("fin")
weakref.finalize(f_obj, print, "finalizer ran")
del f_obj
gc.collect()
print("end")
