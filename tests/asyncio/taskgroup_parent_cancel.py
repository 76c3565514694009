# cancelling the task that owns a TaskGroup cancels all children and propagates CancelledError
import asyncio
log = []
async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"child{n} cancelled")
        raise
async def owner():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(child(n))
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("owner saw CancelledError")
        raise
async def main():
    t = asyncio.create_task(owner())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main: owner cancelled")
    # children are cancelled in TaskGroup._tasks (a set) order, so sort them
    print(sorted(x for x in log if x.startswith("child")), [x for x in log if not x.startswith("child")], t.cancelled())
    async def quick(n):
        await asyncio.sleep(0)
        return n
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(quick(i)) for i in range(3)]
    print([t.result() for t in ts])
asyncio.run(main())
