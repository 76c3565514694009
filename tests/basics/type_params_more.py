# PEP 695 in more places: soft keyword forms, comprehensions and lambdas in
# annotation scopes, super(), class and static methods, metaclasses, keywords,
# nested and async generics, recursive aliases.
if True: type X = int
type A = int; type B = str
print(X, A, B)
type match = int
type case = str
print(match, case)
type \
  Cont = int
print(Cont.__value__)
def f[T](x: [T for _ in range(2)], y: (lambda: T)) -> {T: T}: pass
print(f.__annotations__["x"], f.__annotations__["return"])
class Base:
    def m(self): return "base"
class C[T](Base):
    def m(self): return "C+" + super().m()
    @classmethod
    def make[U](cls, u: U) -> "C[U]": return cls()
    @staticmethod
    def st[V](v: V) -> V: return v
print(C().m(), C.make(1).m(), C.st(3), C.make.__type_params__, C.st.__type_params__, C.make.__qualname__)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("Meta", name, bases, kw, ns.get("__type_params__"))
        return super().__new__(m, name, bases, ns)
class K[T](*[Base], metaclass=Meta, **{"flag": 1}): pass
print(K.__mro__, K.__orig_bases__)
class Sub[T]:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Sub2[S](Sub[S], tag=1): pass
print(Sub2.__parameters__, Sub2.__orig_bases__)
def outer():
    def f[T]():
        def g():
            return T
        return g
    return f
print(outer()()(), outer()().__qualname__)
import asyncio
class Svc[T]:
    async def get[R](self, r: R) -> R:
        return r
print(asyncio.run(Svc().get(5)), Svc.get.__type_params__)
def gen[T](n: T):
    yield from range(n)
print(list(gen(3)))
class Outer:
    class Node[T]:
        pass
print(Outer.Node.__qualname__, Outer.Node[int], Outer.Node.__type_params__)
def deco[F](fn: F) -> F: return fn
@deco
def decorated[T](a: T) -> T: return a
print(decorated(4), decorated.__type_params__)
type Json = dict[str, Json] | list[Json] | str | int | None
print(Json.__value__)
print(type(Json).__name__, isinstance(Json, type(Json)))
T = "outer"
class P[T]:
    x = T
    y = [T for _ in range(1)]
print(P.x, P.y)

# zero-argument super() and __class__ in generic methods
class Base:
    def m(self): return "base"
class C[T](Base):
    def m[U](self, u: U = None) -> U:
        return "C+" + super().m() + str(__class__.__name__)
    class Inner:
        def n[V](self): return __class__
print(C().m(), C.Inner().n(), C.m.__qualname__, C.Inner.n.__qualname__)
class D(Base):
    def m[U](self):
        return super().m()
print(D().m())
