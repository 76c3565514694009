# await drives asyncio.sleep's object itself, as a coroutine: a task's coroutine
# reports it as cr_await; a sleep awaited twice, or cancelled, behaves as CPython's.
import asyncio


async def napper():
    await asyncio.sleep(0)
    await asyncio.sleep(0.01, 'r')


async def main():
    t = asyncio.create_task(napper())
    await asyncio.sleep(0)
    c = t.get_coro()
    print(type(c.cr_await).__name__, c.cr_await.__name__, c.cr_await.__qualname__)
    await asyncio.sleep(0.001)
    print(type(c.cr_await).__name__, c.cr_await.__name__)
    await t
    print(c.cr_await)

    s = asyncio.sleep(0, 'once')
    async def await_it():
        return await s
    print(await await_it())
    try:
        await await_it()
    except RuntimeError as e:
        print('RuntimeError:', e)

    t2 = asyncio.create_task(napper())
    await asyncio.sleep(0.001)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print('cancelled while sleeping:', t2.cancelled())


asyncio.run(main())
