# sort with inconsistent comparisons: must terminate and keep every item
# (sizes up to 2000 cover runs, merges and galloping while staying fast under
# `make gcstress`, which collects at every comparison here)
state = [12345]
def rnd():
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0]
class Chaos:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return rnd() % 2 == 0
for n in (0, 1, 2, 5, 31, 64, 65, 200, 1000, 2000):
    xs = [Chaos(i) for i in range(n)]
    xs.sort()
    assert sorted(x.v for x in xs) == list(range(n)), n
    ys = sorted([Chaos(i) for i in range(n)], reverse=True)
    assert sorted(y.v for y in ys) == list(range(n))
    zs = sorted(range(n), key=lambda i: Chaos(i))
    assert sorted(zs) == list(range(n))
class Half:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if rnd() % 97 == 0: raise ValueError("x")
        return self.v < o.v
for n in (100, 1000, 3000):
    xs = [Half(rnd() % 1000) for i in range(n)]
    before = sorted(x.v for x in xs)
    try:
        xs.sort()
    except ValueError:
        pass
    assert sorted(x.v for x in xs) == before
print("ok")
