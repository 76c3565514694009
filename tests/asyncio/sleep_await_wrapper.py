# asyncio.sleep(...).__await__() is a coroutine_wrapper that `yield from`
# can drive (custom awaitables built on it); and the asyncio logger goes
# through logging once the program uses logging.
import asyncio
import logging
import sys


class Later:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield from asyncio.sleep(0, self.value).__await__()
        return got * 2


async def main():
    print(await Later(21))
    w = asyncio.sleep(0).__await__()
    print(type(w).__name__, iter(w) is w)
    w.close()
    logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(name)s: %(message)s")
    asyncio.get_running_loop().call_exception_handler({"message": "handled by logging"})


asyncio.run(main())
