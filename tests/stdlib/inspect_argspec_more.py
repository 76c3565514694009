# getfullargspec, getmro, get_annotations, Signature.from_callable,
# descriptor kind tests, generator locals and closure variables.
import inspect
import functools


def f(a, b: int = 2, *args, c, d: str = "x", **kw) -> list:
    return [a]


class C:
    x: int
    y: "str" = "s"

    def m(self, p, q=1):
        return p

    @property
    def prop(self):
        return 1


print(inspect.getfullargspec(f))
print(inspect.getfullargspec(C().m))
print(inspect.getfullargspec(C.m))
print(inspect.getfullargspec(lambda *a, **k: 0))
spec = inspect.getfullargspec(f)
print(spec.args, spec.defaults, spec.kwonlydefaults, spec.annotations)
try:
    inspect.getfullargspec(5)
except TypeError as e:
    print(e)
print(inspect.getmro(bool))
print(inspect.get_annotations(C), inspect.get_annotations(f))
print(inspect.get_annotations(C, eval_str=True), inspect.get_annotations(len))
print(inspect.Signature.from_callable(f), inspect.Signature.from_callable(C().m))
print(inspect.isgetsetdescriptor(type(f).__dict__["__name__"]), inspect.ismemberdescriptor(C.__dict__["prop"]))


def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total


g = gen(3)
print(inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorlocals(g))
LIMIT = 10


def outer():
    scale = 3

    def inner(v):
        return min(v * scale, LIMIT) + len(str(v))
    return inner


cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), cv.unbound)
print(inspect.getfullargspec(functools.partial(f, 1)).args)
