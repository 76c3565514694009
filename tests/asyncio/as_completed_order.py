# as_completed yields results in completion order (completion driven by events)
import asyncio
async def job(ev, name):
    await ev.wait()
    return name
async def main():
    evs = {n: asyncio.Event() for n in "abc"}
    coros = [job(evs[n], n) for n in "abc"]
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, evs["c"].set)
    loop.call_later(0.02, evs["a"].set)
    loop.call_later(0.03, evs["b"].set)
    for fut in asyncio.as_completed(coros):
        print("completed:", await fut)
    ev = asyncio.Event()
    try:
        for fut in asyncio.as_completed([job(ev, "never")], timeout=0.01):
            await fut
    except TimeoutError as e:
        print("as_completed timeout", repr(e))
    coro = asyncio.sleep(0)
    try:
        list(asyncio.as_completed(coro))
    except TypeError as e:
        print(type(e).__name__, e)
    coro.close()
    await asyncio.sleep(0)
asyncio.run(main())
