# gather: first exception propagates, other children keep running; return_exceptions collects (e4)
import asyncio
async def ok(v, hops=0):
    for _ in range(hops):
        await asyncio.sleep(0)
    return v
async def bad(hops=0):
    for _ in range(hops):
        await asyncio.sleep(0)
    raise KeyError("bad")
async def main():
    c1 = asyncio.create_task(ok("c1", 5))
    try:
        await asyncio.gather(c1, bad(1), ok("ok2"))
    except KeyError as e:
        print("gather raised", repr(e), "c1 done?", c1.done())
    await asyncio.sleep(0.01)
    print("later c1 done?", c1.done(), c1.result())
    res = await asyncio.gather(ok(3), bad(), ok("x"), return_exceptions=True)
    print(res)
    async def cancelled_child():
        raise asyncio.CancelledError("child cancelled itself")
    res2 = await asyncio.gather(ok(1), cancelled_child(), return_exceptions=True)
    print(res2, type(res2[1]).__name__)
    try:
        await asyncio.gather(ok(1), cancelled_child())
    except asyncio.CancelledError as e:
        print("gather propagated CancelledError", e.args)
    print("main task not cancelled:", asyncio.current_task().cancelled())
asyncio.run(main())
