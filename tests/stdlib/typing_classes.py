# typing: Protocol, NewType, NamedTuple, TypedDict details and the helper functions
import typing
from typing import (Protocol, runtime_checkable, NewType, NamedTuple, TypedDict, Generic, TypeVar, Required,
                    NotRequired, Annotated, List, overload, get_overloads, clear_overloads, no_type_check,
                    get_type_hints, final, override, dataclass_transform, assert_never, assert_type, IO, TextIO, BinaryIO)
T = TypeVar("T")
@runtime_checkable
class Sized2(Protocol):
    size: int
    def area(self) -> int: ...
class Sq:
    size = 3
    def area(self): return 9
class NoArea:
    size = 1
    area = None
print(isinstance(Sq(), Sized2), isinstance(NoArea(), Sized2), isinstance(1, Sized2), sorted(Sized2.__protocol_attrs__))
try:
    issubclass(Sq, Sized2)
except TypeError as exc:
    print("TypeError", exc)
@runtime_checkable
class Greeter(Protocol[T]):
    def greet(self, x: T) -> T: ...
class Impl:
    def greet(self, x): return x
class Blocked(Impl):
    greet = None
class Concrete(Greeter[int]):
    pass
print(issubclass(Impl, Greeter), issubclass(Blocked, Greeter), issubclass(int, Greeter), Greeter.__parameters__, Greeter[int], Concrete._is_protocol, isinstance(Concrete(), Greeter))
print(issubclass(int, typing.SupportsInt), issubclass(str, typing.SupportsInt), isinstance(2.5, typing.SupportsRound), isinstance("x", typing.SupportsIndex), typing.SupportsAbs.__doc__, typing.SupportsIndex.__module__, typing.SupportsFloat.__name__, typing.SupportsAbs[int], typing.SupportsRound.__parameters__)
class Plain:
    pass
for fn in [lambda: runtime_checkable(Plain), lambda: issubclass(3, Greeter), lambda: Greeter()]:
    try:
        print(fn())
    except TypeError as exc:
        print("TypeError", exc)
class SubProto(Sized2, Protocol):
    extra: str
print(SubProto._is_protocol, sorted(SubProto.__protocol_attrs__), Protocol.__module__, runtime_checkable.__module__)
UserId = NewType("UserId", int)
Nested = NewType("a.b.Nested", str)
print(UserId.__name__, UserId.__qualname__, UserId.__module__, Nested, Nested.__name__, UserId | None, None | UserId, UserId.__reduce__())
try:
    class Sub(UserId):
        pass
except TypeError as exc:
    print("TypeError", exc)
P2 = NamedTuple("P2", x=int, y=float)
print(P2(1, 2.0), P2.__annotations__, P2.__module__)
class GenNT(NamedTuple, Generic[T]):
    item: T
    count: int = 0
    def doubled(self): return self.count * 2
    """doc"""
print(GenNT(1), GenNT[int], GenNT.__mro__, GenNT(1, 2).doubled())
for body in ["class A(NamedTuple, int): x: int", "class A(NamedTuple):\n x: int\n _fields = 1",
             "class A(NamedTuple):\n a: int = 1\n b: int = 2\n c: int", "NamedTuple('A', [('x', int)], y=int)",
             "NamedTuple('A', [('x', 3)])", "class A(NamedTuple):\n x: 'int'\nprint(A.__annotations__)"]:
    try:
        exec(body, dict(globals()))
    except (TypeError, AttributeError) as exc:
        print(type(exc).__name__, exc)
TD = TypedDict("TD", {"a": int, "b": NotRequired[str]}, total=True)
TD2 = TypedDict("TD2", x=int)
print(TD(a=1), sorted(TD.__required_keys__), sorted(TD.__optional_keys__), TD.__annotations__, TD.__module__, TD2.__annotations__, TD.__total__)
class Base(TypedDict, total=False):
    a: int
    b: Required[str]
class Child(Base):
    c: Annotated[NotRequired[int], "m"]
    a: Required[int]
print(sorted(Child.__required_keys__), sorted(Child.__optional_keys__), Child.__annotations__, Child.__total__, Child.__mro__, Child(a=1))
class GTD(TypedDict, Generic[T]):
    val: T
print(GTD[int], GTD.__parameters__, GTD.__mro__)
for fn in [lambda: isinstance({}, TD), lambda: issubclass(dict, TD), lambda: TypedDict("X", {"a": int}, b=str),
           lambda: TypedDict("Y", {"a": (1, 2)})]:
    try:
        print(fn())
    except TypeError as exc:
        print("TypeError", exc)
try:
    class Bad(TypedDict, int):
        x: int
except TypeError as exc:
    print("TypeError", exc)
@overload
def area(x: int) -> int: ...
@overload
def area(x: str) -> str: ...
def area(x): return x
print(len(get_overloads(area)), [f.__annotations__ for f in get_overloads(area)], get_overloads(print))
try:
    overload(lambda: 0)()
except NotImplementedError as exc:
    print("NotImplementedError", exc)
clear_overloads()
print(get_overloads(area))
@no_type_check
class NoCheck:
    x: "undefined"
    def m(self, a: "nope"): pass
    class Inner:
        def n(self): pass
print(get_type_hints(NoCheck), NoCheck.m.__no_type_check__, NoCheck.Inner.n.__no_type_check__, get_type_hints(NoCheck.m))
@typing.no_type_check_decorator
def deco(f): return f
@deco
def decorated(a: "zzz"): pass
print(decorated.__no_type_check__, get_type_hints(decorated))
class F:
    @final
    def m(self): pass
    @override
    def n(self): pass
print(F.m.__final__, F.n.__override__, final(3), override(None))
@dataclass_transform(kw_only_default=True, foo=1)
def model(cls): return cls
print(model.__dataclass_transform__)
try:
    assert_never("x" * 200)
except AssertionError as exc:
    print("AssertionError", exc)
print(assert_type(5, int), IO.__mro__, TextIO.__mro__, BinaryIO.__parameters__, IO[str], IO.__parameters__, sorted(n for n in vars(IO) if not n.startswith("_")))
print(typing.Pattern, typing.Match, typing.Pattern[str], typing.Match[bytes], typing.Deque[int], typing.DefaultDict[str, int], typing.ContextManager[int], typing.AbstractSet[int], typing.Coroutine[int, int, str])
print(typing.Generator.__doc__, typing.OrderedDict, typing.Counter[str], typing.ChainMap[str, int], typing.ByteString)
try:
    typing.nonexistent
except AttributeError as exc:
    print("AttributeError", exc)
