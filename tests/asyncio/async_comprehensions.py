# async comprehensions and await inside comprehensions
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def double(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    print([x async for x in agen(4)])
    print([x async for x in agen(6) if x % 2])
    print({x: x * x async for x in agen(3)})
    print({x % 2 async for x in agen(5)})
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in agen(3)])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__, [v async for v in g])
    print([[y async for y in agen(x)] for x in range(3)] if False else "nested-sync-outer skipped")
    print([y for x in [[1, 2], [3]] for y in x])
    lst = [x async for x in agen(3) for _ in range(2)]
    print(lst)
asyncio.run(main())
