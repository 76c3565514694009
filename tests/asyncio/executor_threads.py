# run_in_executor and to_thread: results and exceptions (deterministic output only)
import asyncio, threading, concurrent.futures
def blocking(x, y=1):
    return x * y, threading.current_thread() is threading.main_thread()
def fails():
    raise ValueError("in thread")
async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 3))
    print(await asyncio.to_thread(blocking, 4, y=5))
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("to_thread raised", repr(e))
    try:
        await loop.run_in_executor(None, fails)
    except ValueError as e:
        print("executor raised", repr(e))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking, i, 10) for i in range(4)))
    print(results)
    fut = loop.run_in_executor(None, blocking, 1)
    print(type(fut).__name__, asyncio.isfuture(fut))
    await fut
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    loop.call_soon_threadsafe(cf.set_result, "from concurrent future") if False else threading.Thread(target=cf.set_result, args=("from concurrent future",)).start()
    print(await wrapped)
    def in_thread():
        return asyncio.run_coroutine_threadsafe(coro_in_loop(), loop).result()
    async def coro_in_loop():
        return "ran in loop thread:" + str(threading.current_thread() is threading.main_thread())
    print(await asyncio.to_thread(in_thread))
    done = asyncio.Event()
    threading.Thread(target=lambda: loop.call_soon_threadsafe(done.set)).start()
    await done.wait()
    print("call_soon_threadsafe woke the loop")
asyncio.run(main())
