# Source: /work/shared/seeds/001_8fa982168f7bdfa0.txt (English), cell In [11].
# Glue: "import asyncio" added (the notebook imported it in an earlier cell).
import asyncio  # glue
import functools

def callback(arg, *, kwarg='default'):
    print('callback ivoked with {} and {}'.format(arg, kwarg))
    
async def main(loop):
    print('registering callback')
    loop.call_soon(callback, 1)
    wrapped = functools.partial(callback, kwarg='not default')
    loop.call_soon(wrapped, 2)
    
    await asyncio.sleep(0.1)
    
event_loop = asyncio.get_event_loop()

try:
    print('entering event loop')
    event_loop.run_until_complete(main(event_loop))
finally:
    pass
