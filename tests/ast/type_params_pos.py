# ay-args: --dump-ast-pos
def f[T, *Ts, **P](x: T) -> T: return x
class C[T: int, U: (str, bytes)](
        list): pass
type X[
    T: int] = list[T]
type Y = (
    int)
