# gather() awaits a repeated argument once and reports it at each position,
# whether the arguments are all tasks and futures (told apart without a
# table) or mixed with coroutines and subclasses of Future.
import asyncio


class EqualFuture(asyncio.Future):
    # every instance hashes and compares equal: gather's table treats them as one
    def __eq__(self, other):
        return isinstance(other, EqualFuture)

    def __hash__(self):
        return 1


async def val(x, log):
    log.append(x)
    await asyncio.sleep(0)
    return x


async def main():
    loop = asyncio.get_running_loop()
    log = []
    a = asyncio.create_task(val('a', log))
    b = asyncio.create_task(val('b', log))
    print(await asyncio.gather(a, b, a, b, a))
    print(log)

    f = loop.create_future()
    loop.call_soon(f.set_result, 'f')
    t = asyncio.create_task(val('t', log))
    g = asyncio.gather(t, f, f, t)
    print(await g, len(g._children))

    # all distinct: the fast path; a done task among them still counts once
    done = asyncio.create_task(val('done', log))
    await done
    ts = [asyncio.create_task(val(i, log)) for i in range(5)]
    print(await asyncio.gather(*ts, done))

    # a coroutine among the tasks: the table is used
    c = val('c', log)
    print(await asyncio.gather(a, c, a))

    # a subclass with its own equality: repeats by ==, as CPython's dict sees them
    e1, e2 = EqualFuture(), EqualFuture()
    loop.call_soon(e1.set_result, 'e1')
    loop.call_soon(e2.set_result, 'e2')
    print(await asyncio.gather(e1, e2))
    if not e2.done():
        e2.cancel()

    # a failing repeated child: the first error wins, reported once
    async def boom():
        raise ValueError('boom')
    bt = asyncio.create_task(boom())
    try:
        await asyncio.gather(bt, bt)
    except ValueError as exc:
        print('ValueError', exc)
    print(await asyncio.gather(bt, bt, a, return_exceptions=True))

    # the same arguments again: the marks of the first call left nothing behind
    print(await asyncio.gather(a, b))
    print(await asyncio.gather(a, b, a))


asyncio.run(main())
