# asyncio.timeout misuse: entering twice, rescheduling or exiting one never entered (CPython's assertion), reschedule(None), a deadline already past
import asyncio
async def main():
    t = asyncio.timeout(1)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RE", e)
    t2 = asyncio.timeout(1)
    try:
        t2.reschedule(5)
    except RuntimeError as e:
        print("RE", e)
    try:
        await t2.__aexit__(None, None, None)
    except Exception as e:
        print(type(e).__name__, e)
    async with asyncio.timeout(0.01) as t3:
        t3.reschedule(None)
        await asyncio.sleep(0.02)
    print("rescheduled to never", t3.expired(), t3.when())
    try:
        async with asyncio.timeout(-1):
            print("body runs")
            await asyncio.sleep(0)
    except TimeoutError:
        print("negative timeout")
asyncio.run(main())
