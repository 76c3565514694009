# generator basics: laziness, state, StopIteration, return value
def counter(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")
    return "done"
g = counter(2)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
print(list(counter(3)))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, fib()), take(3, (x * x for x in fib())))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in gen_with_finally():
    print(v)
print(sum(x for x in range(4)), list(zip(counter(1), "ab")))
g2 = (i for i in range(3))
print(iter(g2) is g2, next(g2), list(g2))
def raises():
    yield 1
    raise ValueError("inside generator")
r = raises()
print(next(r))
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
print(next(r, "exhausted after error"))
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
print(g.gi_running, g.gi_frame, counter(1).gi_frame is not None)
