# "Task exception was never retrieved" is logged to stderr when the failed task is garbage collected
import asyncio, gc
async def boom():
    raise ValueError("boom")
async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print("task done:", t.done())
    del t
    gc.collect()
    print("after del")
    t2 = asyncio.create_task(boom())
    await asyncio.sleep(0)
    t2.exception()
    del t2
    gc.collect()
    print("retrieved exceptions are not logged")
asyncio.run(main())
print("end")
