# `*args: *Ts` (PEP 646) annotations, with a TypeVarTuple from PEP 695 syntax or typing.
from typing import TypeVarTuple

def f[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args
print(f(1, "a"), f.__annotations__)

Shape = TypeVarTuple("Shape")
def g(*dims: *Shape): pass
print(g.__annotations__)

try:
    def h(*a: *(1, 2)): pass
except ValueError as e:
    print("ValueError:", e)
