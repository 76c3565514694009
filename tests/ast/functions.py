# ay-args: --dump-ast
def f(): pass
def g(a, b=1, *args, c, d=2, **kw) -> int:
    """Docstring."""
    return a
def h(a, b, /, c, *, d): return
def i(a=1, /, b=2, *c, d, e=3): pass
def j(*, a): pass
def k(**kw,): pass
def l(a: int, *args: str, b: "x" = 1, **kw: dict) -> None: pass
def m(*args: *Ts): pass
@dec
@dec.attr(1, k=2)
@(lambda f: f)
def n(): pass
async def co():
    await x
    async for i in aiter():
        pass
    async with lock as l, other:
        pass
    return [i async for i in g()]
class A: pass
class B(): pass
class C(Base, metaclass=Meta, **kw):
    x = 1
    def method(self): return self.x
@decorator
class D(*bases): pass
lambda: 0
lambda x: x
lambda x, y=1, *a, z, **k: (x, y)
lambda *, k: k
lambda a, /, b: a
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from g()
    z = (yield)
    await_ = yield x
    return *a, b
