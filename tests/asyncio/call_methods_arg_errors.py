# Argument errors of the loop's call_* methods name them as CPython does (BaseEventLoop.x(), call_later checking through call_at)
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    for name in ("call_soon", "call_soon_threadsafe", "call_later", "call_at"):
        m = getattr(loop, name)
        cases = [((print,), {"foo": 1}), ((), {})]
        if not name.startswith("call_soon"):
            cases.append(((0.001,), {}))
        for args, kw in cases:
            try:
                m(*args, **kw)
            except TypeError as e:
                print(name, e)
    try:
        loop.call_soon_threadsafe(print, "x", context=None)
        loop.call_soon(print, context=None)
        loop.call_later(None, print)
    except TypeError as e:
        print(e)
    try:
        loop.call_at(None, print)
    except TypeError as e:
        print(e)
    loop.set_debug(True)
    async def co(): pass
    for name in ("call_soon", "call_soon_threadsafe", "call_later", "call_at"):
        try:
            if name.startswith("call_soon"):
                getattr(loop, name)(co)
            else:
                getattr(loop, name)(1, 5)
        except TypeError as e:
            print(name, e)
    loop.set_debug(False)
    await asyncio.sleep(0)
asyncio.run(main())
