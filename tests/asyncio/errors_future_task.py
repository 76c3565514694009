# Future and Task misuse: InvalidStateError, set_result on tasks, bad awaits, cancellation
import asyncio
def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", r if not asyncio.isfuture(r) else type(r).__name__)
    except BaseException as e:
        print(type(e).__name__, e)
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    show(f.set_exception, 5)
    show(f.set_exception, ValueError)
    print(repr(f.exception()))
    show(f.set_result, 1)
    show(f.cancel)
    g = loop.create_future()
    g.cancel("why")
    show(g.result)
    show(g.exception)
    show(g.set_result, 2)
    show(g.remove_done_callback, print)
    h = loop.create_future()
    h.add_done_callback(print)
    h.add_done_callback(print)
    print(h.remove_done_callback(print), h.remove_done_callback(print))
    async def coro():
        return 1
    t = asyncio.create_task(coro())
    show(t.set_result, 1)
    show(t.set_exception, ValueError())
    await t
    show(t.result)
    print(t.cancel(), t.cancelling(), t.uncancel(), t.uncancel())
    show(asyncio.Task, 5)
    c = coro()
    show(asyncio.Task, c, name=3)
    c2 = coro()
    t2 = asyncio.Task(c2, name=3)
    print(t2.get_name())
    await t2
    show(asyncio.ensure_future, 1.5)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)
    c = coro()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError", e)
    c.close()
    try:
        await asyncio.wait({f}, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError", e)
    class NotAwaitable:
        pass
    try:
        await NotAwaitable()
    except TypeError as e:
        print("TypeError", e)
    class BadAwait:
        def __await__(self):
            return 5
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError", e)
    async def yields_bare():
        class Y:
            def __await__(self):
                yield loop.create_future()
        await Y()
    try:
        await asyncio.create_task(yields_bare())
    except RuntimeError as e:
        print("RuntimeError", str(e).split(" in task")[0])
    q = asyncio.Queue()
    show(q.task_done)
    show(q.get_nowait)
    q2 = asyncio.Queue(1)
    q2.put_nowait(1)
    show(q2.put_nowait, 2)
    lock = asyncio.Lock()
    show(lock.release)
    show(asyncio.Semaphore, -1)
    b = asyncio.BoundedSemaphore(1)
    show(b.release)
    cond = asyncio.Condition()
    show(cond.notify)
    show(asyncio.Barrier, 0)
    show(asyncio.timeout(1).reschedule, 5)
    try:
        async with asyncio.TaskGroup() as tg:
            pass
        c = coro()
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", str(e).split(" ")[0], str(e).split(" ")[-1])
        c.close()
asyncio.run(main())
