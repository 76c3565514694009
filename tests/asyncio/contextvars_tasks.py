# contextvars: tasks copy the context at creation; done callbacks run in their saved context (e11)
import asyncio, contextvars
v = contextvars.ContextVar("v", default="unset")
async def setv(x):
    v.set(x); return v.get()
async def getv():
    return v.get()
with asyncio.Runner() as r:
    print(r.run(setv("A")), r.run(getv()))
print("outside after runner:", v.get())
async def main():
    v.set("main")
    async def child(): return v.get()
    t = asyncio.create_task(child())
    v.set("changed")
    r1 = await t
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    seen = []
    f.add_done_callback(lambda _: seen.append(v.get()))
    v.set("later")
    f.set_result(None); await asyncio.sleep(0)
    ctx = contextvars.Context()
    t2 = asyncio.create_task(child(), context=ctx)
    print("child saw", r1, "| done-cb saw", seen, "| explicit empty ctx ->", await t2)
    print("to_thread sees", await asyncio.to_thread(v.get), "| run_in_executor sees", await loop.run_in_executor(None, v.get))
    async def mutate():
        v.set("mutated in child")
        return v.get()
    print(await asyncio.create_task(mutate()), "| parent still", v.get())
    print(await mutate(), "| parent after direct await", v.get())
    loop.call_soon(lambda: print("call_soon callback sees", v.get()))
    await asyncio.sleep(0)
    c2 = contextvars.copy_context()
    loop.call_soon(lambda: print("explicit context sees", v.get()), context=c2)
    v.set("after copy")
    await asyncio.sleep(0)
asyncio.run(main()); print("outside after run:", v.get())
