# Async generator introspection: ag_frame (None once finished), ag_await (what
# it awaits while suspended there), ag_running, ag_code, names
import asyncio
async def ticker():
    yield 1
    await asyncio.sleep(0.01)
    yield 2
async def main():
    g = ticker()
    print(g.ag_running, g.ag_frame is not None, g.ag_await, g.ag_code.co_name, g.__name__, g.__qualname__)
    print(await anext(g), g.ag_frame.f_lineno, g.ag_await)
    t = asyncio.ensure_future(anext(g))
    await asyncio.sleep(0)
    print(type(g.ag_await).__name__, g.ag_running)
    print(await t)
    try:
        await anext(g)
    except StopAsyncIteration:
        print("finished", g.ag_frame, g.ag_await)
asyncio.run(main())
