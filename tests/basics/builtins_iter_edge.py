# enumerate/zip/map/filter/reversed/iter(callable, sentinel): errors, laziness, subclasses
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: enumerate())
t(lambda: enumerate([], 1, 2))
t(lambda: enumerate([], start='a'))
t(lambda: enumerate([], foo=1))
t(lambda: enumerate(iterable=[1], start=5).__next__())
t(lambda: enumerate(5))
t(lambda: next(enumerate([1], 2**70)))
t(lambda: list(enumerate([1,2], 2**63-1)))
t(lambda: zip(1))
t(lambda: zip([], 1))
t(lambda: zip([], strict=1, x=2))
t(lambda: zip(foo=1))
t(lambda: list(zip([1], [2,3], [4], strict=True)))
t(lambda: list(zip([1,2], [2,3], [4], strict=True)))
t(lambda: list(zip([1,2], [2,3], [4,5,6], strict=True)))
t(lambda: list(zip([1,2], [2], [4,5,6], strict=True)))
t(lambda: map())
t(lambda: map(abs))
t(lambda: map(abs, 1))
t(lambda: map(abs, [], 1))
t(lambda: map(abs, [], x=1))
t(lambda: filter())
t(lambda: filter(None))
t(lambda: filter(None, 1))
t(lambda: filter(None, [], x=1))
t(lambda: reversed())
t(lambda: reversed(1))
t(lambda: type(reversed({})).__name__)
t(lambda: reversed({1}))
t(lambda: reversed(x=1))
t(lambda: reversed([], []))
class A:
    __reversed__ = None
t(lambda: reversed(A()))
class G:
    def __getitem__(self, i): return i
t(lambda: reversed(G()))
t(lambda: list(reversed("abc")))
t(lambda: list(reversed((1,2,3))))
t(lambda: type(reversed((1,2,3))))
t(lambda: type(reversed(range(3))))
t(lambda: type(reversed([])))
t(lambda: type(reversed("ab")))
t(lambda: reversed((1,2,3)).__length_hint__())
t(lambda: iter(1, 2, 3))
t(lambda: type(iter(lambda: 1, 2)))
t(lambda: enumerate.__name__)
t(lambda: type(map(abs, [])).__name__)
t(lambda: zip.__name__)
class E(enumerate): pass
t(lambda: list(E("ab")))
t(lambda: type(enumerate[int]))
t(lambda: list(zip("abc", "de", strict=False)))
t(lambda: map(abs, [-1]).__length_hint__())
r = reversed([1,2,3])
next(r)
t(lambda: r.__length_hint__())
t(lambda: list(r))
t(lambda: r.__length_hint__())
log = []
def f(x):
    log.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print(log, next(m), log, list(m), log)
fl = filter(lambda x: log.append(("f", x)) or x > 1, [1, 2, 3])
print(next(fl), log[-2:])
z = zip(iter([1, 2]), iter([3]), strict=False)
print(list(z), list(z))
class R:
    def __reversed__(self):
        return iter("rev")
print(list(reversed(R())), list(reversed(range(3))), list(reversed((1, 2))), list(reversed("xy")), list(reversed({1: 2, 3: 4}.items())))
class Shrink:
    def __init__(self): self.n = 3
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i
s = Shrink(); r = reversed(s); print(next(r)); s.n = 1; print(list(r))
e = enumerate("abc", 2 ** 64); print(list(e))
c = iter([1, 2, 3, None, 4].pop, 2); print(list(c), list(c))
def boom():
    raise StopIteration
print(list(iter(boom, 1)))
class M(map):
    pass
print(list(M(str, [1, 2])), type(M(str, [])).__name__, isinstance(zip(), zip), list(filter(bool, [0, 1, [], [2]])))
