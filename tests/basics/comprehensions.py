# comprehensions of every kind incl. nested, conditions, scoping
print([x * x for x in range(6)], [x for x in range(10) if x % 3 == 0], [x if x % 2 else -x for x in range(5)])
print([(x, y) for x in range(3) for y in range(x)], [c for w in ["ab", "cd"] for c in w if c != "c"])
print([[y * x for y in range(3)] for x in range(3)], [x for x in range(20) if x % 2 if x % 3])
print({x % 3 for x in range(10)}, {k: len(k) for k in ["a", "bb", "ccc"]}, {x: y for x, y in zip("abc", range(3)) if y})
g = (x * 2 for x in range(4))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(5)), max((len(w), w) for w in ["hi", "hello"]), tuple(i for i in "xy"))
x = "outer"
print([x for x in range(3)], x)
res = [lambda: i for i in range(3)]
print([f() for f in res])
res2 = [lambda i=i: i for i in range(3)]
print([f() for f in res2])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        attempt = [v * len(vals) for v in range(2)]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
def outer():
    k = 10
    return [k + i for i in range(3)]
print(outer())
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [v for row in matrix for v in row], [[row[i] for row in matrix] for i in range(3)])
print([i for i in range(3) for i in range(i)], {(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(dict((k, v) for k, v in [("a", 1)]), list(map(lambda t: t[0], [(1, 2)])), [*(i for i in range(2))])
nested = [[[1, 2], [3]], [[4]]]
print([z for a in nested for b in a for z in b])
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
gen = (1 / x for x in [1, 0])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (y for y in 5)
except TypeError as e:
    print(type(e).__name__, e)
print([(lambda y: y + 1)(y) for y in range(3)], [str(n) for n in range(3)][::-1])
print({i: {j: i * j for j in range(2)} for i in range(2)}, [{i} for i in range(2)])
