# A task cancelled (or a generator thrown into) before it started: its
# traceback entry is the function's first line (a decorator's if any), no carets
import asyncio, traceback
def deco(f):
    return f
async def one_liner(): await asyncio.sleep(1)
@deco
async def decorated(a,
                    b):
    await asyncio.sleep(1)
async def main():
    for make in (one_liner, lambda: decorated(1, 2)):
        t = asyncio.create_task(make())
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            print(traceback.format_exc())
    g = asyncio.gather(one_liner())
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print(traceback.format_exc())
def gen():
    yield 1
try:
    gen().throw(KeyError("k"))
except KeyError:
    traceback.print_exc()
asyncio.run(main())
print([list(f.__code__.co_positions())[:2] for f in (gen, one_liner, decorated)])
