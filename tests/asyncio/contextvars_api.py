# contextvars: ContextVar/Token/Context API and error messages
import contextvars as cv
v = cv.ContextVar('v', default=1)
w = cv.ContextVar('w')
print(v.name, v.get(), w.get(3))
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
t = v.set(5)
print(t.var is v, t.old_value is cv.Token.MISSING, repr(cv.Token.MISSING))
ctx = cv.copy_context()
print(type(ctx).__name__, len(ctx), v in ctx, ctx[v], ctx.get(w), ctx.get(w, 9), list(ctx.keys()) == [v])
try:
    ctx[1]
except TypeError as e:
    print("TypeError", e)
try:
    ctx[w]
except KeyError:
    print("KeyError")
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError", str(e).endswith("has already been used once"))
try:
    w.reset(v.set(3))
except ValueError as e:
    print("ValueError", str(e).endswith("was created by a different ContextVar"))
def f(x, y=2):
    v.set(100)
    return x + y, v.get()
print(ctx.run(f, 1, y=3), v.get(), ctx[v])
def g():
    ctx.run(lambda: 1)
try:
    ctx.run(g)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context:"), str(e).endswith("is already entered"))
for bad in (lambda: cv.ContextVar(1), lambda: cv.Context(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
t2 = v.set(1)
ctx2 = cv.copy_context()
try:
    ctx2.run(v.reset, t2)
except ValueError as e:
    print("ValueError", str(e).endswith("was created in a different Context"))
print(cv.Context() == cv.Context(), sorted(x.name for x in ctx2))
try:
    v.name = 3
except AttributeError:
    print("AttributeError")
