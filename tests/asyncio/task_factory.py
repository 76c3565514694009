# loop.set_task_factory with a custom factory; get_task_factory; ensure_future uses it
import asyncio
created = []
def factory(loop, coro, **kwargs):
    created.append(coro.__name__)
    return asyncio.Task(coro, loop=loop, **kwargs)
async def job(n):
    return n
async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    print(await asyncio.create_task(job(1)), await asyncio.ensure_future(job(2)), await asyncio.gather(job(3), job(4)))
    t = asyncio.create_task(job(5), name="named-by-factory")
    print(t.get_name(), await t)
    loop.set_task_factory(None)
    await asyncio.create_task(job(6))
    print(created)
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print(type(e).__name__, e)
asyncio.run(main())
