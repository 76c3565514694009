# A forgotten `await` before asyncio.sleep() gets CPython's "coroutine 'sleep'
# was never awaited" warning; sleeps that were awaited, closed or thrown into do not
import asyncio, gc
async def main():
    asyncio.sleep(0.01)
    print("forgot to await")
    s = asyncio.sleep(1)
    s.close()
    s = asyncio.sleep(1)
    try:
        s.throw(ValueError("in"))
    except ValueError as e:
        print("thrown", e)
    await asyncio.sleep(0)
    print(type(asyncio.sleep(0)).__name__)
    gc.collect()
    print("done")
asyncio.run(main())
