# typing: substitution, generic subclassing, forward refs, TypeVarTuple/Unpack, special-form errors
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, Protocol, Literal,
                    ForwardRef, ParamSpec, Concatenate, TypeVarTuple, Unpack, Annotated, ClassVar, Final,
                    get_args, get_origin, get_type_hints, Iterable, Mapping)
T = TypeVar("T"); S = TypeVar("S"); P = ParamSpec("P"); Ts = TypeVarTuple("Ts")
Cov = TypeVar("Cov", covariant=True); Contra = TypeVar("Contra", contravariant=True); Inf = TypeVar("Inf", infer_variance=True)
print(Cov, Contra, Inf, T.__covariant__, Contra.__contravariant__, Inf.__infer_variance__, T.__module__, P.__module__)
print(Dict[T, S][int, str], Dict[T, List[S]][int, bytes], List[Tuple[T, T]][float], Callable[[T], S][int, str])
print(Callable[P, T][[int, str], bool], Callable[P, T][..., bool], Callable[Concatenate[int, P], T][[str], bool])
print(Ts, Unpack[Ts], Tuple[Unpack[Ts]], [*Ts], Tuple[int, ...], Tuple[int, ...] == Tuple[int, ...], Unpack[Ts].__typing_is_unpacked_typevartuple__)
print(Literal[1, True], Literal[1] == Literal[True], Literal[1, 2] == Literal[2, 1], Literal[Literal[1, 2], 3], hash(Literal[1, 2]) == hash(Literal[2, 1]))
print(Union[int, Union[str, float]], Union[int, str, int], Union[int, str] | None, None | Union[int, str], Optional[Optional[int]], Union[int, str].__args__)
print(Optional[int] | str, int | Optional[str], Union[str, List[T]][int], Union[T, int][str])
print(isinstance(3, Union[int, str]), issubclass(bool, Union[int, str]), isinstance(3.0, Union[int, str]), isinstance([], typing.List), issubclass(list, typing.Sequence))
fr = ForwardRef("Foo")
print(fr, ForwardRef("x", module="m"), fr == ForwardRef("Foo"), fr == ForwardRef("Bar"), hash(fr) == hash(ForwardRef("Foo")), fr | int, List["Foo"], Optional["int"])
for bad in [lambda: ForwardRef(3), lambda: ForwardRef("1 +")]:
    try:
        bad()
    except (TypeError, SyntaxError) as exc:
        print(type(exc).__name__, exc)
class Node(Generic[T]):
    nxt: "Optional[Node[T]]"
    val: T
print(get_type_hints(Node), Node[int].__args__, Node[int] == Node[int], Node[int] != Node[str], hash(Node[int]) == hash(Node[int]))
class Pair(Generic[T, S]):
    def __init__(self, a=None, b=None):
        self.a, self.b = a, b
class IntPair(Pair[int, S]):
    pass
class Both(Pair[T, T], Iterable[T]):
    pass
print(IntPair.__parameters__, IntPair[str], IntPair.__orig_bases__, Both.__parameters__, Both.__mro__)
p = Pair[int, str](1, "a")
print(p.__orig_class__, p.a, Pair[int, str].__origin__ is Pair, Pair[int, str].__parameters__, Pair[T, int].__parameters__, Pair[T, int][str])
class Mine(List[int]):
    pass
class MyMap(Dict[str, T]):
    pass
print(Mine.__mro__, Mine.__orig_bases__, MyMap.__parameters__, MyMap[int], Mine([1, 2]))
class Explicit(Dict[S, T], Generic[T, S]):
    pass
print(Explicit.__parameters__, Explicit[int, str])
errs = [lambda: Pair[int], lambda: Pair[int, str, float], lambda: List[int, str], lambda: Dict[int], lambda: typing.Hashable[int],
        lambda: Generic[T, T], lambda: Protocol[int], lambda: Union, lambda: Literal(), lambda: ClassVar[int, str],
        lambda: Final[1, 2], lambda: Tuple[int][str], lambda: typing.Self[int], lambda: Union[ClassVar[int], int],
        lambda: Generic[T][int], lambda: Callable[[int]], lambda: Concatenate[int, str], lambda: Concatenate[()],
        lambda: Annotated[int], lambda: Annotated(), lambda: TypeVar("X", int), lambda: TypeVar("X", int, str, bound=int),
        lambda: TypeVar("X", covariant=True, contravariant=True), lambda: typing.List(), lambda: Optional[Protocol],
        lambda: isinstance(1, Union), lambda: issubclass(int, List[int]), lambda: Tuple[Ts][int], lambda: int | "str",
        lambda: Union[int, "str"] | 3, lambda: Callable[P, int][int], lambda: Dict[T, S][int, str, bytes], lambda: typing.Type(),
        lambda: typing.Dict()]
for i, fn in enumerate(errs):
    try:
        print(i, "ok", fn())
    except (TypeError, ValueError) as exc:
        print(i, type(exc).__name__, exc)
for body in ["class A(Generic): pass", "class A(Union): pass", "class A(T): pass", "class A(Generic[T], Generic[S]): pass",
             "class A(List[S], Generic[T]): pass", "class A(Optional[int]): pass", "class A(typing.Any): pass",
             "class A(ClassVar[int]): pass", "class A(type(T)): pass", "class A(Literal[1]): pass"]:
    try:
        exec(body, dict(globals()))
        print("created", body)
    except TypeError as exc:
        print("TypeError", exc)
print(get_origin(Annotated[List[int], 1]), get_args(Annotated[Annotated[int, 1], 2]), Annotated[Annotated[int, 1], 2], get_origin(P.args), get_origin(Generic), get_origin(Generic[T]))
print(get_args(Callable[..., int]), get_args(Callable[P, int]), get_args(Callable[Concatenate[int, P], int]), get_args(list[int]), get_args(collections_abc_call := __import__("collections.abc").abc.Callable[[int], str]))
print(List.__name__, Dict.__qualname__, Union[int, str].__origin__, List[int].__name__, Optional.__name__, typing.Callable.__origin__, List.copy is list.copy, List[int].append)
print(List.__doc__, typing.Iterable.__doc__, repr(Annotated[int, "x"].__metadata__), Annotated[int, "x"].__origin__, Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2])
print(Any, type(Any), isinstance(Any, type), repr(Literal), repr(Union), repr(Annotated), str(typing.Optional), Any.__name__ if hasattr(Any, '__name__') else None)
class SubAny(Any):
    pass
print(type(SubAny()).__name__, isinstance(SubAny(), SubAny))
print(P.args == P.args, P.kwargs == P.kwargs, P.args.__origin__ is P, TypeVar("B", bound="int").__bound__, TypeVar("B", bound=int).__bound__, TypeVar("C", str, bytes).__constraints__)
print(typing.get_type_hints(typing.get_type_hints), Node.__parameters__, List[T].__parameters__, Dict[T, S].__parameters__, Callable[P, T].__parameters__)
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str].__args__, Callable[..., int].__args__, Tuple[int, ...].__args__, Tuple[()].__args__)
def deco(f): return f
@deco
def fn(x: "List[int]", y: Annotated[int, "m"] = 1) -> None: ...
print(get_type_hints(fn), get_type_hints(fn, include_extras=True), get_type_hints(fn, localns={"List": tuple}))
import types
mod = types.ModuleType("mm"); mod.__annotations__ = {"a": "int", "b": None}
print(get_type_hints(mod))
try:
    get_type_hints(3)
except TypeError as exc:
    print("TypeError", exc)
