# Source: /work/shared/seeds/001_8fa982168f7bdfa0.txt (English), cell In [18].
# Glue: "import asyncio" added (the notebook imported it in an earlier cell).
# Runs for about 5.4 seconds.
import asyncio  # glue

def callback(n):
    print('callback {} invoked'.format(n))
    
async def main(loop):
    print('registering callbacks')
    loop.call_later(2.2, callback, 1)
    loop.call_later(2.2, callback, 2)
    loop.call_soon(callback, 3)
    
    await asyncio.sleep(5.4)
    
event_loop = asyncio.get_event_loop()

try:
    print('entering event loop')
    event_loop.run_until_complete(main(event_loop))
finally:
    pass
