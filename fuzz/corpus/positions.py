# ay-args: --dump-ast-pos
x = (1 +
     2)
def f(a: int = 1,
      *args, **kw) -> str:
    return "é" + f"{a!r:>{w}}" 'x'
@deco
class C(B):
    y: int = 0
    async def m(self): await g()
call(a, b=2)(x for x in y)
f((x for x in y))
z = [i for i in range(3) if i]
with (a as b,
      c as d):
    pass
try:
    pass
except E as e:
    pass
finally:
    pass
if a: b;
lambda x, /, y=1: x
t = 1, 2,
s = a[1:2, ::3]
(a), b = c
é = "ü"; ü = é
print(*a, **k)
import a.b as c
from . import (x,
    y)
