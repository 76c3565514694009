# PriorityQueue and LifoQueue ordering
import asyncio
import re
def norm(r):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(r))  # drop memory addresses
async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (0, "z")]:
        pq.put_nowait(item)
    print(norm(pq))
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print(norm(lq), [await lq.get() for _ in range(4)])
    q = asyncio.Queue()
    for i in "abc":
        q.put_nowait(i)
    print(norm(q), [q.get_nowait() for _ in range(3)])
    order = []
    bounded = asyncio.Queue(1)
    async def put(v):
        await bounded.put(v)
        order.append(f"put {v}")
    tasks = [asyncio.create_task(put(v)) for v in "xyz"]
    await asyncio.sleep(0)
    for _ in range(3):
        order.append(f"get {await bounded.get()}")
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print(order)
asyncio.run(main())
