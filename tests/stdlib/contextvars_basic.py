# contextvars without asyncio: get/set/reset, Context.run, copy_context
import contextvars, re
def noaddr(e):
    return re.sub(r" at 0x[0-9a-f]+", "", str(e))  # drop memory addresses
var = contextvars.ContextVar("var", default="default")
nodef = contextvars.ContextVar("nodef")
print(var.get(), var.name, nodef.get("fallback"), repr(var).startswith("<ContextVar name='var' default='default'"))
try:
    nodef.get()
except LookupError as e:
    print(type(e).__name__, noaddr(e))
tok = var.set("one")
print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING)
tok2 = var.set("two")
print(var.get(), tok2.old_value)
var.reset(tok2)
print(var.get())
var.reset(tok)
print(var.get())
try:
    var.reset(tok)
except RuntimeError as e:
    print(type(e).__name__, noaddr(e))
ctx = contextvars.copy_context()
def inside(x):
    var.set(x)
    return var.get()
print(ctx.run(inside, "in ctx"), var.get(), ctx[var], var in ctx, len(ctx) >= 1)
print(ctx.get(nodef, "absent"), list(k.name for k in ctx.keys() if k is var))
empty = contextvars.Context()
print(empty.run(var.get), len(empty))
try:
    ctx.run(lambda: ctx.run(lambda: None))
except RuntimeError as e:
    print(type(e).__name__, noaddr(e))
t = var.set("x")
other = contextvars.copy_context()
try:
    other.run(var.reset, t)
except ValueError as e:
    print(type(e).__name__, "token created in a different Context")
var.reset(t)
print(var.get())
