# Barrier: parties wait for each other; wait() returns the arrival index; abort -> BrokenBarrierError
import asyncio
import re
def norm(r):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(r))  # drop memory addresses
async def main():
    b = asyncio.Barrier(3)
    print(norm(b))
    log = []
    async def party(n):
        log.append(f"arrive{n}")
        idx = await b.wait()
        log.append(f"pass{n}:{idx}")
    await asyncio.gather(*(party(i) for i in range(3)))
    print(log)
    print(norm(b), b.parties, b.n_waiting, b.broken)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    print("waiting:", b2.n_waiting)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print(type(e).__name__, norm(e), b2.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(type(e).__name__, e)
    async with asyncio.Barrier(1) as pos:
        print("async with Barrier(1) ->", pos)
asyncio.run(main())
