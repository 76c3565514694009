# cancelling a gather cancels every child; outer raises CancelledError when all children finish (e5)
import asyncio
async def child(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
async def main():
    log = []
    g = asyncio.gather(child("a", log), child("b", log))
    await asyncio.sleep(0)
    print("cancel() ->", g.cancel("stop"))
    print("done right after cancel?", g.done())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", repr(e))
    print(log, g.cancelled())
    print("cancel done gather ->", g.cancel())
    g2 = asyncio.gather(child("c", log), child("d", log), return_exceptions=True)
    await asyncio.sleep(0)
    g2.cancel()
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("return_exceptions does not stop outer cancellation")
    async def waits_on_gather():
        await asyncio.gather(child("e", log), child("f", log))
    t = asyncio.create_task(waits_on_gather())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer task cancelled; children:", log[-2:])
asyncio.run(main())
