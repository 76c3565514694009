# TaskGroup: waits for all children; results; create_task errors outside the group
import asyncio
async def work(n, log):
    for _ in range(n):
        await asyncio.sleep(0)
    log.append(n)
    return n * 10
async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(3, log))
        t2 = tg.create_task(work(1, log), name="named")
        t3 = tg.create_task(work(2, log))
        print("body done, tasks pending:", [t.done() for t in (t1, t2, t3)])
    print("after group", [t.result() for t in (t1, t2, t3)], log, t2.get_name())
    tg2 = asyncio.TaskGroup()
    coro = work(0, log)
    try:
        tg2.create_task(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
    coro.close()
    async with tg2:
        pass
    coro = work(0, log)
    try:
        tg2.create_task(coro)
    except RuntimeError as e:
        print(type(e).__name__, e)
    coro.close()
    try:
        async with tg2:
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)
    async with asyncio.TaskGroup() as empty:
        pass
    print("empty group ok", repr(empty).startswith("<TaskGroup"))
asyncio.run(main())
