# asyncio.run / Runner: shared context between runs, loop_factory, nesting errors, shutdown reporting
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")

async def setvar(v):
    var.set(v)
    return var.get()

async def getvar():
    return var.get()

with asyncio.Runner() as r:
    print(r.run(setvar("one")), r.run(getvar()))
    ctx = contextvars.copy_context()
    print(r.run(setvar("two"), context=ctx), r.run(getvar()), ctx[var])
    async def nested():
        c = getvar()
        try:
            r.run(c)
        except RuntimeError as e:
            print("RuntimeError", e)
        c.close()
        c = getvar()
        try:
            asyncio.run(c)
        except RuntimeError as e:
            print("RuntimeError", e)
        c.close()
    r.run(nested())

made = []
def factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop
print(asyncio.run(getvar(), loop_factory=factory), len(made), made[0].is_closed())
with asyncio.Runner(loop_factory=factory) as r:
    print(r.get_loop() is made[1])
print(made[1].is_closed())

def handler(loop, ctx):
    print("handler:", ctx["message"], repr(ctx.get("exception")))
async def leaves_broken_task():
    asyncio.get_running_loop().set_exception_handler(handler)
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise ValueError("refused to die")
    asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    return "main done"
print(asyncio.run(leaves_broken_task()))
with asyncio.Runner() as r:
    print(r.run(leaves_broken_task()), "(Runner)")
r = asyncio.Runner()
r.close()
try:
    r.get_loop()
except RuntimeError as e:
    print("RuntimeError", e)
