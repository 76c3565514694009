# contextlib: exception chaining through exit stacks, generator-manager edge cases, async stacks, ABCs
import asyncio, contextlib, io, os, sys, tempfile
from contextlib import (contextmanager, asynccontextmanager, ExitStack, AsyncExitStack, suppress, nullcontext,
                        closing, aclosing, redirect_stdout, chdir, AbstractContextManager, AbstractAsyncContextManager,
                        ContextDecorator)
def chain(exc):
    out = []
    while exc is not None:
        out.append(f"{type(exc).__name__}({exc})")
        exc = exc.__context__
    return " <- ".join(out)
def raiser(exc):
    def cb(*args):
        raise exc
    return cb
try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError("first")))
        stack.callback(raiser(ValueError("second")))
        raise IndexError("body")
except Exception as exc:
    print("chain:", chain(exc))
with ExitStack() as stack:
    stack.push(lambda *a: True)
    stack.callback(raiser(ValueError("swallowed")))
    raise IndexError("also swallowed")
print("suppressed by a push()ed exit")
try:
    try:
        raise OSError("outer")
    except OSError:
        with ExitStack() as stack:
            stack.callback(raiser(TypeError("in cb")))
except TypeError as exc:
    print("chain2:", chain(exc))
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self): print("enter", self.name); return self.name
    def __exit__(self, *exc): print("exit", self.name, exc[0].__name__ if exc[0] else None); return self.name == "eats"
with ExitStack() as stack:
    print([stack.enter_context(CM(n)) for n in ("a", "eats", "c")])
    raise RuntimeError("x")
stack = ExitStack()
stack.enter_context(CM("moved"))
other = stack.pop_all()
stack.close(); print("after first close")
other.close()
print(stack.push(CM("pushed")).name, stack.callback(print, "cb", 1) is print)
stack.close()
for bad in [1, "x"]:
    try:
        ExitStack().enter_context(bad)
    except TypeError as exc:
        print("TypeError", exc)
@contextmanager
def gives_stop():
    yield
try:
    with gives_stop():
        raise StopIteration("inner")
except StopIteration as exc:
    print("StopIteration passes", exc)
@contextmanager
def converts():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")
try:
    with converts():
        1 / 0
except ValueError as exc:
    print("ValueError", exc, type(exc.__context__).__name__)
@contextmanager
def keeps_going():
    try:
        yield
    except Exception:
        yield
try:
    with keeps_going():
        raise KeyError
except RuntimeError as exc:
    print("RuntimeError", exc)
@contextmanager
def rt():
    yield
try:
    with rt():
        raise RuntimeError("same")
except RuntimeError as exc:
    print("RuntimeError", exc)
cm = rt()
print(cm.__doc__ is None or True, type(cm).__name__, isinstance(cm, AbstractContextManager), isinstance(cm, ContextDecorator))
@contextmanager
def documented():
    """Docs here."""
    yield
print(documented().__doc__, documented.__name__, documented.__doc__)
try:
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as exc:
    print("rest:", repr(exc))
with suppress(ValueError):
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
with suppress():
    pass
try:
    with suppress():
        raise KeyError("nothing listed")
except KeyError as exc:
    print("KeyError", exc)
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured")
    with redirect_stdout(io.StringIO()):
        print("inner")
    print("again")
print(repr(buf.getvalue()), target is buf)
cwd = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    with chdir(d):
        print(os.path.samefile(os.getcwd(), d))
    print(os.getcwd() == cwd)
print(issubclass(CM, AbstractContextManager), issubclass(int, AbstractContextManager), issubclass(nullcontext, AbstractAsyncContextManager), AbstractContextManager[int])
class Sub(AbstractContextManager):
    def __exit__(self, *a): pass
with Sub() as s:
    print(type(s).__name__)
try:
    AbstractContextManager()
except TypeError as exc:
    print("TypeError", exc)
class Closer:
    def close(self): print("closed")
    async def aclose(self): print("aclosed")
with closing(Closer()) as c:
    print(type(c).__name__)
async def main():
    async with nullcontext(5) as v:
        print("null", v)
    async with aclosing(Closer()):
        pass
    @asynccontextmanager
    async def actx(n):
        print("a-enter", n)
        try:
            yield n * 2
        finally:
            print("a-exit", n)
    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(actx(1)))
        stack.push_async_callback(asyncio.sleep, 0)
        async def aexit(*exc):
            print("aexit", exc[0])
        stack.push_async_exit(aexit)
        stack.callback(print, "sync cb")
        stack.enter_context(CM("sync"))
    try:
        async with AsyncExitStack() as stack:
            async def bad(*exc):
                raise ValueError("async cb")
            stack.push_async_exit(bad)
            raise KeyError("body")
    except ValueError as exc:
        print("chain3:", chain(exc))
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(CM("not async"))
    except TypeError as exc:
        print("TypeError", exc)
    @asynccontextmanager
    async def no_yield():
        if False:
            yield
    try:
        async with no_yield():
            pass
    except RuntimeError as exc:
        print("RuntimeError", exc)
    @asynccontextmanager
    async def swallow():
        try:
            yield
        except KeyError:
            pass
    async with swallow():
        raise KeyError
    print("swallowed async")
    @actx(3)
    async def decorated():
        print("in decorated")
    await decorated(); await decorated()
    st = AsyncExitStack()
    await st.enter_async_context(actx(4))
    await st.aclose()
asyncio.run(main())
