# contextlib: contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout
import contextlib, io
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("continues")
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print(type(e).__name__, e)
class Res:
    def close(self):
        print("Res.close called")
with contextlib.closing(Res()) as r:
    print("using", type(r).__name__)
with contextlib.ExitStack() as stack:
    for n in ("x", "y", "z"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback registered last, runs first")
    print("body of exit stack")
with contextlib.ExitStack() as stack:
    stack.enter_context(tag("kept"))
    moved = stack.pop_all()
print("after first stack")
moved.close()
with contextlib.nullcontext(5) as v:
    print("nullcontext gives", v)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured text")
print("buffer:", repr(buf.getvalue()))
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextlib.contextmanager
def twice():
    yield
    yield
try:
    with twice():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@tag("decorator")
def decorated():
    print("decorated body")
decorated()
class Mgr(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("Mgr exit")
with Mgr() as m:
    print(type(m).__name__)
