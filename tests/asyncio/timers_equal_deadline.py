# equal deadlines: CPython pops ties in heapq order, which is NOT FIFO (reference e1)
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    out = []
    t = loop.time() + 0.01
    for i in range(12):
        loop.call_at(t, out.append, f"T{i}")
    loop.call_at(t + 0.001, out.append, "late")
    loop.call_at(t - 0.001, out.append, "early")
    await asyncio.sleep(0.05)
    print(out)
asyncio.run(main())
