# random.Random subclasses whose __init__ takes other arguments: _random.Random
# seeds in __init__, its __new__ takes any arguments.
import random, _random
class R(random.Random):
    def __init__(self, values):
        super().__init__(42)
        self.values = values
r = R([1, 2, 3])
print(r.values, r.random(), r.randint(1, 100))
class S(_random.Random):
    def __init__(self, a, b):
        self.ab = (a, b)
s = S(1, [2])
print(s.ab, type(s.random()))
class K(_random.Random):
    pass
print(K(5).random() == _random.Random(5).random())
for args, kw in [((1, 2), {}), ((), {'x': 1}), ((None,), {})]:
    try:
        _random.Random(*args, **kw)
        print('ok', args, kw)
    except TypeError as e:
        print(e)
    try:
        K(*args, **kw)
        print('K ok', args, kw)
    except TypeError as e:
        print('K', e)
class KW(random.Random):
    def __init__(self, *, seed):
        super().__init__(seed)
print(KW(seed=3).random() == random.Random(3).random())
class N(random.Random):
    def __new__(cls, *a, **k):
        return super().__new__(cls)
    def __init__(self, x, y):
        super().__init__(x + y)
print(N(1, 2).random() == random.Random(3).random())
r2 = _random.Random(7)
a = r2.random()
r2.__init__(7)
print(a == r2.random())
try:
    _random.Random.__init__(r2, 1, 2)
except TypeError as e:
    print(e)
