# The loop's exception handler runs while a failed callback's exception is
# being handled: sys.exc_info() shows it and an error of the handler chains to it
import asyncio, logging, sys
class Show(logging.Handler):
    def emit(self, record):
        err = record.exc_info[1]
        print("logged:", record.getMessage().splitlines()[0], repr(err), "context:", repr(err.__context__))
logging.getLogger("asyncio").addHandler(Show())
logging.getLogger("asyncio").propagate = False
def handler(loop, ctx):
    print("handler sees", repr(sys.exc_info()[1]), ctx["exception"] is sys.exc_info()[1])
    if isinstance(ctx["exception"], ZeroDivisionError):
        raise RuntimeError("handler broke")
def fails(arg):
    raise KeyError(arg)
async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(fails, "soon")
    loop.call_later(0.001, fails, "later")
    loop.call_soon(lambda: 1 / 0)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: fails("done callback"))
    fut.set_result(None)
    await asyncio.sleep(0.01)
    print("outside:", sys.exc_info())
asyncio.run(main())
