# deque: every method, maxlen behaviour, indexing, comparisons, errors
from collections import deque
import copy

d = deque(range(5))
d.rotate(2); print(d)
d.rotate(-4); print(d)
d.rotate(0); d.rotate(10); print(d)
print(d.index(3), d.index(3, 1), d.count(3), 4 in d, 9 in d, len(d), bool(deque()))
d.insert(1, "x"); d.insert(-1, "y"); d.insert(100, "z"); d.insert(-100, "w"); print(d)
d.remove("x"); del d[0]; del d[-1]; print(d, d[2], d[-2])
d[0] = "first"; print(d)
d.reverse(); print(d)
e = d.copy(); e.clear(); print(e, d == d.copy(), d is not d.copy())
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]), deque("ab") * 0)
f = deque([1, 2]); f += [3, 4]; f *= 2; print(f)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque() == deque([]), deque([1]) != deque([1]))
print(list(reversed(deque("abc"))), list(iter(deque([]))), copy.copy(deque([1], 3)), copy.deepcopy(deque([[1]])))
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m, m.maxlen)
m.appendleft(-1); print(m)
m.extend([10, 11]); print(m)
m.extendleft("ab"); print(m)
z = deque(maxlen=0); z.append(1); z.extend([1, 2]); print(z, len(z))
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
big.rotate(123); print(big[0], big[-1])
s = deque([1, 2, 3]); s.extend(s); s.extendleft(s); print(s)
class Sub(deque):
    pass
print(repr(Sub([1, 2])), repr(Sub([1], 4)), type(Sub([1]).copy()).__name__, Sub([1]) == deque([1]))
r = deque([1]); r.append(r); print(r)
print(deque([1, 2, 3], maxlen=2), deque(maxlen=None), deque(iterable=[1], maxlen=5))
errors = [
    lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[1], lambda: deque([1])[-2],
    lambda: deque([1])["a"], lambda: deque([1])[0:1], lambda: deque([1], 1).insert(0, 2),
    lambda: deque([1]).remove(5), lambda: deque([1]).index(5), lambda: deque(maxlen=-1),
    lambda: deque([1]).rotate("x"), lambda: deque([1]) + [2], lambda: hash(deque()),
    lambda: deque([1]) < [1], lambda: deque(1), lambda: deque([1], 2, 3), lambda: deque(bad=1),
    lambda: deque([1]).append(), lambda: deque([1]).extend(5), lambda: deque([1]) * "a",
]
for fn in errors:
    try:
        fn()
    except Exception as exc:
        print(type(exc).__name__, exc)
it = iter(deque([1, 2]))
dq = deque([1, 2])
it = iter(dq)
next(it)
dq.append(3)
try:
    next(it)
except RuntimeError as exc:
    print("RuntimeError", exc)
