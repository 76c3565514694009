# random: randrange argument forms, subclasses drawing from random() only, sample counts, choices errors, pickling state
import random

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = random.Random(99)
for f in [lambda: r.randrange(10, None, 1), lambda: r.randrange(10, None, 2), lambda: r.randrange(10, None, True),
          lambda: r.randrange(-3), lambda: r.randrange(5, 2), lambda: r.randrange(2, 5, -1), lambda: r.randrange(0, 10 ** 30, 7),
          lambda: r.randrange(20, 3, -4), lambda: r.randrange(1.5), lambda: r.randrange(0, 5, 1.0), lambda: r.randint(-10 ** 20, 10 ** 20),
          lambda: r.sample(['a', 'b'], 2, counts=[1]), lambda: r.sample(['a', 'b'], 2, counts=[1.0, 2.0]),
          lambda: r.sample(['a', 'b'], 2, counts=[0, 0]), lambda: r.sample(['a', 'b'], 4, counts=[3, 2]),
          lambda: r.sample(range(10 ** 6), 4), lambda: r.sample(range(40), 30)[:5], lambda: r.sample(['x'], -1),
          lambda: r.choices('ab', weights=[1, 1], cum_weights=[1, 2]), lambda: r.choices('ab', [0, 0]),
          lambda: r.choices('ab', [1, float('inf')]), lambda: r.choices('ab', [1, 2, 3]), lambda: r.choices('abc', 3),
          lambda: r.choices([], k=0), lambda: r.binomialvariate(5, 0.0), lambda: r.binomialvariate(5, 1.0),
          lambda: r.binomialvariate(5, 1.5), lambda: r.binomialvariate(-1), lambda: r.binomialvariate(1, 0.3),
          lambda: [r.binomialvariate(100, 0.97) for _ in range(3)], lambda: r.triangular(2, 2), lambda: r.triangular(0, 10, 9),
          lambda: r.vonmisesvariate(0, 0), lambda: r.vonmisesvariate(3, 50), lambda: r.gammavariate(0.25, 3),
          lambda: r.betavariate(0.01, 0.01), lambda: r.seed(1, version=1) or r.random(), lambda: r.seed('ab', version=1) or r.random(),
          lambda: r.seed(b'ab', version=1) or r.random(), lambda: r.seed(bytearray(b'ab')) or r.random(), lambda: r.seed(2.5) or r.random(),
          lambda: r.seed(object())]:
    show(f)

class OnlyRandom(random.Random):
    def random(self):
        return next(self.values)

o = OnlyRandom()
o.values = iter([0.1, 0.5, 0.99, 0.3, 0.7, 0.2, 0.05, 0.6])
print(o._randbelow.__name__, o.randrange(10), o.choice('abcdef'), o.randint(1, 6))
items = [1, 2, 3, 4]; o.shuffle(items); print(items)

class WithBits(OnlyRandom):
    def getrandbits(self, k):
        return 1
print(WithBits()._randbelow.__name__, random.SystemRandom()._randbelow.__name__, random.Random._randbelow.__name__)
s = random.Random(7)
state = s.__getstate__()
t = random.Random()
t.__setstate__(state)
print(s.random() == t.random(), s.__reduce__()[0].__name__, len(s.__reduce__()[2][1]))
v2 = (2, tuple(w - 2 ** 32 if w >= 2 ** 31 else w for w in state[1][:-1]) + (state[1][-1],), None)
u = random.Random()
u.setstate(v2)
t.setstate(state)
print(u.random() == t.random())
sr = random.SystemRandom()
print(sr.seed(5), len(sr.randbytes(4)), 0 <= sr.getrandbits(10) < 1024, sr.getrandbits(0))
show(lambda: sr.getstate())
show(lambda: sr.getrandbits(-1))
print(random.randrange is not None, sorted(n for n in random.__all__ if not hasattr(random, n)))
