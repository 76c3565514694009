# asyncio.wait with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED, driven by events (no timing races)
import asyncio
async def waiter(ev, name, fail=False):
    await ev.wait()
    if fail:
        raise ValueError(name)
    return name
def names(tasks):
    return sorted(t.get_name() for t in tasks)
async def main():
    evs = [asyncio.Event() for _ in range(3)]
    ts = [asyncio.create_task(waiter(evs[i], f"w{i}"), name=f"w{i}") for i in range(3)]
    asyncio.get_running_loop().call_soon(evs[1].set)
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", names(done), names(pending), type(done).__name__)
    for e in evs: e.set()
    done, pending = await asyncio.wait(ts)
    print("ALL_COMPLETED", names(done), names(pending), [t.result() for t in ts])
    e1, e2 = asyncio.Event(), asyncio.Event()
    ok = asyncio.create_task(waiter(e1, "ok"), name="ok")
    bad = asyncio.create_task(waiter(e2, "bad", fail=True), name="bad")
    e2.set()
    done, pending = await asyncio.wait([ok, bad], return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending), repr(bad.exception()))
    done, pending = await asyncio.wait([ok], timeout=0.01)
    print("timeout", names(done), names(pending), ok.cancelled())
    e1.set()
    await ok
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.wait([ok], return_when="bogus")
    except ValueError as e:
        print(type(e).__name__, e)
    async def c(): return 1
    coro = c()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print(type(e).__name__, e)
    coro.close()
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
asyncio.run(main())
