# sleep(0) is exactly one loop iteration; sleeps with distinct delays wake in delay order
import asyncio
async def spinner(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
async def main():
    log = []
    await asyncio.gather(spinner("x", 3, log), spinner("y", 2, log), spinner("z", 4, log))
    print(log)
    log = []
    await asyncio.gather(sleeper("30ms", 0.03, log), sleeper("10ms", 0.01, log), sleeper("20ms", 0.02, log), sleeper("0ms", 0, log))
    print(log)
    r = await asyncio.sleep(0.001, "value")
    print(r)
    try:
        await asyncio.sleep(-1)
        print("negative sleep returns immediately")
    except ValueError as e:
        print(type(e).__name__, e)
asyncio.run(main())
