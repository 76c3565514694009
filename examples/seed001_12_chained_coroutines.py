# Source: /work/shared/seeds/001_8fa982168f7bdfa0.txt (English), cell In [12].
# Glue: "import asyncio" added (the notebook imported it in an earlier cell).
import asyncio  # glue

async def outer():
    print('in outer')
    print('waiting for result1')
    result1 = await phase1()
    print('waiting for result2')
    result2 = await phase2(result1)
    return result1, result2
    
async def phase1():
    print('in phase1')
    return 'result1'

async def phase2(arg):
    print('in phase2')
    return 'result2 derived from {}'.format(arg)

event_loop = asyncio.get_event_loop()

try:
    return_value = event_loop.run_until_complete(outer())
    print('return value: {!r}'.format(return_value))
finally:
    pass
