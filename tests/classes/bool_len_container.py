# __bool__/__len__ truthiness and container dunders
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), not L(0), "yes" if L(1) else "no")
class Neither: pass
print(bool(Neither()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class Grid:
    def __init__(self):
        self.d = {}
    def __getitem__(self, key):
        print("get", key)
        return self.d.get(key, 0)
    def __setitem__(self, key, v):
        print("set", key, v)
        self.d[key] = v
    def __delitem__(self, key):
        print("del", key)
        del self.d[key]
    def __contains__(self, key):
        return key in self.d
    def __len__(self):
        return len(self.d)
    def __iter__(self):
        return iter(sorted(self.d))
g = Grid()
g[1, 2] = "a"
g[0:3] = "slice"
print(g[1, 2], g[5], (1, 2) in g, 7 in g, len(g))
del g[1, 2]
print(list(g), g[::2])
class Seq:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * i
print(list(Seq()), 4 in Seq(), 5 in Seq())
class Miss(dict):
    def __missing__(self, key):
        return f"missing {key}"
m = Miss(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m)
class Rev:
    def __reversed__(self): return iter("cba")
print(list(reversed(Rev())))
class LH:
    def __length_hint__(self): return 5
    def __iter__(self): return iter([1, 2])
print(list(LH()))
class NotSub: pass
try:
    NotSub()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotSub()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NotSub()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in NotSub()
except TypeError as e:
    print(type(e).__name__, e)
class CG:
    def __class_getitem__(cls, item): return f"CG[{item}]"
print(CG[int], list[int], dict[str, int])
