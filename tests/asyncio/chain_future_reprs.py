# The callbacks that chain a wrapped concurrent future (wrap_future,
# run_in_executor, run_coroutine_threadsafe) show CPython's names in reprs
import asyncio, concurrent.futures, re
def show(fut):
    print(re.sub(r" at (<frozen [^>]*>:\d+|\S+?:\d+|0x[0-9a-f]+)", "", repr(fut)))
async def main():
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    show(wrapped)
    print(re.sub(r" at (<frozen [^>]*>:\d+|\S+?:\d+|0x[0-9a-f]+)", "", repr(cf._done_callbacks)))
    cf.set_result(5)
    print(await wrapped)
    show(wrapped)
asyncio.run(main())
