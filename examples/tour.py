# A short tour of the Python that Ay runs today: functions, closures,
# generators, comprehensions, exceptions and f-strings.

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    return [x for _, x in zip(range(n), it)]

def counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump

print("first fibonacci numbers:", take(12, fib()))
bump = counter()
bump(); bump(5)
print(f"counter after two bumps: {bump(0)}")
squares = {n: n * n for n in range(1, 6)}
print("squares:", squares)
try:
    1 / 0
except ZeroDivisionError as e:
    print(f"caught {type(e).__name__}: {e}")
print("2 ** 100 =", 2 ** 100)
