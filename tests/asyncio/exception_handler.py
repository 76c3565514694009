# custom exception handler: context dict contents for callback errors and explicit calls
import asyncio, os
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"].replace(HERE, ""), "|", repr(exc), "|", sorted(context))
async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom message", "extra": 1})
    loop.call_exception_handler({"message": "with exc", "exception": KeyError("k")})
    def bad_handler(loop, context):
        raise RuntimeError("handler itself failed")
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print(type(e).__name__, e)
    print("done")
asyncio.run(main())
