# async generators: iteration, asend, athrow, aclose, finally blocks
import asyncio
async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("ticker finally")
async def echo():
    received = None
    while True:
        try:
            received = yield f"echo {received}"
        except ValueError as e:
            received = f"handled {e}"
async def main():
    async for v in ticker(3):
        print("got", v)
    g = ticker(10)
    print(await g.__anext__(), await anext(g))
    await g.aclose()
    print("after aclose")
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration after close")
    print(await anext(g, "default"))
    e = echo()
    print(await e.asend(None), await e.asend(1), await e.athrow(ValueError("x")), await e.asend(2))
    await e.aclose()
    try:
        await e.asend("not None")
    except StopAsyncIteration:
        print("asend after aclose -> StopAsyncIteration")
    try:
        await echo().asend("first")
    except TypeError as ex:
        print(type(ex).__name__, ex)
    async def agen_return():
        yield 1
        return
    print([x async for x in agen_return()])
    print(type(ticker(1)).__name__, ticker.__name__, aiter(ticker(1)).__class__.__name__)
    async for v in ticker(5):
        if v == 1:
            break
    print("broke out of async for")
    await asyncio.sleep(0)
    class AIter:
        def __init__(self): self.n = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.n += 1
            if self.n > 3:
                raise StopAsyncIteration
            return self.n
    print([x async for x in AIter()])
asyncio.run(main())
print("after run")
