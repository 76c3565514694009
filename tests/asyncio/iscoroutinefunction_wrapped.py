# asyncio.iscoroutinefunction looks through functools.partial and bound
# methods and honours inspect.markcoroutinefunction, as CPython's
import asyncio, functools, inspect
async def compute(x, y=1):
    return x * y
class Svc:
    async def get(self):
        return 1
    def plain(self):
        return 2
def marked():
    pass
inspect.markcoroutinefunction(marked)
for f in (compute, functools.partial(compute, 5), functools.partial(functools.partial(compute, 1), y=2),
          Svc().get, Svc.get, Svc().plain, functools.partial(Svc().plain), marked, print, len, 5,
          lambda: None, functools.partial(print)):
    print(asyncio.iscoroutinefunction(f), inspect.iscoroutinefunction(f))
print(asyncio.run(functools.partial(compute, 3, y=4)()))
