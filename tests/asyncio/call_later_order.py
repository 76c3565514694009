# call_later / call_at: timers fire in deadline order, after already-queued call_soon callbacks
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    out = []
    loop.call_later(0.03, out.append, "later-0.03")
    loop.call_later(0.01, out.append, "later-0.01")
    loop.call_later(0.02, out.append, "later-0.02")
    now = loop.time()
    loop.call_at(now + 0.015, out.append, "at+0.015")
    loop.call_soon(out.append, "soon")
    h = loop.call_later(0.005, out.append, "cancelled-timer")
    h.cancel()
    await asyncio.sleep(0.05)
    print(out)
    print(type(h).__name__, h.cancelled(), isinstance(h.when(), float))
asyncio.run(main())
