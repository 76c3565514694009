# Ay's flagship demo: coroutines on the built-in event loop. Tasks run
# concurrently, a TaskGroup collects them, a timeout cancels a slow one, and
# a queue hands work from a producer to consumers.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay:.2f}s"


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
    await queue.put(None)


async def consumer(queue, results):
    while (item := await queue.get()) is not None:
        results.append(item * item)


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(name, d)) for name, d in [("alpha", 0.03), ("beta", 0.01), ("gamma", 0.02)]]
    print("TaskGroup:", [t.result() for t in tasks])

    print("gather:", await asyncio.gather(fetch("one", 0.01), fetch("two", 0.0)))

    try:
        async with asyncio.timeout(0.05):
            await fetch("too slow", 1)
    except TimeoutError:
        print("timeout: the slow fetch was cancelled")

    queue, results = asyncio.Queue(maxsize=2), []
    await asyncio.gather(producer(queue, 5), consumer(queue, results))
    print("queue:", results)

    loop = asyncio.get_running_loop()
    print("executor:", await loop.run_in_executor(None, sum, range(10)))


asyncio.run(main())
