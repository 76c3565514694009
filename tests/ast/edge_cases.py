# ay-args: --dump-ast-pos
print((yield))
x = yield
y = yield a, b
z = yield *a, b
def g(): return *a, *b
a[1,]
a[1:2,]
a[b:=1, c]
(a < b) < c < (d)
not not x
-1 ** 2
(-1) ** 2
a if b else lambda: c
x = *a,
del (a), [b]
del a,
for (a) in b: pass
for [a, b] in c: pass
for a, in b: pass
from . import *
from .a import b
import a.b.c
x = (1)
x = ((1, 2))
x = ((1), (2))
f(**{'a': 1})
f(a)[b](c).d
(a)(b)
(a).b
(a)[b]
[x for x in (y)]
{**a}
{*a}
{a: b for a in c if d}
(yield)
lambda: (yield)
async def f():
    [x async for x in y]
    await (a)
    async for (a) in b: pass
    return await x ** 2
x = a.b.c = d[e] = f
a, b = b, a
[a, *b, c] = d
x = [*a, *b]
x = (*a, *b)
x = {*a, *b}
f(*a or b)
f(**a or b)
f(x=lambda: 1)
x = 1 if a else 2 if b else 3
assert (x, y)
raise (E)
return_ = 1
if (a := 1) and (b := 2): pass
while (n := n - 1): pass
x = [y for y in z if (w := y)]
print(f"{x!r:{y}}", end="")
x = "a" "b" "c" f"d" "e"
x = 'ab' \
    'cd'
match = 1
case = 2
type = 3
_ = 4
match.x = 5
print(match, case, type)
x = [1,
     2,
]
def f(
    a,
    b,
): pass
class C(
    A,
    B,
): pass
x = {
    'a': 1,
    **b,
}
@property
def p(self): ...
x = 1; y = 2;
if x:
    pass;
for i in x: y;
t = ()
t = (
)
global x; nonlocal y
x = 0 if 1 else 2; y = not 3
print(1 < 2 == 3 != 4 is 5 is not 6 in 7 not in 8)
x = ~-+1
x = a @ b
x @= c
