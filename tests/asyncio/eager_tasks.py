# 3.12 eager task factory: the first step runs synchronously inside create_task
import asyncio
log = []
async def quick(n):
    log.append(f"quick{n} runs")
    return n
async def suspends(n):
    log.append(f"suspends{n} start")
    await asyncio.sleep(0)
    log.append(f"suspends{n} end")
    return n
async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    log.append("before create")
    t1 = asyncio.create_task(quick(1))
    log.append(f"after create quick: done={t1.done()}")
    t2 = asyncio.create_task(suspends(2))
    log.append(f"after create suspends: done={t2.done()}")
    print(await t1, await t2)
    loop.set_task_factory(None)
    t3 = asyncio.create_task(quick(3))
    log.append(f"lazy task done={t3.done()}")
    await t3
    print(log)
    et = asyncio.Task(quick(4), loop=loop, eager_start=True)
    print("eager_start task done immediately:", et.done(), et.result())
asyncio.run(main())
