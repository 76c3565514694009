# gather/shield/wait/wait_for/as_completed/ensure_future/run_coroutine_threadsafe edge cases
import asyncio
import threading

async def val(x, delay=0):
    await asyncio.sleep(delay)
    return x

async def fail(exc, delay=0):
    await asyncio.sleep(delay)
    raise exc

class Awaitable:
    def __await__(self):
        return (yield from val("from __await__").__await__())

async def main():
    loop = asyncio.get_running_loop()
    # gather
    print(await asyncio.gather())
    t = asyncio.ensure_future(val(3))
    print(await asyncio.gather(t, t, val(4), Awaitable()))
    print(await asyncio.gather(val(1), fail(KeyError("k")), return_exceptions=True))
    try:
        await asyncio.gather(val(1), fail(KeyError("k")))
    except KeyError as e:
        print("gather raised", repr(e))
    done = loop.create_future()
    done.set_result("pre")
    print(await asyncio.gather(done, val(2)))
    g = asyncio.gather(val(1, 0.05), val(2, 0.05))
    await asyncio.sleep(0)
    print("cancel gather", g.cancel(), g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    g = asyncio.gather(val(1, 0.05), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel("why")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather(return_exceptions) cancelled", e.args)
    c1 = asyncio.ensure_future(val(1, 0.05))
    g = asyncio.gather(c1, val(2), return_exceptions=True)
    await asyncio.sleep(0)
    c1.cancel("inner")
    print("child cancelled ->", [type(r).__name__ for r in await g], (await asyncio.gather(c1, return_exceptions=True))[0].args)
    c2 = asyncio.ensure_future(val(1, 0.05))
    g = asyncio.gather(c2)
    await asyncio.sleep(0)
    c2.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather sees child cancel", g.cancelled())
    finished = loop.create_future()
    finished.set_result(1)
    g = asyncio.gather(finished)
    print("cancel finished gather:", g.cancel())
    await asyncio.sleep(0)
    print(g.result())
    other = asyncio.new_event_loop()
    f = other.create_future()
    try:
        asyncio.ensure_future(f, loop=loop)
    except ValueError as e:
        print("ValueError", e)
    other.close()
    try:
        asyncio.gather(val(1), 5)
    except TypeError as e:
        print("TypeError", e)

    # shield
    s = asyncio.shield(val("shielded"))
    print(await s)
    inner = loop.create_future()
    outer = asyncio.shield(inner)
    outer.cancel()
    inner.set_exception(ValueError("late"))
    await asyncio.sleep(0)
    print("outer", outer.cancelled(), "inner", repr(inner.exception()))
    inner = loop.create_future()
    outer = asyncio.shield(inner)
    inner.cancel()
    await asyncio.sleep(0)
    print("inner cancelled -> outer cancelled", outer.cancelled())
    inner = loop.create_future()
    outer = asyncio.shield(inner)
    inner.set_exception(OSError("x"))
    await asyncio.sleep(0)
    print("exception passes", repr(outer.exception()))
    done = loop.create_future(); done.set_result(9)
    print(asyncio.shield(done) is done)

    # wait
    for bad in (val(1), loop.create_future()):
        try:
            await asyncio.wait(bad)
        except TypeError as e:
            print("TypeError", e)
        if asyncio.iscoroutine(bad):
            bad.close()
    coro = val(1)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError", e)
    coro.close()
    a = asyncio.ensure_future(val("a"))
    done, pending = await asyncio.wait({a, a})
    print(len(done), len(pending))
    slow = asyncio.ensure_future(val("slow", 10))
    done, pending = await asyncio.wait([slow], timeout=0)
    print("timeout=0", len(done), len(pending))
    x = asyncio.ensure_future(fail(ValueError("v")))
    y = asyncio.ensure_future(val("y"))
    done, pending = await asyncio.wait([x, y, slow], return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", sorted(map(repr, [f.exception() or f.result() for f in done])), len(pending))
    z = asyncio.ensure_future(val("z"))
    done, pending = await asyncio.wait([z, slow], return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION no error", len(done), len(pending))
    slow.cancel()

    # wait_for
    print(await asyncio.wait_for(val("in time"), 1))
    print(await asyncio.wait_for(val("no timeout"), None))
    try:
        await asyncio.wait_for(val("never", 10), 0)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
    fut = loop.create_future(); fut.set_result("ready")
    print(await asyncio.wait_for(fut, 0))
    fut = loop.create_future(); fut.set_exception(KeyError("ready-err"))
    try:
        await asyncio.wait_for(fut, -1)
    except KeyError as e:
        print("KeyError", e)
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "ignored cancel"
    print(await asyncio.wait_for(stubborn(), 0.01))
    try:
        await asyncio.wait_for(val("slow", 10), 0.01)
    except TimeoutError as e:
        print("TimeoutError after delay", type(e.__cause__).__name__)

    # as_completed
    results = []
    for f in asyncio.as_completed([val("b", 0.02), val("a", 0.01), Awaitable()]):
        results.append(await f)
    print(results)
    try:
        for f in asyncio.as_completed([val("late", 10)], timeout=0.01):
            await f
    except TimeoutError as e:
        print("as_completed TimeoutError", repr(e))
    coro = val(1)
    try:
        asyncio.as_completed(coro)
    except TypeError as e:
        print("TypeError", e)
    coro.close()
    print(list(asyncio.as_completed([])))

    # run_coroutine_threadsafe
    cf = asyncio.run_coroutine_threadsafe(val("threadsafe"), loop)
    print(type(cf).__module__, await asyncio.wrap_future(cf))
    cf = asyncio.run_coroutine_threadsafe(fail(IndexError("ts")), loop)
    try:
        await asyncio.wrap_future(cf)
    except IndexError as e:
        print("IndexError", e)
    try:
        asyncio.run_coroutine_threadsafe(5, loop)
    except TypeError as e:
        print("TypeError", e)
    out = []
    def from_thread():
        out.append(asyncio.run_coroutine_threadsafe(val("from thread"), loop).result())
    th = threading.Thread(target=from_thread)
    th.start()
    while th.is_alive():
        await asyncio.sleep(0.001)
    print(out)

asyncio.run(main())
