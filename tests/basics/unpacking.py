# multiple and starred assignment/unpacking and its errors
a, b = 1, 2
a, b = b, a
print(a, b)
x, *rest = [1, 2, 3, 4]
*init, last = "abcd"
first, *mid, end = range(5)
h, *t = [1]
print(x, rest, init, last, first, mid, end, h, t)
(p, q), r = "ab", "c"
[s, [u, v]] = [1, (2, 3)]
print(p, q, r, s, u, v)
i = j = k = []
i.append(1)
print(i, j, k, i is k)
for name, *vals in [("a", 1, 2), ("b",)]:
    print(name, vals)
print(*[1, 2], *"ab", *range(2))
print([*range(3), *"xy"], (*[1], 2), {*[1, 2], *[2, 3]}, {**{"a": 1}, **{"b": 2}, "c": 3})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{"m": 2}))
tests = [("a, b, c = [1, 2]", "not enough"), ("a, b = [1, 2, 3]", "too many"), ("a, b = 1", "non-iterable"),
         ("a, *b, c = [1]", "starred short"), ("a, b = 'abc'", "str"), ("[a] = []", "empty"),
         ("a, b = {'x': 1}", "dict"), ("(a, b), c = [1, 2], 3", "nested")]
for src, label in tests:
    try:
        exec(src, {})
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError as e:
    print(type(e).__name__, e)
a, b, c = gen()
print(a, b, c)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
lst = [0, 0, 0]
lst[0], lst[1] = 5, 6
i = 0
i, lst[i] = 2, 9
print(lst, i)
obj = type("O", (), {})()
obj.x, obj.y = "xy"
print(obj.x, obj.y)
first, second, *_ = "hello"
print(first, second, _)
try:
    print(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
