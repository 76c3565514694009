# run_until_complete / stop / run_forever semantics (e8); one more iteration after the main task finishes (e6)
import asyncio
out = []
loop = asyncio.new_event_loop()
def a():
    out.append("a")
    loop.call_soon(out.append, "b")
    loop.stop()
loop.call_soon(a)
loop.call_soon(out.append, "c")
loop.run_forever()
print("after first run_forever", out)
loop.call_soon(loop.stop)
loop.run_forever()
print("after second run_forever", out)
loop.stop()
loop.call_soon(out.append, "d")
loop.run_forever()
print("stop() before run_forever runs one iteration:", out)
print(loop.is_running(), loop.is_closed())
async def coro():
    out.append("coro ran")
    return "coro result"
print(loop.run_until_complete(coro()))
fut = loop.create_future()
loop.call_soon(fut.set_result, "future result")
print(loop.run_until_complete(fut))
async def fail():
    raise KeyError("from run_until_complete")
try:
    loop.run_until_complete(fail())
except KeyError as e:
    print("propagated", repr(e))
async def stops_early():
    loop.stop()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
c = stops_early()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(type(e).__name__, e)
loop.run_until_complete(asyncio.sleep(0.01))
log = []
async def ticker():
    i = 0
    while True:
        log.append(f"tick{i}"); i += 1
        await asyncio.sleep(0)
async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0); await asyncio.sleep(0)
    log.append("main-returning")
    return t
t = loop.run_until_complete(main())
print(log)
t.cancel()
loop.run_until_complete(asyncio.sleep(0))
print("ticker cancelled:", t.cancelled())
loop.close()
print(loop.is_closed())
