# asyncio.Runner: reusing one loop across run() calls, close(), get_loop()
import asyncio
async def step(n):
    await asyncio.sleep(0)
    return n * 2
with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(step(1)), runner.run(step(2)), runner.get_loop() is loop, loop.is_closed())
print(loop.is_closed())
r = asyncio.Runner()
print(r.run(step(5)))
r.close()
r.close()
c = step(1)
try:
    r.run(c)
except RuntimeError as e:
    print(type(e).__name__, e)
c.close()
with asyncio.Runner() as runner:
    try:
        runner.run(5)
    except ValueError as e:
        print(type(e).__name__, e)
async def state():
    return asyncio.get_running_loop().get_debug()
with asyncio.Runner(debug=True) as runner:
    print("debug:", runner.run(state()))
