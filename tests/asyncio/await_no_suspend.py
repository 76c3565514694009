# awaiting a done future or a plain coroutine does not suspend; completion wakes waiters one hop later (e6)
import asyncio
async def m2():
    loop = asyncio.get_running_loop()
    f = loop.create_future(); f.set_result(1)
    out = []
    async def other(): out.append("other")
    asyncio.create_task(other())
    await f; out.append("after-await-done-future")
    async def c(): return 2
    await c(); out.append("after-await-coro")
    await asyncio.sleep(0); out.append("after-sleep0")
    print(out)
asyncio.run(m2())
async def m3():
    out = []
    async def child():
        out.append("child-run"); return 5
    async def bystander():
        for i in range(4):
            out.append(f"by{i}"); await asyncio.sleep(0)
    asyncio.create_task(bystander())
    t = asyncio.create_task(child())
    r = await t
    out.append(f"main-got-{r}")
    await asyncio.sleep(0.01)
    print(out)
asyncio.run(m3())
