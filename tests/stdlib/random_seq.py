# random: exact sequences for seeds, every distribution, state, errors
import random
for seed in (0, 1, 42, -7, 2**70, 3.5, "abc", b"abc", bytearray(b"x")):
    random.seed(seed)
    print(repr(seed)[:12], random.random(), random.getrandbits(40), random.randrange(1000))
r = random.Random(2024)
print([r.randint(-5, 5) for _ in range(12)])
print([r.randrange(3, 100, 7) for _ in range(6)], r.randrange(-10, -1), r.randrange(10, 0, -2))
print(r.choice(range(50)), r.choices(range(10), k=4), r.choices("xyz", cum_weights=[1, 5, 6], k=6))
items = list("abcdefghij"); r.shuffle(items); print(items)
print(r.sample(range(1000), 7), r.sample(["a", "b", "c"], 3), r.sample(range(3), k=5, counts=[1, 2, 3]))
print(r.uniform(-1, 1), r.triangular(), r.triangular(1, 3, 2), r.betavariate(0.5, 0.5), r.expovariate(2))
print(r.gammavariate(0.5, 1), r.gammavariate(1.0, 2), r.gammavariate(3, 2), r.gauss(), r.gauss(5, 0.1))
print(r.lognormvariate(0, 1), r.normalvariate(), r.vonmisesvariate(1, 2), r.paretovariate(3), r.weibullvariate(1, 2))
print([r.binomialvariate(20, 0.3) for _ in range(5)], r.binomialvariate(1000, 0.4), r.binomialvariate(5, 0.9), r.randbytes(5))
print(r.getrandbits(0), r.getrandbits(1), r.getrandbits(33), r.getrandbits(64), r.getrandbits(200))
s = r.getstate(); v = [r.random() for _ in range(3)]; r.setstate(s); print(v == [r.random() for _ in range(3)], s[0], len(s[1]))
class Mine(random.Random):
    pass
print(Mine(5).random() == random.Random(5).random(), isinstance(random.SystemRandom().random(), float))
for fn in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
           lambda: random.randrange(1, 5, 0), lambda: random.randint(3, 1), lambda: random.sample([1], 2),
           lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1), lambda: random.seed([1]),
           lambda: random.choices([1, 2], [1]), lambda: random.Random().setstate((9, (), None)),
           lambda: random.gammavariate(0, 1), lambda: random.choices("ab", 2)]:
    try:
        fn()
    except Exception as exc:
        print(type(exc).__name__, exc)
