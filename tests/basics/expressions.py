# walrus, conditional expressions, chained comparisons with side effects, and/or operands
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log); log.clear()
print(v(3) < v(2) < v(1), log); log.clear()
print(v(1) == v(1) != v(2) > v(0), log); log.clear()
print(1 < 2 > 1, 1 < 3 < 2, 1 == 1.0 == True, "a" < "b" <= "b", None is not False)
print(v(0) and v(1), log); log.clear()
print(v(2) and v(3), log); log.clear()
print(v(0) or v("") or v("x") or v("never"), log); log.clear()
print(None or [], [] or None, 0 and 1, "a" and "b", not "", not None, (1 and 2) or 3)
print([] or [1], (0, 0) or 1, "" or "default", 0.0 or -0.0)
x = 7
print("big" if x > 5 else "small", "a" if 0 else "b" if 0 else "c", (lambda: 1 if x else 2)())
if (n := len("hello")) > 3:
    print("walrus", n)
data = [1, 2, 3, 4]
print([y for x in data if (y := x * 10) > 15], y)
while (chunk := data.pop() if data else None) is not None:
    print("chunk", chunk)
print((z := 5) + z, z)
def f():
    [w := i for i in range(3)]
    return w
print(f())
print(1 if True else 1 / 0, 0 and 1 / 0, 1 or 1 / 0)
print(not 1 == 2, not (1 == 2), (not 1) == 2, -2 ** 2, (-2) ** 2, 2 * 3 ** 2, 7 - 2 - 1, 2 ** 3 ** 0)
print(3 in [1, 2, 3] in [[1, 2, 3]], 1 < 2 == 2, (1 < 2) == 2)
print(5 if [] else 6, [1][0] if [1] else None, (x, y) if False else "tup")
a = b = 0
print(a is b, 1 if a == b else 0)
print(True + True, (3 > 2) * 10, sum(c.isupper() for c in "HeLLo"))
s = "abc"
print(s and s[0], "" and ""[0], len(s) > 2 and s[2])
