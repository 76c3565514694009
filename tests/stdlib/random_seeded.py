# random with a fixed seed: CPython's exact sequences (Mersenne Twister)
import random
random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 50, 5) for _ in range(5)], random.randrange(10))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
l = list(range(10))
random.shuffle(l)
print(l)
print(random.sample(range(100), 5), random.sample("abcdef", 3))
print(random.uniform(1, 2), random.gauss(0, 1), random.normalvariate(10, 2), random.triangular(0, 10, 3))
print(random.getrandbits(32), random.getrandbits(100), random.expovariate(1.5), random.betavariate(2, 3))
r = random.Random(42)
print(r.random(), r.randint(0, 10), r.choice(["x", "y"]))
r2 = random.Random(42)
print(r2.random(), r2.randint(0, 10), r2.choice(["x", "y"]))
state = r.getstate()
a = r.random()
r.setstate(state)
print(a == r.random())
random.seed("string seed")
print(random.random())
random.seed(b"bytes seed")
print(random.random())
random.seed(0)
print(random.randbytes(8), random.binomialvariate(10, 0.5) if hasattr(random, "binomialvariate") else "")
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(type(e).__name__, e)
