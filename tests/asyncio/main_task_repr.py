# The main task of asyncio.run / run_until_complete shows CPython's callback
# name (_run_until_complete_cb) in its repr
import asyncio, re
def show(task):
    print(re.sub(r" at [^>]*>:\d+\]| at \S+:\d+\]", "]", repr(task)))
async def main():
    show(asyncio.current_task())
asyncio.run(main())
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
