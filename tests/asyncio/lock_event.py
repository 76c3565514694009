# Lock and Event: FIFO acquisition, locked(), reprs, errors
import asyncio
import re
def norm(r):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(r))  # drop memory addresses
async def main():
    lock = asyncio.Lock()
    log = []
    async def worker(n):
        async with lock:
            log.append(f"w{n} in")
            await asyncio.sleep(0)
            log.append(f"w{n} out")
    print(norm(lock), lock.locked())
    await asyncio.gather(*(worker(i) for i in range(3)))
    print(log)
    await lock.acquire()
    print(norm(lock), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    ev = asyncio.Event()
    print(norm(ev), ev.is_set())
    order = []
    async def wait_ev(n):
        await ev.wait()
        order.append(n)
    ts = [asyncio.create_task(wait_ev(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(norm(ev))
    ev.set()
    print(ev.is_set(), norm(ev))
    await asyncio.gather(*ts)
    print(order, await ev.wait())
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("event wait timed out")
    lock2 = asyncio.Lock()
    async def holder():
        async with lock2:
            await asyncio.sleep(0.01)
    h = asyncio.create_task(holder())
    await asyncio.sleep(0)
    waiter = asyncio.create_task(lock2.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("cancelled lock waiter; locked by holder:", lock2.locked())
    await h
    print("lock free:", not lock2.locked())
asyncio.run(main())
