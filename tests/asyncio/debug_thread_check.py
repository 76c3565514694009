# In debug mode call_soon/call_later/call_at from another thread raise CPython's
# RuntimeError (call_soon_threadsafe does not); loop._thread_id is the loop's thread
import asyncio, threading
async def main():
    asyncio.get_running_loop().slow_callback_duration = 60  # slow builds (gcstress) must not warn
    loop = asyncio.get_running_loop()
    print(loop._thread_id == threading.get_ident())
    done = asyncio.Event()
    def other():
        for name, args in (("call_soon", (print,)), ("call_later", (0, print)), ("call_at", (0, print))):
            try:
                getattr(loop, name)(*args)
            except RuntimeError as e:
                print(name, "RE", e)
        loop.call_soon_threadsafe(done.set)
    t = threading.Thread(target=other)
    t.start()
    await done.wait()
    t.join()
    loop.set_debug(False)
    threading.Thread(target=lambda: loop.call_soon_threadsafe(print, "not checked without debug")).start()
    await asyncio.sleep(0.05)
asyncio.run(main(), debug=True)
loop = asyncio.new_event_loop()
print(loop._thread_id)
loop.close()
