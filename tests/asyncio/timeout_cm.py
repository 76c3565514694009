# asyncio.timeout / timeout_at context managers: expiry, rescheduling, nesting, repr
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("expired", cm.expired(), repr(e), type(e.__cause__).__name__)
    async with asyncio.timeout(10) as cm:
        await asyncio.sleep(0)
    print("not expired", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("when None:", cm.when())
        cm.reschedule(loop.time() + 10)
        print("rescheduled is float:", isinstance(cm.when(), float))
    try:
        async with asyncio.timeout(10) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner timed out", inner.expired(), "outer expired?", outer.expired())
            await asyncio.sleep(0)
            print("outer body continues")
    except TimeoutError:
        print("never")
    try:
        async with asyncio.timeout(0.01) as outer:
            async with asyncio.timeout(10) as inner:
                await asyncio.sleep(10)
    except TimeoutError:
        print("outer timed out", outer.expired(), inner.expired())
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
            print("never reached")
    except TimeoutError:
        print("past deadline expires at first await")
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(10)
            finally:
                print("finally inside timeout block runs")
    except TimeoutError:
        pass
    print("cancelling:", asyncio.current_task().cancelling())
    cm = asyncio.timeout(None)
    print(repr(cm))
    try:
        async with asyncio.timeout(0.01):
            raise ValueError("not converted")
    except ValueError as e:
        print("other errors pass through:", e)
asyncio.run(main())
