# cancel(msg): message travels to the coroutine and to the awaiter; cancelling()/uncancel() (e4)
import asyncio, os
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
async def victim(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(f"inside: {e.args}")
        raise
async def main():
    log = []
    t = asyncio.create_task(victim(log))
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel("stop!"), "cancelling:", t.cancelling(), "cancelled():", t.cancelled())
    print(repr(t).replace(HERE, "").split(" coro=")[0])
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter got", e.args)
    print(log, t.cancelled(), t.cancel(), t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception() raises CancelledError", e.args)
    async def never_started():
        print("never printed")
    t2 = asyncio.create_task(never_started())
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("unstarted task cancelled before running")
    async def stubborn(log):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append("swallowed")
        await asyncio.sleep(0)
        return "survived"
    t3 = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelling(), t3.cancelled())
    print("uncancel ->", t3.uncancel(), t3.cancelling())
    t4 = asyncio.create_task(victim(log))
    await asyncio.sleep(0)
    t4.cancel(); t4.cancel(); t4.cancel()
    print("cancelling after 3 cancels:", t4.cancelling())
    try:
        await t4
    except asyncio.CancelledError as e:
        print("args after multiple cancels:", e.args)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
asyncio.run(main())
