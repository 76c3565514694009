# anext() with and without a default, aiter(), async generator expressions, driven without an event loop
async def agen(n):
    for i in range(n):
        yield i
async def main():
    g = agen(2)
    print(await anext(g), await anext(g), await anext(g, "dflt"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("stop")
    ge = (x * 10 async for x in agen(3))
    print(type(ge).__name__, [v async for v in ge])
    it = aiter(agen(1))
    print(type(it).__name__)
    try:
        aiter(5)
    except TypeError as e:
        print(e)
    try:
        anext(5)
    except TypeError as e:
        print(e)
c = main()
try:
    c.send(None)
except StopIteration:
    print("done")
