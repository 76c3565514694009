# gather: results follow argument order, children start in argument order
import asyncio
async def job(name, hops, log):
    log.append(f"start {name}")
    for _ in range(hops):
        await asyncio.sleep(0)
    log.append(f"end {name}")
    return name.upper()
async def main():
    log = []
    res = await asyncio.gather(job("a", 3, log), job("b", 1, log), job("c", 2, log))
    print(res)
    print(log)
    print(await asyncio.gather())
    t = asyncio.create_task(job("t", 0, log))
    print(await asyncio.gather(t, t, job("d", 0, log)))
    async def value(v): return v
    print(await asyncio.gather(*(value(i) for i in range(5))))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "from future")
    print(await asyncio.gather(f, value("coro")))
asyncio.run(main())
