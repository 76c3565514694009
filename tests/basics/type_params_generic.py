# PEP 695 generic functions and classes: __type_params__, reprs, Generic base.
def first[T](xs: list[T]) -> T:
    return xs[0]

print(first([3, 4]), first.__type_params__, first.__annotations__)
print(first.__name__, first.__qualname__)

def many[T, *Ts, **P](x: T, *args: Ts) -> T: return x
print(many.__type_params__)
print([type(p).__name__ for p in many.__type_params__])
T, Ts, P = many.__type_params__
print(T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(T.__module__, Ts.__name__, P.__name__, repr(T), str(Ts), repr(P))
print(P.args, P.kwargs)

def bounded[B: int, C: (str, bytes)](): pass
B, C = bounded.__type_params__
print(B.__bound__, B.__constraints__, C.__bound__, C.__constraints__)

# bounds are evaluated on first use: they may name classes defined later
def later[N: Later](): pass
class Later: pass
print(later.__type_params__[0].__bound__)

def broken[M: undefined_name](): pass
try:
    broken.__type_params__[0].__bound__
except NameError as e:
    print("NameError:", e)

async def coro[T](x: T) -> T:
    return x
print(coro.__type_params__, coro.__qualname__)

class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

print(Box.__type_params__, Box.__parameters__, Box.__mro__)
print(Box.__orig_bases__, Box.__bases__)
print(Box[int], Box[int].__args__, Box(5).get(), Box.get.__qualname__, Box.get.__annotations__)
print(Box.__dict__['__type_params__'], Box.__qualname__)

class Pair[K: str, V](dict[K, V]):
    pass
print(Pair.__mro__, Pair.__orig_bases__, Pair.__parameters__)
print(Pair[str, int], Pair.__type_params__[0].__bound__)

class Variadic[*Ts]: pass
print(Variadic.__type_params__, Variadic.__orig_bases__, Variadic.__parameters__)

class WithParamSpec[**P]: pass
print(WithParamSpec.__type_params__, WithParamSpec[[int, str]])

class Meta(type): pass
class WithKw[T](metaclass=Meta): pass
print(type(WithKw), WithKw.__mro__)

def deco(f):
    print("decorating", f.__name__, f.__type_params__)
    return f

@deco
def decorated[T](): pass

@deco
class DecoratedClass[T]: pass

def defaults[T](a: T = 1, *, b: T = 2) -> T:
    return a + b
print(defaults(), defaults(5, b=6), defaults.__defaults__, defaults.__kwdefaults__)

def f(): pass
print(f.__type_params__)
f.__type_params__ = (1, 2)
print(f.__type_params__)
try:
    f.__type_params__ = [1]
except TypeError as e:
    print("TypeError:", e)
class Plain: pass
class PlainChild(Box): pass
print(Plain.__type_params__, PlainChild.__type_params__, int.__type_params__, type("X", (), {}).__type_params__)
Plain.__type_params__ = (1,)
print(Plain.__type_params__, Plain.__dict__["__type_params__"])
for cls in (int, Plain):
    try:
        if cls is int:
            int.__type_params__ = ()
        else:
            del Plain.__type_params__
    except TypeError as e:
        print("TypeError:", e)
