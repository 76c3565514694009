# Queue with producers/consumers, join/task_done, QueueFull/QueueEmpty, maxsize
import asyncio
import re
def norm(r):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(r))  # drop memory addresses
async def producer(q, items, log):
    for it in items:
        await q.put(it)
        log.append(f"put {it}")
async def consumer(name, q, log):
    while True:
        item = await q.get()
        log.append(f"{name} got {item}")
        await asyncio.sleep(0)
        q.task_done()
async def main():
    log = []
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full(), norm(q))
    cons = [asyncio.create_task(consumer(f"c{i}", q, log)) for i in range(2)]
    await producer(q, range(5), log)
    await q.join()
    print(log)
    for c in cons:
        c.cancel()
    await asyncio.gather(*cons, return_exceptions=True)
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    print(norm(q2), q2.full())
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull as e:
        print(type(e).__name__, norm(e))
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, norm(e))
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print(type(e).__name__, e)
    q3 = asyncio.Queue()
    getter = asyncio.create_task(q3.get())
    await asyncio.sleep(0)
    print("getter waiting:", not getter.done(), norm(q3).startswith("<Queue maxsize=0 _getters[1]"))
    q3.put_nowait("wake")
    print(await getter)
    try:
        await asyncio.wait_for(q3.get(), 0.01)
    except TimeoutError:
        print("get timed out; qsize", q3.qsize())
asyncio.run(main())
