# lambdas: defaults, closures, immediately invoked, in data structures, sorting keys
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: "iife")(), (lambda *a, **k: (a, k))(1, x=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(filter(lambda n: n % 3 == 0, range(10))))
mult = [lambda x, n=n: x * n for n in range(4)]
print([m(2) for m in mult])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x * y))(3)(4), (lambda: (yield))().__class__.__name__)
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
print(repr((lambda: 0).__name__), (lambda x: x).__code__.co_argcount, (lambda: None)() is None)
f = lambda: undefined_name_in_lambda
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(max([(1, "b"), (3, "a"), (2, "c")], key=lambda t: t[1]))
