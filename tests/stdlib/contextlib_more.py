# contextlib: generator managers (exceptions, decorator use), ExitStack unwinding, suppress, redirect, nullcontext, closing
import contextlib, io, sys
from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing, redirect_stdout, redirect_stderr
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as exc:
        print("handled", repr(exc))
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("body", t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as exc:
    print("escaped", exc)
@tag("deco")
def decorated(x):
    print("call", x)
decorated(1); decorated(2)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as exc:
    print("RuntimeError", exc)
@contextmanager
def two_yields():
    yield
    yield
try:
    with two_yields():
        pass
except RuntimeError as exc:
    print("RuntimeError", exc)
@contextmanager
def swallow():
    try:
        yield
    except Exception:
        pass
with swallow():
    1 / 0
print("swallowed")
with suppress(KeyError, IndexError):
    [][1]
with suppress():
    pass
try:
    with suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as exc:
    print("TypeError", exc)
with suppress(ValueError):
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
print("group suppressed")
log = []
with ExitStack() as stack:
    for i in range(3):
        stack.callback(log.append, i)
    stack.push(lambda *exc: log.append("push") or False)
    stack.enter_context(nullcontext())
print(log)
def raiser():
    raise RuntimeError("in callback")
try:
    with ExitStack() as stack:
        stack.callback(log.append, "after")
        stack.callback(raiser)
        raise KeyError("body")
except RuntimeError as exc:
    print("RuntimeError", exc, repr(exc.__context__))
with ExitStack() as outer:
    outer.callback(print, "outer cleanup")
    moved = outer.pop_all()
print("before close")
moved.close()
with ExitStack() as stack:
    stack.push(lambda t, v, tb: True)
    raise ValueError("suppressed by push")
print("after suppression")
try:
    ExitStack().enter_context(5)
except TypeError as exc:
    print("TypeError", exc)
with nullcontext(42) as v:
    print(v)
class Thing:
    def close(self):
        print("closed")
with closing(Thing()) as th:
    print(type(th).__name__)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(buf.getvalue()), repr(err.getvalue()))
class Mgr(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return None
with Mgr() as m:
    print(type(m).__name__, isinstance(m, contextlib.AbstractContextManager), isinstance(1, contextlib.AbstractContextManager))
class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit")
@Deco()
def fn():
    print("inside")
fn()
