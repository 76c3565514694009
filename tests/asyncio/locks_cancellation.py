# locks under cancellation and contention: hand-over after a cancelled waiter, reprs with waiters,
# Condition.wait cancelled, Semaphore slot return, Barrier reset/abort, loop binding
import asyncio
import re

def norm(r):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(r))

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    log = []
    async def take(n):
        async with lock:
            log.append(n)
    a = asyncio.create_task(take("a"))
    b = asyncio.create_task(take("b"))
    await asyncio.sleep(0)
    print(norm(lock))
    lock.release()          # wakes a ...
    a.cancel()              # ... which is cancelled before running: b must get the lock
    await asyncio.gather(a, b, return_exceptions=True)
    print(log, lock.locked(), a.cancelled())
    # acquire skips a queue made only of cancelled waiters
    await lock.acquire()
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    lock.release()
    print(await lock.acquire(), norm(lock))
    lock.release()

    ev = asyncio.Event()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(norm(ev), t.cancelled())
    ev.set(); ev.set()
    print(norm(ev))

    cond = asyncio.Condition()
    print(norm(cond))
    async def waiter(tag):
        async with cond:
            try:
                await cond.wait()
                log.append(tag + " notified")
            except asyncio.CancelledError:
                log.append(tag + " cancelled, holds lock: " + str(cond.locked()))
                raise
    log.clear()
    ws = [asyncio.create_task(waiter(f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print(norm(cond))
    ws[0].cancel()
    async with cond:
        cond.notify(1)
    await asyncio.gather(*ws[:2], return_exceptions=True)
    async with cond:
        cond.notify_all()
    await ws[2]
    print(log)
    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    async with shared:
        print("shared lock:", c2.locked())
    async with c2:
        print(await c2.wait_for(lambda: "truthy"))

    sem = asyncio.Semaphore(1)
    await sem.acquire()
    s1 = asyncio.create_task(sem.acquire())
    s2 = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print(norm(sem))
    sem.release()
    s1.cancel()
    res = await asyncio.gather(s1, s2, return_exceptions=True)
    print([type(r).__name__ for r in res], norm(sem))
    sem.release()
    print(norm(sem))
    sem.release()
    print(norm(sem), sem.locked())

    barrier = asyncio.Barrier(3)
    print(norm(barrier), barrier.parties, barrier.n_waiting, barrier.broken)
    async def party(n):
        try:
            return await barrier.wait()
        except asyncio.BrokenBarrierError as e:
            return f"broken: {e}"
    ps = [asyncio.create_task(party(i)) for i in range(2)]
    await asyncio.sleep(0)
    print(norm(barrier))
    await barrier.reset()
    print(await asyncio.gather(*ps), norm(barrier))
    ps = [asyncio.create_task(party(i)) for i in range(2)]
    await asyncio.sleep(0)
    await barrier.abort()
    print(await asyncio.gather(*ps), norm(barrier), barrier.broken)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", e)
    await barrier.reset()
    print(norm(barrier))
    async with asyncio.Barrier(1) as index:
        print("index", index)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError", e)

    # a primitive used from two loops
    ev2 = asyncio.Event()
    t = asyncio.create_task(ev2.wait())
    await asyncio.sleep(0)
    def other():
        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(asyncio.wait_for(ev2.wait(), 0.01))
        except RuntimeError as e:
            print("RuntimeError", re.sub(r" at 0x[0-9a-f]+", "", str(e)))
        finally:
            loop.close()
    await asyncio.to_thread(other)
    ev2.set()
    await t

asyncio.run(main())
