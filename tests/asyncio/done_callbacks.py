# done callbacks are always scheduled with call_soon, in registration order (e1 main3)
import asyncio
async def main3():
    loop = asyncio.get_running_loop()
    log = []
    fut = loop.create_future()
    fut.add_done_callback(lambda f: log.append("cb1"))
    async def waiter():
        log.append("waiter-start")
        r = await fut
        log.append(f"waiter-got-{r}")
    async def setter():
        log.append("setter-start")
        fut.set_result(42)
        log.append("setter-after-set")
        await asyncio.sleep(0)
        log.append("setter-after-sleep0")
    t1 = asyncio.create_task(waiter())
    t2 = asyncio.create_task(setter())
    fut.add_done_callback(lambda f: log.append("cb2"))
    await asyncio.gather(t1, t2)
    log.append("main-after-gather")
    print(log)
asyncio.run(main3())
async def late_callback():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("x")
    seen = []
    f.add_done_callback(lambda fut: seen.append(("late", fut.result())))
    print("registered on done future; ran inline?", seen)
    await asyncio.sleep(0)
    print("after one hop:", seen)
    def cb(fut): seen.append("removed")
    g = loop.create_future()
    g.add_done_callback(cb)
    g.add_done_callback(cb)
    print("removed count", g.remove_done_callback(cb))
    g.set_result(None)
    await asyncio.sleep(0)
    print(seen)
    t = asyncio.create_task(asyncio.sleep(0, result="task-result"))
    t.add_done_callback(lambda task: print("task done callback:", task.result()))
    await t
    print("after await t (callback not yet run)")
    await asyncio.sleep(0)
asyncio.run(late_callback())
