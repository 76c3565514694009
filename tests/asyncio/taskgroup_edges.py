# TaskGroup edge cases: misuse errors, reprs, body errors, base exceptions, late children, names
import asyncio

async def val(x, delay=0):
    await asyncio.sleep(delay)
    return x

async def fail(exc, delay=0):
    await asyncio.sleep(delay)
    raise exc

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = val(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
    async with tg:
        print(repr(tg))
        t = tg.create_task(val("named"), name="child-1")
        print(t.get_name(), repr(tg))
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("RuntimeError", e)
    print(t.result(), repr(tg))
    coro = val(2)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()

    # error in the body cancels children, is raised in the group
    try:
        async with asyncio.TaskGroup() as g:
            slow = g.create_task(val("slow", 10))
            await asyncio.sleep(0)
            raise ValueError("body")
    except* ValueError as eg:
        print("body error:", repr(eg.exceptions), slow.cancelled())

    # several failing children
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(fail(KeyError("a")))
            g.create_task(fail(IndexError("b")))
            g.create_task(val("ok"))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg.message, sorted(repr(e) for e in eg.exceptions))

    # a child's KeyboardInterrupt/SystemExit is raised bare
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(fail(SystemExit(4)))
            g.create_task(val("x", 10))
    except SystemExit as e:
        print("SystemExit", e.code)

    # create_task while shutting down
    async def spawner(g):
        await asyncio.sleep(0)
        try:
            g.create_task(val(3))
        except RuntimeError as e:
            print("RuntimeError", str(e).split("> ")[-1])
            raise
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(fail(OSError("first")))
            g.create_task(spawner(g))
    except* OSError as eg:
        print("OSError group", len(eg.exceptions))

    # children may add children while the group waits in __aexit__
    order = []
    async def parent_child(g):
        await asyncio.sleep(0)
        g.create_task(val("grandchild")).add_done_callback(lambda t: order.append(t.result()))
        order.append("child")
    async with asyncio.TaskGroup() as g:
        g.create_task(parent_child(g))
    print(order)

    # outer cancellation of the task running the group
    async def guarded():
        async with asyncio.TaskGroup() as g:
            g.create_task(val("never", 10))
            await asyncio.sleep(10)
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("guarded cancelled", t.cancelling() if hasattr(t, "cancelling") else None)

    # a group that finished without tasks, eager tasks done at creation
    async with asyncio.TaskGroup():
        pass
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    async def instant():
        return "instant"
    async with asyncio.TaskGroup() as g:
        it = g.create_task(instant())
        print("eager done at creation:", it.done(), repr(g))
    loop.set_task_factory(None)
    print(it.result())

asyncio.run(main())
