# wait_for: success, timeout (TimeoutError chained from CancelledError), timeout <= 0, cancelling() restored
import asyncio
async def slow(ev, log):
    try:
        await ev.wait()
        return "finished"
    except asyncio.CancelledError:
        log.append("inner saw CancelledError")
        raise
async def quick():
    await asyncio.sleep(0)
    return "quick result"
async def main():
    me = asyncio.current_task()
    print(await asyncio.wait_for(quick(), timeout=1))
    print(await asyncio.wait_for(quick(), timeout=None))
    log = []
    try:
        await asyncio.wait_for(slow(asyncio.Event(), log), timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", repr(e), repr(e.__cause__), repr(e.__context__), log)
    print("cancelling after wait_for:", me.cancelling())
    print(asyncio.TimeoutError is TimeoutError)
    done_fut = asyncio.get_running_loop().create_future()
    done_fut.set_result("already done")
    print(await asyncio.wait_for(done_fut, 0))
    t = asyncio.create_task(slow(asyncio.Event(), log))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("timeout=0 on pending task; task cancelled:", t.cancelled())
    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed cancel"
    print(await asyncio.wait_for(swallow(), 0.01))
asyncio.run(main())
