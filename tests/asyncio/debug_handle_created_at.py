# Debug mode: handles record where they were made ("created at" in reprs, the
# source_traceback of a failed callback's context); a cancelled one keeps its repr
import asyncio, re
def show(h):
    print(re.sub(r"when=[0-9.]+", "when=T", repr(h)))
def cb(x): pass
async def main():
    asyncio.get_running_loop().slow_callback_duration = 60  # slow builds (gcstress) must not warn
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1)
    show(h)
    print(len(h._source_traceback) > 0, h._source_traceback[-1][2])
    t = loop.call_later(10, cb, 2)
    show(t)
    t.cancel()
    show(t)
    print(t._repr is not None)
    a = loop.call_at(loop.time() + 10, cb, 3)
    show(a)
    a.cancel()
    loop.set_debug(False)
    h2 = loop.call_soon(cb, 4)
    show(h2)
    print(h2._source_traceback)
    await asyncio.sleep(0)

def bad():
    raise KeyError("k")
async def failing():
    asyncio.get_running_loop().slow_callback_duration = 60  # slow builds (gcstress) must not warn
    loop = asyncio.get_running_loop()
    def handler(loop, ctx):
        print(sorted(ctx), ctx["source_traceback"][-1][2], ctx["source_traceback"][-1][3])
    loop.set_exception_handler(handler)
    loop.call_soon(bad)
    await asyncio.sleep(0)
asyncio.run(main(), debug=True)
asyncio.run(failing(), debug=True)
