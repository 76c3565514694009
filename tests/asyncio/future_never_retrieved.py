# "Future exception was never retrieved" for a plain Future without a traceback
import asyncio, gc
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError("lost"))
    del f
    gc.collect()
    print("after del")
    g = loop.create_future()
    g.set_exception(KeyError("cancelled first"))
    g.exception()
    del g
    gc.collect()
asyncio.run(main())
