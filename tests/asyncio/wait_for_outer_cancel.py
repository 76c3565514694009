# cancelling a task blocked in wait_for/timeout gives CancelledError (not TimeoutError) and cancels the inner work
import asyncio
log = []
async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise
async def uses_wait_for():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except TimeoutError:
        log.append("never: TimeoutError")
async def uses_timeout():
    async with asyncio.timeout(5):
        await inner()
async def main():
    for fn in (uses_wait_for, uses_timeout):
        t = asyncio.create_task(fn())
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        t.cancel("outer")
        try:
            await t
        except asyncio.CancelledError as e:
            log.append(f"{fn.__name__}: CancelledError{e.args}")
    print(log)
asyncio.run(main())
