# shield: cancelling the outer awaitable does not cancel the inner task
import asyncio
async def inner(ev, log):
    await ev.wait()
    log.append("inner finished")
    return "inner result"
async def main():
    log = []
    ev = asyncio.Event()
    inner_task = asyncio.create_task(inner(ev, log))
    async def outer():
        return await asyncio.shield(inner_task)
    out = asyncio.create_task(outer())
    await asyncio.sleep(0)
    out.cancel()
    try:
        await out
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled?", inner_task.cancelled(), "done?", inner_task.done())
    ev.set()
    print(await inner_task, log)
    print(await asyncio.shield(inner_task))
    async def value(): return 7
    print(await asyncio.shield(value()))
    ev2 = asyncio.Event()
    t2 = asyncio.create_task(inner(ev2, log))
    try:
        await asyncio.wait_for(asyncio.shield(t2), 0.01)
    except TimeoutError:
        print("wait_for timed out; shielded task still pending:", not t2.done())
    ev2.set()
    print(await t2)
asyncio.run(main())
