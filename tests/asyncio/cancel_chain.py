# cancelling a task that awaits another task cancels down the chain; CancelledError escaping marks the task cancelled
import asyncio
log = []
async def leaf():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("leaf cancelled")
        raise
    finally:
        log.append("leaf finally")
async def middle():
    try:
        await asyncio.create_task(leaf())
    except asyncio.CancelledError:
        log.append("middle cancelled")
        raise
async def main():
    m = asyncio.create_task(middle())
    for _ in range(2):
        await asyncio.sleep(0)
    m.cancel()
    try:
        await m
    except asyncio.CancelledError:
        log.append("main saw middle cancelled")
    print(log)
    async def raises_cancel():
        raise asyncio.CancelledError("self-raised")
    t = asyncio.create_task(raises_cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("self-raised CancelledError -> cancelled():", t.cancelled(), e.args)
    async def catches_and_reraises_other():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise RuntimeError("converted")
    t2 = asyncio.create_task(catches_and_reraises_other())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except RuntimeError as e:
        print("converted:", repr(e), t2.cancelled(), type(e.__context__).__name__)
asyncio.run(main())
