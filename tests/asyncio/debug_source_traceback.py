# In debug mode "Object created at" shows each frame's source line, as CPython's
# default exception handler does (traceback.format_list)
import asyncio, logging
class Show(logging.Handler):
    def emit(self, record):
        print(record.getMessage())
logging.getLogger("asyncio").addHandler(Show())
logging.getLogger("asyncio").propagate = False
def make_future():
    return asyncio.Future()
async def main():
    asyncio.get_running_loop().slow_callback_duration = 60  # slow builds (gcstress) must not warn
    loop = asyncio.get_running_loop()
    fut = make_future()
    frames = fut._source_traceback[-2:]
    loop.default_exception_handler({"message": "where", "source_traceback": frames})
    fut.cancel()
asyncio.run(main(), debug=True)
