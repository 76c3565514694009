# typing: reprs of special forms and aliases, generics, protocols, get_type_hints, NamedTuple/TypedDict details
import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Iterator,
                    Mapping, Sequence, TypeVar, Generic, Protocol, runtime_checkable, NamedTuple, TypedDict,
                    Literal, Final, ClassVar, Annotated, NewType, cast, get_args, get_origin, get_type_hints,
                    ParamSpec, Concatenate, TypeGuard, Self, Never, NoReturn, LiteralString, Required, NotRequired)
print(Any, Optional[int], Optional[Union[int, str]], Union[int, None, str], Union[int], Union[int, int])
print(List, List[int], Dict[str, List[int]], Set[bytes], FrozenSet[int], Tuple, Tuple[()], Tuple[int, str], Type[int])
print(Callable, Callable[..., int], Callable[[], None], Callable[[int, str], bool], Iterable[str], Mapping[str, int])
print(Literal[1, "a", None], Literal[1, 1], Final[int], ClassVar[str], Annotated[int, "meta", 2], TypeGuard[int])
print(Self, Never, NoReturn, LiteralString, Required[int], NotRequired[str], typing.Hashable, typing.Sized)
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int], List[int] == List[str], Union[int, str] == (int | str))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(int | str), get_args(Annotated[int, 5]), get_origin(Literal[1]), get_args(int))
T = TypeVar("T"); K = TypeVar("K", bound=str); V = TypeVar("V", int, float); Co = TypeVar("Co", covariant=True)
print(T, K, V, Co, K.__bound__, V.__constraints__, T.__name__, List[T], Dict[K, T][str, int], T | None)
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1)
print(Stack, Stack[int], Stack.__parameters__, Stack[int].__origin__, Stack[int].__args__, s.pop(), Stack.__orig_bases__, Stack.__mro__)
class Pair(Generic[K, V]):
    pass
print(Pair[str, int], Pair.__parameters__)
for fn in [lambda: Stack[int, str], lambda: Generic[int], lambda: Union[()], lambda: isinstance(1, List[int]), lambda: Any(), lambda: isinstance(1, Any), lambda: Optional[int, str], lambda: Callable[int, str]]:
    try:
        fn()
    except TypeError as exc:
        print("TypeError", exc)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class Res:
    def close(self): pass
print(isinstance(Res(), Closable), isinstance(1, Closable), issubclass(Res, Closable), Closable._is_protocol)
class NotRuntime(Protocol):
    def f(self): ...
try:
    isinstance(1, NotRuntime)
except TypeError as exc:
    print("TypeError", exc)
try:
    NotRuntime()
except TypeError as exc:
    print("TypeError", exc)
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    def label(self):
        return f"{self.name}@{self.dept}"
e = Emp("ann")
print(e, e.label(), Emp._fields, Emp._field_defaults, Emp.__annotations__, isinstance(e, tuple))
Pt = NamedTuple("Pt", [("x", int), ("y", int)])
print(Pt(1, 2), Pt.__annotations__)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as exc:
    print("TypeError", exc)
class Movie(TypedDict, total=False):
    title: str
    year: int
class Full(TypedDict):
    name: str
    extra: NotRequired[int]
print(Movie(title="x"), type(Movie(title="x")), Movie.__total__, sorted(Movie.__optional_keys__), sorted(Full.__required_keys__), sorted(Full.__optional_keys__), typing.is_typeddict(Full))
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, cast(str, 5), cast("int", "x"))
def annotated(a: int, b: "str", c: Optional["int"] = None) -> "list[int]":
    pass
print(get_type_hints(annotated))
class Base:
    x: int
    y: "str"
class Derived(Base):
    z: ClassVar[int] = 1
    w: Annotated[float, "unit"]
print(get_type_hints(Derived), get_type_hints(Derived, include_extras=True))
P = ParamSpec("P")
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], str])
print(typing.TYPE_CHECKING, typing.Text, typing.AnyStr, typing.overload(lambda: 0).__name__, typing.final(int), typing.no_type_check(annotated).__no_type_check__)
