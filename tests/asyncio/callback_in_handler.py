# errors raised by done callbacks and call_soon callbacks reach the loop's exception handler; the loop continues
import asyncio, os
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def handler(loop, context):
    print("handler:", context["message"].replace(HERE, ""), "|", repr(context.get("exception")))
def bad_done_callback(fut):
    raise RuntimeError(f"callback saw {fut.result()}")
async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    f = loop.create_future()
    f.add_done_callback(bad_done_callback)
    f.add_done_callback(lambda fut: print("second callback still runs"))
    f.set_result(7)
    await asyncio.sleep(0)
    loop.call_soon(int, "not a number")
    await asyncio.sleep(0)
    print("main continues")
asyncio.run(main())
