# ay-args: --dump-ast
def f[T, *Ts, **P](x: T) -> T: return x
async def g[T: int, U: (str, bytes)](): pass
class C[T: int, U: (str, bytes)](list): pass
class D[T]: pass
class E[T,](): pass
type X[T] = list[T]
type Y = int
type type = type
type(3)
type = 3
type.x = 4
type[int] = 5
print(type)
@dec
def h[T](): pass
match type:
    case type: pass
