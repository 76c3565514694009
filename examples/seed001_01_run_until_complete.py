# Source: /work/shared/seeds/001_8fa982168f7bdfa0.txt (English), cell In [1]. Verbatim.
# Note: asyncio.get_event_loop() with no current loop emits a DeprecationWarning on
# stderr under CPython 3.12.
import asyncio

async def coroutine():
    print('in coroutine')
    return 'result'
    
event_loop = asyncio.get_event_loop()
try:
    print('starting coroutine')
    coro = coroutine()
    print('entering event loop')
    return_value = event_loop.run_until_complete(coro)
    print('Got:', return_value)
finally:
    print('closing eventloop')
    #event_loop.close()
