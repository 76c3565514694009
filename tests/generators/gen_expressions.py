# generator expressions, pipelines, laziness, itertools-free manual stopping
import sys
log = []
def src(n):
    for i in range(n):
        log.append(f"src{i}")
        yield i
evens = (x for x in src(10) if x % 2 == 0)
squares = (x * x for x in evens)
print(log)
print(next(squares), log)
print(next(squares), log)
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
print(list(take_while(lambda x: x < 20, (x * 3 for x in count()))))
print(list(take_while(lambda x: x < 5, count(1, 2))))
def windows(seq, n):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
            win.pop(0)
print(list(windows(range(6), 3)))
g = (c.upper() for c in "abc")
print(list(g), list(g))
print(sum(x for x in range(10) if x % 3), max((len(w), w) for w in "a bbb cc".split()), "-".join(str(i) for i in range(4)))
x = 10
g2 = (x + i for i in range(3))
x = 20
print(list(g2))
lst = [1, 2, 3]
g3 = (v for v in lst)
lst.append(4)
print(list(g3))
lst2 = [1, 2]
g4 = (v for v in lst2)
lst2 = [9, 9]
print(list(g4))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(12)])
print(type(x for x in []).__name__, (x for x in []).__class__.__name__)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(any(x > 3 for x in count()), next(x for x in count() if x * x > 50))
