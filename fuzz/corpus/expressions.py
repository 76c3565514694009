# ay-args: --dump-ast
a + b - c * d / e // f % g ** h @ i
-a + +b - ~c
a ** -b
-a ** b
a << b >> c & d | e ^ f
not a
a and b and c or d or e
(a or b) or c
a and (b and c)
a < b <= c > d >= e == f != g
a in b not in c is d is not e
(a < b) < c
x if y else z
a if b else c if d else e
f(x)
f(a, b, *c, d=1, **e)
f(*a, *b, k=1, *c, **d)
f(x for x in y)
f((x for x in y))
f(a)(b)(c)
a.b.c
a[1]
a[1:2]
a[1:2:3]
a[:]
a[::]
a[::2]
a[1:]
a[:2]
a[1, 2]
a[1:2, ::3]
a[1,]
a[*b]
a[*b, c]
a[x:=1]
(x := 10)
f(y := 2)
[y := 3, y ** 2]
[]
[1, 2, 3,]
[*a, *b]
()
(1,)
(1, 2)
1, 2
{}
{1: 2, 3: 4}
{**a, 'b': 1, **c}
{1, 2}
{*a, b}
[x for x in y]
[x for x in y if x if z for w in x]
{x for x in y}
{k: v for k, v in items}
(x for x in y)
[x async for x in y]
[(a, b) for a in x for b in a]
await f()
f"{x}"
lambda: (yield)
x = *a, *b
print(*args, sep='')
a.b.c.d(e)[f].g
...
None, True, False
