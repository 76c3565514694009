# __call__, __index__, __int__/__float__, __iter__/__next__
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1): return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder), list(map(add5, [1, 2])))
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print([10, 20, 30][i], "abc"[Idx(-1)], bin(i), hex(Idx(255)), range(10)[Idx(3)], [1, 2, 3, 4][Idx(1):Idx(3)], operator_index := __import__("operator").index(i))
print("ab" * Idx(3), [0] * Idx(2), int(i), (5).to_bytes(Idx(2), "big"), round(1.2345, Idx(2)))
class NoIdx:
    pass
try:
    [1][NoIdx()]
except TypeError as e:
    print(type(e).__name__, e)
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
print(int(Num()), float(Num()), complex(Num()))
try:
    [1, 2][Num()]
except TypeError as e:
    print(type(e).__name__, e)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x for x in Countdown(2)], sum(Countdown(4)), max(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "end"))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class Iterable:
    def __iter__(self):
        yield from (1, 2, 3)
print(list(Iterable()), 2 in Iterable(), sorted(Iterable(), reverse=True))
class Ctr:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
ctr = Ctr()
print([ctr() for _ in range(3)], ctr.calls)
