# copy through the pickle protocol: __reduce__/__reduce_ex__, state, slots, copyreg
import copy
import copyreg

def attempt(fn):
    try:
        print(fn())
    except Exception as exc:
        print(type(exc).__name__, exc)

class Glob:
    def __reduce__(self):
        return "Glob"
g = Glob()
print(copy.copy(g) is g, copy.deepcopy(g) is g)
class Ex:
    def __init__(self, v): self.v = v
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return (Ex, (self.v,), {"extra": [1]})
e = copy.deepcopy(Ex([5])); print(e.v, e.extra)
class State:
    def __init__(self): self.a = [1]
    def __getstate__(self):
        print("getstate"); return {"a": self.a, "b": 2}
    def __setstate__(self, st):
        print("setstate", st); self.__dict__.update(st)
s2 = copy.deepcopy(State()); print(s2.a, s2.b)
s3 = copy.copy(State()); print(s3.b)
class Slots:
    __slots__ = ("x", "__hidden", "unset")
    def __init__(self): self.x = [1]; self.__hidden = 2
    def hidden(self): return self.__hidden
sl = copy.deepcopy(Slots()); print(sl.x, sl.hidden(), hasattr(sl, "unset"))
class Both(Slots):
    __slots__ = "y"
    def __init__(self): super().__init__(); self.y = 3
b = copy.copy(Both()); print(b.x, b.y, b.hidden())
class WithDictAndSlots:
    __slots__ = ("s", "__dict__")
    def __init__(self): self.s = 1; self.d = 2
w = copy.copy(WithDictAndSlots()); print(w.s, w.d)
class LSub(list):
    def __init__(self, *a): super().__init__(*a); self.tag = "t"
class DSub(dict):
    pass
ls = copy.deepcopy(LSub([[1], 2])); print(ls, type(ls).__name__, ls.tag)
ds = DSub(a=[1]); ds.attr = 1; dd = copy.deepcopy(ds); print(dd, type(dd).__name__, dd.attr, dd["a"] is ds["a"])
dsc = copy.copy(ds); print(dsc["a"] is ds["a"])
class NewArgs(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    def __getnewargs__(self): return tuple(self)
print(copy.copy(NewArgs(1, 2)), copy.deepcopy(NewArgs([1], 2)))
class SetSub(set): pass
ss = SetSub([1, 2]); ss.k = 1; sc = copy.copy(ss); print(sorted(sc), type(sc).__name__)
class Meth:
    def __init__(self): self.data = [1]
    def get(self): return self.data
m = Meth(); bm = copy.deepcopy(m.get); print(bm(), bm.__self__ is m, bm() is m.data)
print(copy.copy(m.get).__self__ is m)
t = ([1],); t2 = copy.deepcopy(t); print(t2, t2 is t, t2[0] is t[0])
l = []; tt = (l,); l.append(tt); ct = copy.deepcopy(tt); print(ct[0][0] is ct, type(ct).__name__)
class Point:
    def __init__(self, x): self.x = x
def reduce_point(p):
    print("reduce_point"); return (Point, (p.x * 10,))
copyreg.pickle(Point, reduce_point)
print(copy.copy(Point(1)).x, copy.deepcopy(Point(2)).x, Point in copyreg.dispatch_table)
attempt(lambda: copyreg.pickle(Point, 5))
attempt(lambda: copyreg.constructor(5))
print(copyreg.constructor(len), copyreg.pickle_complex(1+2j), copy.copy(3j))
print(copyreg.__newobj__(NewArgs, 1, 2), copyreg.__newobj_ex__(NewArgs, (3,), {"b": 4}))
class RB(list): pass
r = copyreg._reconstructor(RB, list, [1, 2]); print(r, type(r).__name__, type(copyreg._reconstructor(Point, object, None)).__name__)
copyreg.add_extension("mod", "name", 5); copyreg.add_extension("mod", "name", 5)
attempt(lambda: copyreg.add_extension("mod", "name", 6))
attempt(lambda: copyreg.add_extension("mod", "other", 5))
attempt(lambda: copyreg.add_extension("m", "n", 0))
attempt(lambda: copyreg.remove_extension("mod", "name", 6))
print(copyreg.remove_extension("mod", "name", 5), copyreg.clear_extension_cache(), copyreg._extension_registry, copyreg.__all__)
class NoCopy:
    def __reduce_ex__(self, proto): raise TypeError("cannot copy NoCopy")
attempt(lambda: copy.copy(NoCopy()))
print(copy.Error is copy.error, issubclass(copy.Error, Exception), copy.__all__)
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(memo[id(x)] is y[0], len([k for k in memo if k == id(memo)]))
class Deep:
    def __deepcopy__(self, memo): return "deep"
print(copy.deepcopy({"k": Deep()}), copy.deepcopy(int), copy.copy(int), copy.deepcopy(Deep) is Deep)
import weakref
class R: pass
rr = R(); wr = weakref.ref(rr); print(copy.copy(wr) is wr, copy.deepcopy(wr) is wr)
print(copy.deepcopy(range(3)), copy.deepcopy(slice(1, [2])), copy.copy(bytearray(b"ab")), copy.deepcopy(frozenset([1])))
