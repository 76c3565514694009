# asyncio queues: reprs/str, cancellation of waiting get/put, task_done/join, errors, subscripting
import asyncio
import re

def norm(r):
    return re.sub(r" at 0x[0-9a-f]+", "", r)

async def main():
    q = asyncio.Queue(2)
    print(norm(repr(q)), str(q), q.maxsize, q.qsize(), q.empty(), q.full())
    await q.put(1)
    q.put_nowait(2)
    print(str(q), q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    putter = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(str(q))
    putter.cancel()
    await asyncio.gather(putter, return_exceptions=True)
    print(str(q), putter.cancelled())
    print(await q.get(), q.get_nowait(), str(q))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    getters = [asyncio.create_task(q.get()) for _ in range(2)]
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("a")       # wakes the first getter ...
    getters[0].cancel()     # ... which is cancelled before it runs: the item goes to the second
    res = await asyncio.gather(*getters, return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res], str(q))
    q.task_done(); q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    print(str(q))
    await q.join()
    q.put_nowait("job")
    done = []
    async def worker():
        item = await q.get()
        await asyncio.sleep(0)
        done.append(item)
        q.task_done()
    asyncio.create_task(worker())
    await q.join()
    print("joined", done, str(q))
    # waiting putters are served in order when room appears
    small = asyncio.Queue(1)
    small.put_nowait(0)
    ps = [asyncio.create_task(small.put(i)) for i in (1, 2)]
    await asyncio.sleep(0)
    got = [await small.get() for _ in range(3)]
    await asyncio.gather(*ps)
    print(got)
    unbounded = asyncio.Queue(-1)
    for i in range(5):
        unbounded.put_nowait(i)
    print(unbounded.full(), unbounded.qsize())
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print(str(pq), [pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in "xyz":
        await lq.put(item)
    print(str(lq), [await lq.get() for _ in range(3)])
    print(asyncio.Queue[int], asyncio.PriorityQueue[str], asyncio.LifoQueue.__mro__[1].__name__ in ("Queue", "_ListQueue"))
    class Custom(asyncio.Queue):
        def _init(self, maxsize):
            self._queue = []
        def _put(self, item):
            self._queue.insert(0, item)
        def _get(self):
            return self._queue.pop(0)
    c = Custom()
    c.put_nowait(1); c.put_nowait(2)
    print(c.get_nowait(), str(c))

asyncio.run(main())
