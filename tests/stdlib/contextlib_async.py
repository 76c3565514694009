# contextlib: asynccontextmanager, AsyncExitStack, aclosing, async nullcontext, types.coroutine
import asyncio, contextlib, types
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext
@asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    except ValueError as exc:
        print("handled", exc)
    finally:
        print("close", name)
@types.coroutine
def legacy():
    value = yield
    return value
async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print("agen closed")
async def main():
    async with resource("a") as r:
        print("using", r)
    async with resource("b"):
        raise ValueError("oops")
    try:
        async with resource("c"):
            raise KeyError("k")
    except KeyError as exc:
        print("escaped", repr(exc))
    @resource("deco")
    async def decorated():
        print("in decorated")
    await decorated()
    async with AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource("s1"))
        y = stack.enter_context(nullcontext("sync"))
        stack.push_async_callback(asyncio.sleep, 0)
        async def cb(tag):
            print("callback", tag)
        stack.push_async_callback(cb, "t")
        stack.callback(print, "sync callback")
        print("stack body", x, y)
    async with aclosing(agen()) as g:
        async for v in g:
            if v == 2:
                break
            print("item", v)
    async with nullcontext(5) as n:
        print("null", n)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(5)
    except TypeError as exc:
        print("TypeError", exc)
asyncio.run(main())
