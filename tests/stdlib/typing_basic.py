# typing: imports and annotations only (runtime-visible bits)
from typing import Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, Protocol, NamedTuple, TypedDict, Literal, Final, ClassVar, cast, overload, get_type_hints
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
def f(a: int, b: Optional[str] = None, *args: Any, **kw: Dict[str, int]) -> List[int]:
    return [a]
print(Box(3).get(), Box[int], f(1), f.__annotations__["a"], f.__annotations__["return"])
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp("x"), Emp._fields, Emp.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}
print(m, Movie.__required_keys__ == frozenset({"title", "year"}))
print(cast(int, "not really"), Optional[int], Union[int, str], List[int], Tuple[int, ...], Callable[[int], str], Literal["a", 1], int | None)
class HasName(Protocol):
    name: str
class Conf:
    limit: ClassVar[int] = 5
    debug: Final = False
print(Conf.limit, get_type_hints(Conf), T, T.__name__)
x: int = 5
y: "forward"
print(__annotations__)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), g("a"))
type Alias = list[int]
print(Alias.__name__, Alias.__value__)
def ident[U](v: U) -> U:
    return v
print(ident(5), ident.__type_params__)
