# decorators with arguments, functools-free wrappers, closures capturing state
def trace(prefix):
    def deco(fn):
        def wrapper(*args, **kwargs):
            print(f"{prefix} call {fn.__name__}{args}{kwargs if kwargs else ''}")
            result = fn(*args, **kwargs)
            print(f"{prefix} ret {result!r}")
            return result
        return wrapper
    return deco
@trace(">>")
def add(a, b=0):
    return a + b
add(1, 2)
add(1, b=5)
print(add.__name__, add.__qualname__)
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(fib.cache))
def make_counter(start=0, step=1):
    value = start
    def nxt():
        nonlocal value
        current = value
        value += step
        return current
    def reset():
        nonlocal value
        value = start
    return nxt, reset
nxt, reset = make_counter(10, 5)
print(nxt(), nxt(), nxt())
reset()
print(nxt())
class Deco:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)
@Deco
def square(x): return x * x
print(square(3), square(4), square.n, type(square).__name__)
def method_deco(fn):
    def w(self, *a):
        return f"[{fn(self, *a)}]"
    return w
class K:
    @method_deco
    def m(self, x): return x * 2
print(K().m(4))
def stacked(tag):
    def d(fn):
        return lambda *a: f"<{tag}>{fn(*a)}</{tag}>"
    return d
@stacked("b")
@stacked("i")
def text(s): return s
print(text("hi"))
def cell_demo():
    fs = {}
    for name in ("a", "b"):
        def f(n=name): return n
        fs[name] = f
    x = 1
    g = lambda: x
    x = 2
    return fs["a"](), fs["b"](), g()
print(cell_demo())
