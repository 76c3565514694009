# error messages: awaiting non-awaitables, nested run, closed loop, no running loop, bad arguments
import asyncio
async def coro():
    return 1
async def await_int():
    await 5
async def nested_run():
    c = coro()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
async def main():
    try:
        await await_int()
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.gather(5)
    except TypeError as e:
        print(type(e).__name__, e)
    await nested_run()
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print(type(e).__name__, e)
    c = coro()
    try:
        asyncio.get_running_loop().run_until_complete(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print(type(e).__name__, e)
    async def self_await():
        await asyncio.current_task()
    try:
        await asyncio.create_task(self_await())
    except RuntimeError as e:
        print(type(e).__name__, str(e).split(":")[0])
    async def bad_yield():
        class Y:
            def __await__(self):
                yield "not a future"
        await Y()
    try:
        await asyncio.create_task(bad_yield())
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    asyncio.run(5)
except ValueError as e:
    print(type(e).__name__, e)
asyncio.run(main())
loop = asyncio.new_event_loop()
loop.close()
loop.close()
print(loop.is_closed())
c = coro()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(type(e).__name__, e)
c.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print(type(e).__name__, e)
print(asyncio.iscoroutinefunction(coro), asyncio.iscoroutinefunction(print), asyncio.iscoroutine(5))
