# Condition, Semaphore, BoundedSemaphore
import asyncio
import re
def norm(r):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(r))  # drop memory addresses
async def main():
    cond = asyncio.Condition()
    items = []
    log = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f"c{n} took {items.pop(0)}")
    cs = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.extend(["a", "b"])
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        items.append("c")
        cond.notify_all()
    await asyncio.gather(*cs)
    print(log)
    try:
        cond.notify()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(type(e).__name__, e)
    sem = asyncio.Semaphore(2)
    print(norm(sem), sem.locked())
    active, peak = 0, 0
    order = []
    async def limited(n):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            order.append(f"start{n}")
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            order.append(f"end{n}")
            active -= 1
    await asyncio.gather(*(limited(i) for i in range(5)))
    print(order, "peak", peak)
    sem.release()
    print("plain Semaphore release beyond initial ok:", norm(sem))
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    s0 = asyncio.Semaphore(0)
    print(s0.locked(), norm(s0))
asyncio.run(main())
