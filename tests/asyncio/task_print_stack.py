# Task.print_stack: the header and the exception line go to stdout by default,
# the frames to stderr (traceback.print_list), as in CPython
import asyncio, sys
class AppError(Exception):
    pass
async def leaf():
    await asyncio.sleep(1)
async def failing():
    await asyncio.sleep(0)
    raise AppError("bad thing")
async def quiet():
    await asyncio.sleep(0)
    raise KeyError
async def main():
    t = asyncio.create_task(leaf(), name="sleeper")
    await asyncio.sleep(0)
    t.print_stack()
    t.print_stack(limit=1, file=sys.stdout)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    t.print_stack()
    for coro in (failing(), quiet()):
        f = asyncio.create_task(coro, name="failing")
        await asyncio.gather(f, return_exceptions=True)
        f.print_stack()
        f.print_stack(file=sys.stdout)
asyncio.run(main())
