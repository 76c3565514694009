# Task result/exception API, exceptions propagating through await, current_task inside tasks
import asyncio
async def fail(exc):
    await asyncio.sleep(0)
    raise exc
async def main():
    t = asyncio.create_task(fail(ValueError("v")))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        await t
    except ValueError as e:
        print("await raised", repr(e))
    print(t.done(), t.cancelled(), repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print("result() re-raises", repr(e))
    t2 = asyncio.create_task(fail(KeyboardInterrupt()))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled before the KeyboardInterrupt could happen")
    async def whoami():
        return asyncio.current_task().get_name()
    print(await asyncio.create_task(whoami(), name="me"), await whoami())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print(type(e).__name__, e)
    async def returns_exception():
        return ValueError("returned, not raised")
    print(repr(await asyncio.create_task(returns_exception())))
    f = asyncio.ensure_future(whoami())
    print(type(f).__name__, await f)
    print(asyncio.ensure_future(f) is f)
asyncio.run(main())
