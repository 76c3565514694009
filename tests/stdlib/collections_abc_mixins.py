# collections.abc: structural checks and the mixin methods of the ABCs
import collections.abc as cabc
import asyncio

def attempt(fn):
    try:
        print(fn())
    except Exception as exc:
        print(type(exc).__name__, exc)

class OnlyIter:
    def __iter__(self): return iter([])
class NoHash:
    __hash__ = None
class Full:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
    def __reversed__(self): return iter(())
    def __call__(self): pass
    def __await__(self): yield
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
    def __buffer__(self, flags): return memoryview(b"")
for abc in [cabc.Hashable, cabc.Iterable, cabc.Iterator, cabc.Reversible, cabc.Sized, cabc.Container, cabc.Collection, cabc.Callable, cabc.Awaitable, cabc.AsyncIterable, cabc.AsyncIterator, cabc.Buffer, cabc.Generator, cabc.Coroutine, cabc.AsyncGenerator]:
    print(abc.__name__, [issubclass(c, abc) for c in (OnlyIter, NoHash, Full, int, list, bytes, type(iter([])), type(x for x in ()))])
class MyIterable(cabc.Iterable):
    def __iter__(self): return iter([1])
print(issubclass(OnlyIter, MyIterable), list(MyIterable()), cabc.Iterator.__iter__(7), repr(cabc.Sequence), cabc.Set.__le__.__name__)
print(isinstance({}.keys(), cabc.KeysView), isinstance({}.items(), cabc.Set), isinstance({}.values(), cabc.ValuesView), isinstance(range(3), cabc.Sequence), isinstance(b"", cabc.Sequence), isinstance(bytearray(), cabc.MutableSequence), isinstance(frozenset(), cabc.Set), isinstance(frozenset(), cabc.MutableSet), isinstance(type.__dict__, cabc.Mapping))

class LSet(cabc.Set):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def __repr__(self): return f"LSet({self.items})"
    __hash__ = cabc.Set._hash
a, b = LSet("abc"), LSet("bcd")
print(a & b, a | b, a - b, a ^ b, b - a, a & "cx", "cx" & a, a | "z", "xa" - a, a - "a", a ^ "az", "az" ^ a)
print(a <= b, a <= LSet("abcd"), a < LSet("abcd"), a < a, a >= LSet("a"), a > LSet("a"), a > a, a == LSet("cba"), a != b, a == {"a", "b", "c"}, a.isdisjoint("xyz"), a.isdisjoint("xa"))
print(hash(LSet()) == hash(frozenset()), hash(LSet([1, 2, 3])) == hash(frozenset([1, 2, 3])), hash(LSet("ab")) == hash(frozenset("ab")), hash(LSet([-1, 2**70])) == hash(frozenset([-1, 2**70])))
attempt(lambda: a & 5)
attempt(lambda: a - 5)
attempt(lambda: a < [1])
class MSet(LSet, cabc.MutableSet):
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)
m = MSet("abc")
m.remove("a"); print(m, m.pop(), m)
m |= "xyz"; print(m); m &= "xyq"; print(m); m ^= "yk"; print(m); m ^= LSet("k"); print(m); m -= "x"; print(m)
m2 = MSet("ab"); m2 ^= m2; print(m2); m3 = MSet("ab"); m3 -= m3; print(m3); m4 = MSet("abc"); m4.clear(); print(m4)
attempt(lambda: MSet().pop())
attempt(lambda: MSet().remove(1))

