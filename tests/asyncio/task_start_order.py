# tasks start in creation order, one iteration after create_task; sleep(0) interleaves (e1)
import asyncio
async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name
async def main():
    log = []
    t1 = asyncio.create_task(worker("A", 3, log))
    t2 = asyncio.create_task(worker("B", 3, log))
    t3 = asyncio.create_task(worker("C", 1, log))
    log.append("main-before-await")
    await asyncio.sleep(0)
    log.append("main-after-sleep0")
    print(await t1, await t2, await t3)
    print(log)
asyncio.run(main())
