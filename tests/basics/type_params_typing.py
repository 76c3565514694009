# PEP 695 classes with typing: Protocol, an explicit Generic base, dataclass, NamedTuple.
from typing import Protocol, Generic, TypeVar, runtime_checkable
@runtime_checkable
class P[T](Protocol):
    def get(self) -> T: ...
class Impl:
    def get(self): return 1
print(P.__mro__, isinstance(Impl(), P), P.__parameters__, P[int])
try:
    class Bad[T](Generic[T]): pass
except TypeError as e:
    print("TypeError:", e)
S = TypeVar("S")
try:
    class Mixed[T](list[S]): pass
except TypeError as e:
    print("TypeError:", e)
class Child[T](dict[str, T]): pass
print(Child[int], Child.__parameters__)
from dataclasses import dataclass
@dataclass
class DC[T]:
    x: T
    y: int = 0
print(DC(1), DC.__type_params__, DC.__dataclass_fields__['x'].type)
from typing import NamedTuple
class NT[T](NamedTuple):
    a: T
print(NT(1), NT.__type_params__ if hasattr(NT, '__type_params__') else None)
