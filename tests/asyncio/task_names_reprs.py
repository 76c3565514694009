# Task names (Task-N counter, set_name, name=) and reprs; paths normalised to the file name
import asyncio, os
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def r(obj):
    return repr(obj).replace(HERE, "")
async def worker(ev):
    await ev.wait()
    return "ok"
async def boom():
    raise ValueError("boom")
async def main():
    me = asyncio.current_task()
    print(me.get_name(), r(me).split(' cb=[')[0])
    ev = asyncio.Event()
    t = asyncio.create_task(worker(ev))
    print(t.get_name(), r(t))
    await asyncio.sleep(0)
    print(r(t))
    t.set_name("renamed")
    print(t.get_name())
    ev.set()
    await t
    print(r(t))
    n = asyncio.create_task(worker(ev), name="custom")
    print(n.get_name())
    await n
    n2 = asyncio.create_task(worker(ev), name=42)
    print(repr(n2.get_name()))
    await n2
    b = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(r(b))
    b.exception()
    c = asyncio.create_task(worker(asyncio.Event()))
    await asyncio.sleep(0)
    c.cancel()
    print(r(c))
    try:
        await c
    except asyncio.CancelledError:
        pass
    print(r(c))
    print(asyncio.create_task(worker(ev)).get_name())
    await asyncio.sleep(0)
    print(r(t.get_coro()).split(" at ")[0], t.get_coro().__qualname__)
    print(isinstance(t, asyncio.Future), asyncio.Task.__name__, type(t).__name__)
asyncio.run(main())
