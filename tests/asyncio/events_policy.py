# event loop interfaces and policies: abstract methods, policy get/set, per-thread current loops
import asyncio
import threading

loop = asyncio.AbstractEventLoop()
for name, args in (("run_forever", ()), ("time", ()), ("call_soon", (print,)), ("close", ()), ("set_debug", (True,))):
    try:
        getattr(loop, name)(*args)
    except NotImplementedError as e:
        print(name, "NotImplementedError", repr(e))
async def try_async():
    for coro in (loop.shutdown_asyncgens(), loop.create_connection(asyncio.Protocol), loop.sock_recv(None, 1)):
        try:
            await coro
        except NotImplementedError:
            print(coro.__qualname__ if hasattr(coro, "__qualname__") else "?", "NotImplementedError")
    server = asyncio.AbstractServer()
    for name in ("close", "get_loop", "is_serving"):
        try:
            getattr(server, name)()
        except NotImplementedError:
            print("server", name, "NotImplementedError")
    try:
        await server.wait_closed()
    except NotImplementedError:
        print("server wait_closed NotImplementedError")
    class Done(asyncio.AbstractServer):
        def close(self): print("closed")
        async def wait_closed(self): print("waited")
    async with Done() as d:
        print(type(d).__name__)
asyncio.run(try_async())
print(asyncio.AbstractEventLoop.run_forever.__qualname__, asyncio.AbstractEventLoopPolicy.get_event_loop.__name__)

p = asyncio.AbstractEventLoopPolicy()
for name, args in (("get_event_loop", ()), ("set_event_loop", (None,)), ("new_event_loop", ())):
    try:
        getattr(p, name)(*args)
    except NotImplementedError:
        print("policy", name, "NotImplementedError")

policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, asyncio.get_event_loop_policy() is policy)
try:
    asyncio.set_event_loop_policy(5)
except TypeError as e:
    print("TypeError", e)
try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print("TypeError", e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
def in_thread():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("thread:", e)
    own = asyncio.new_event_loop()
    asyncio.set_event_loop(own)
    print("thread loop is own:", asyncio.get_event_loop() is own)
    own.close()
t = threading.Thread(target=in_thread, name="worker")
t.start(); t.join()
print(asyncio.get_event_loop() is new)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError", e)
new.close()
class MyPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print("custom new_event_loop")
        return super().new_event_loop()
asyncio.set_event_loop_policy(MyPolicy())
async def noop():
    return "ran"
print(asyncio.run(noop()))
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)
