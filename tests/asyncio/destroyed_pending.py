# "Task was destroyed but it is pending!" when a loop is closed with a task still pending
import asyncio, gc
async def forever():
    await asyncio.get_running_loop().create_future()
loop = asyncio.new_event_loop()
task = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(0))
print("task pending:", not task.done())
loop.close()
del task
gc.collect()
print("end")
