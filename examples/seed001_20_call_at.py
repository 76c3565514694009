# Source: /work/shared/seeds/001_8fa982168f7bdfa0.txt (English), cell In [20].
# Glue: "import asyncio" added (the notebook imported it in an earlier cell).
# Prints wall-clock and loop times: deterministic only after normalising numbers.
import asyncio  # glue
import time

def callback(n, loop):
    print('callback {} invoked at {}'.format(n, loop.time()))
    
async def main(loop):
    now = loop.time()
    print('clock time: {}'.format(time.time()))
    print('loop time: {}'.format(now))
    
    print('registering callbacks')
    loop.call_at(now + 0.2, callback, 1, loop)
    loop.call_at(now + 0.1, callback, 2, loop)
    loop.call_soon(callback, 3, loop)
    await asyncio.sleep(1)
    
event_loop = asyncio.get_event_loop()

try:
    print('entering event loop')
    event_loop.run_until_complete(main(event_loop))
finally:
    pass
