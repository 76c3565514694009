# Future API: states, result/exception, reprs, InvalidStateError messages
import asyncio, os
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    f.set_result([1, 2])
    print(repr(f), f.done(), f.result(), f.exception())
    try:
        f.set_result(3)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    print(f.cancel(), f.cancelled())
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(repr(g), repr(g.exception()))
    try:
        g.result()
    except KeyError as e:
        print("result() raises", repr(e))
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print(type(e).__name__, e)
    h = loop.create_future()
    print(h.cancel(), h.cancel(), h.cancelled(), h.done(), repr(h))
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("cancelled result:", type(e).__name__, e.args)
    k = loop.create_future()
    k.cancel("with message")
    try:
        await k
    except asyncio.CancelledError as e:
        print("await cancelled future:", e.args)
    cb_f = loop.create_future()
    def named_cb(fut): pass
    cb_f.add_done_callback(named_cb)
    print(repr(cb_f).replace(HERE, ''))
    print(asyncio.isfuture(f), asyncio.isfuture(1), f.get_loop() is loop, asyncio.Future is asyncio.futures.Future)
    bare = asyncio.Future()
    print(bare.get_loop() is loop)
    print(repr(loop.create_future().__await__().__class__.__name__))
asyncio.run(main())
