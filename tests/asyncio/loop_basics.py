# event loop object basics: running/closed state, time monotonic, get_running_loop, set_event_loop
import asyncio
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed(), loop.get_debug(), type(loop.time()).__name__)
t1 = loop.time()
t2 = loop.time()
print(t2 >= t1)
async def check():
    running = asyncio.get_running_loop()
    print("same loop:", running is loop, "running:", loop.is_running(), "event loop:", asyncio.get_event_loop() is loop)
    return "checked"
print(loop.run_until_complete(check()))
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
loop.close()
print(loop.is_closed())
async def main():
    l = asyncio.get_running_loop()
    print(isinstance(l, asyncio.AbstractEventLoop), isinstance(l, asyncio.BaseEventLoop), l.slow_callback_duration)
    print(asyncio.current_task() in asyncio.all_tasks(), len(asyncio.all_tasks()))
    t = asyncio.create_task(asyncio.sleep(0))
    print(len(asyncio.all_tasks()))
    await t
    print(len(asyncio.all_tasks()))
    print(l.get_task_factory())
    print(await asyncio.sleep(0, result="sleep result"), await asyncio.sleep(0.001, result=[1]))
    return "main result"
print(asyncio.run(main()))
print(asyncio.run(main(), debug=False))
