# BaseEventLoop's Python-level API: run_until_complete edge cases, close, executors,
# exception handlers (failing ones too), subprocess argument checks, fd watchers
import asyncio
import os
import sys

def show(label, func):
    try:
        print(label, "->", func())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

loop = asyncio.new_event_loop()
async def stop_early():
    loop.stop()
    await asyncio.sleep(1)
show("stopped early", lambda: loop.run_until_complete(stop_early()))
async def boom():
    raise ValueError("from coroutine")
show("raises", lambda: loop.run_until_complete(boom()))
fut = loop.create_future()
loop.call_soon(fut.set_result, "future result")
show("future", lambda: loop.run_until_complete(fut))
show("done future", lambda: loop.run_until_complete(fut))
async def exits():
    raise SystemExit(3)
try:
    loop.run_until_complete(exits())
except SystemExit as e:
    print("SystemExit", e.code)
show("task factory", lambda: loop.set_task_factory(5))
print(loop.get_task_factory())
show("exception handler", lambda: loop.set_exception_handler("x"))
print(loop.get_exception_handler())
show("default executor", lambda: loop.set_default_executor(object()))
async def in_loop():
    show("close running", loop.close)
    coro = asyncio.sleep(0)
    show("nested run", lambda: loop.run_until_complete(coro))
    coro.close()
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    loop.set_debug(True)
    async def coro_fn(): pass
    show("executor coroutine fn", lambda: loop.run_in_executor(None, coro_fn))
    loop.set_debug(False)
    await loop.shutdown_default_executor()
    show("after shutdown", lambda: loop.run_in_executor(None, print))
loop.run_until_complete(in_loop())

# exception handlers
def handler(lp, ctx):
    print("handler got:", ctx["message"], repr(ctx.get("exception")))
loop.set_exception_handler(handler)
loop.call_exception_handler({"message": "custom", "exception": KeyError("k")})
loop.set_exception_handler(None)
loop.call_exception_handler({"message": "plain", "extra": [1, 2], "another": "v"})
loop.call_exception_handler({})
loop.default_exception_handler({"message": "direct"})

# fd watchers
r, w = os.pipe()
got = []
async def watch():
    done = loop.create_future()
    def readable():
        got.append(os.read(r, 10))
        loop.remove_reader(r)
        done.set_result(None)
    loop.add_reader(r, readable)
    def writable():
        os.write(w, b"ping")
        loop.remove_writer(w)
    loop.add_writer(w, writable)
    await done
    print(got, loop.remove_reader(r), loop.remove_writer(w))
loop.run_until_complete(watch())
os.close(r); os.close(w)

# subprocess argument checks
async def sub_args():
    P = asyncio.SubprocessProtocol
    cases = [
        ("exec universal_newlines", loop.subprocess_exec(P, "true", universal_newlines=True)),
        ("exec shell", loop.subprocess_exec(P, "true", shell=True)),
        ("exec bufsize", loop.subprocess_exec(P, "true", bufsize=1)),
        ("exec text", loop.subprocess_exec(P, "true", text=True)),
        ("exec encoding", loop.subprocess_exec(P, "true", encoding="utf-8")),
        ("exec errors", loop.subprocess_exec(P, "true", errors="strict")),
        ("exec bad arg", loop.subprocess_exec(P, "true", 5)),
        ("shell not str", loop.subprocess_shell(P, ["true"])),
        ("shell shell=False", loop.subprocess_shell(P, "true", shell=False)),
        ("shell bufsize", loop.subprocess_shell(P, "true", bufsize=None)),
    ]
    for label, coro in cases:
        try:
            await coro
        except (ValueError, TypeError) as e:
            print(label, "->", type(e).__name__, e)
    tr, pr = await loop.subprocess_exec(P, "true", stdin=None, stdout=None, stderr=None)
    while tr.get_returncode() is None:
        await asyncio.sleep(0.01)
    print("exit", tr.get_returncode())
    tr.close()
loop.run_until_complete(sub_args())
loop.close()
loop.close()
print(loop.is_closed())
show("closed run", lambda: loop.run_until_complete(fut))
show("closed executor", lambda: loop.run_in_executor(None, print))