class Map(cabc.Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return f"Map({self.d})"
mp = Map(a=1, b=2)
print(mp.get("a"), mp.get("z"), mp.get("z", 0), "a" in mp, "z" in mp, list(mp.keys()), list(mp.items()), list(mp.values()), mp == {"a": 1, "b": 2}, mp == Map(a=1), mp != {}, mp == 5)
print(mp.keys(), len(mp.items()), mp.keys() & {"a", "q"}, sorted(mp.items() | {("c", 3)}), ("a", 1) in mp.items(), ("a", 2) in mp.items(), ("z", 1) in mp.items(), 2 in mp.values(), 5 in mp.values(), mp.keys() == {"a", "b"}, mp.keys() - {"a"})
attempt(lambda: reversed(mp))
attempt(lambda: hash(mp))
class MMap(Map, cabc.MutableMapping):
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
mm = MMap(a=1)
mm.update({"b": 2}, c=3); mm.update([("d", 4)]); mm.update(Map(e=5)); print(mm.d)
class KeysOnly:
    def keys(self): return ["k"]
    def __getitem__(self, k): return k * 2
mm.update(KeysOnly()); print(mm.d, mm.pop("a"), mm.pop("zz", "dflt"), mm.setdefault("b", 9), mm.setdefault("n", 7), mm.popitem(), mm.d)
attempt(lambda: mm.pop("zz"))
mm.clear(); print(mm.d)
attempt(lambda: mm.popitem())

class Seq(cabc.Sequence):
    def __init__(self, *items): self.items = list(items)
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = Seq(1, 2, 3, 2, float("nan"))
print(list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.index(2, -3), s.count(2), s.index(3, 0, 3))
for args in [(9,), (3, 0, 2), (1, -2), (2, 4, 100)]:
    attempt(lambda: s.index(*args))
class MSeq(Seq, cabc.MutableSequence):
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def insert(self, i, v): self.items.insert(i, v)
ms = MSeq(1, 2, 3)
ms.append(4); ms.reverse(); print(ms.items); ms.extend(ms); print(ms.items); ms += [0]; print(ms.items, ms.pop(), ms.pop(0), ms.items); ms.remove(2); print(ms.items); ms.clear(); print(ms.items)
attempt(lambda: ms.pop())
attempt(lambda: ms.remove(1))

class Gen(cabc.Generator):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)
g = Gen(); print(next(g), list(g), iter(g) is g)
attempt(lambda: Gen().throw(ValueError))
attempt(lambda: Gen().throw(ValueError, ValueError("given")))
attempt(lambda: Gen().throw(KeyError, None, None))
print(Gen().close())
class Stubborn(Gen):
    def throw(self, *a): return 1
attempt(lambda: Stubborn().close())
class Coro(cabc.Coroutine):
    def send(self, v): raise StopIteration(v)
    def throw(self, typ, val=None, tb=None): return super().throw(typ, val, tb)
    def __await__(self): return iter(())
attempt(lambda: Coro().throw(TypeError("bad")))
print(Coro().close(), isinstance(Coro(), cabc.Awaitable))
class SCoro(Coro):
    def throw(self, *a): return 0
attempt(lambda: SCoro().close())
class AGen(cabc.AsyncGenerator):
    def __init__(self): self.n = 0
    async def asend(self, v):
        self.n += 1
        if self.n > 2: raise StopAsyncIteration
        return self.n
    async def athrow(self, typ, val=None, tb=None):
        return await super().athrow(typ, val, tb)
async def main():
    ag = AGen()
    print([x async for x in ag], ag.__aiter__() is ag)
    print(await AGen().aclose())
    try:
        await AGen().athrow(ValueError, ValueError("x"))
    except ValueError as exc:
        print("ValueError", exc)
    class Stub(AGen):
        async def athrow(self, *a): return 1
    try:
        await Stub().aclose()
    except RuntimeError as exc:
        print("RuntimeError", exc)
asyncio.run(main())
print(cabc.Callable[[int, str], bool], cabc.Callable[..., int], cabc.Callable[[], None], cabc.Callable[[list[int]], cabc.Iterable[str]], cabc.Iterable[int], cabc.Mapping[str, int].__args__)
print(cabc.Callable[[int], str].__args__, cabc.Callable[..., int].__args__, type(cabc.Callable[[int], str]).__name__)
attempt(lambda: cabc.Callable[int])
attempt(lambda: cabc.Callable[int, str])
print(sorted(cabc.__all__), sorted(cabc.Sequence.__abstractmethods__), sorted(cabc.MutableMapping.__abstractmethods__), sorted(cabc.MutableSequence.__abstractmethods__), sorted(cabc.Generator.__abstractmethods__))
print(cabc.Set._from_iterable is not None, cabc.KeysView(mp)._from_iterable([1]), cabc.ItemsView(mp), cabc.ValuesView(mp), cabc.MappingView(mp), len(cabc.MappingView({1: 2})))
