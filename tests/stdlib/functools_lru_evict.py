import functools, random
random.seed(5)
for maxsize in (1, 2, 3, 10, 64):
    @functools.lru_cache(maxsize=maxsize)
    def f(x): return x * 2
    order = []
    for i in range(6000):
        k = random.randrange(maxsize * 3)
        f(k)
        if i % 997 == 0: f.cache_clear()
        if i % 1500 == 0: order.append(f.cache_info())
    print(maxsize, f.cache_info(), order)
@functools.lru_cache(maxsize=5)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(150), fib.cache_info())
