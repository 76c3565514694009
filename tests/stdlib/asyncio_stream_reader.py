# StreamReader fed by hand: every read method, limits, errors, repr
import asyncio

def fed(data, eof=True, limit=2**16):
    r = asyncio.StreamReader(limit=limit)
    r.feed_data(data)
    if eof:
        r.feed_eof()
    return r

async def main():
    print(repr(asyncio.StreamReader()))
    r = fed(b"abc", eof=False, limit=10)
    print(repr(r))
    r.feed_eof()
    print(repr(r), r.at_eof())
    print(await r.read(), r.at_eof(), repr(r))
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print("ValueError", e)
    r = fed(b"one\ntwo\nthree")
    print([line async for line in r])
    r = fed(b"a--b--c")
    print(await r.readuntil(b"--"), await r.readuntil(b"--"))
    try:
        await r.readuntil(b"--")
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    try:
        await fed(b"x").readuntil(b"")
    except ValueError as e:
        print("ValueError", e)
    r = fed(b"0123456789abcdef\nrest\n", limit=4)
    try:
        await r.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError", e)
    print(await r.readline())
    r = fed(b"0123456789", limit=4)
    try:
        await r.readuntil(b"!")
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    try:
        await r.readline()
    except ValueError as e:
        print("ValueError", e)
    print(await r.read())
    r = fed(b"abcdefgh")
    print(await r.readexactly(0), await r.readexactly(3), await r.read(0), await r.read(2), await r.readexactly(3))
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print("ValueError", e)
    try:
        await r.readexactly(2)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    r = asyncio.StreamReader()
    r.set_exception(OSError("boom"))
    print(r.exception())
    for name, args in [("read", ()), ("readline", ()), ("readexactly", (2,)), ("readuntil", (b"x",))]:
        try:
            await getattr(r, name)(*args)
        except OSError as e:
            print(name, "OSError", e)

    # a reader waiting for data wakes on feed_data / feed_eof / set_exception
    r = asyncio.StreamReader()
    async def later(action):
        await asyncio.sleep(0)
        action()
    asyncio.ensure_future(later(lambda: r.feed_data(b"late line\nxx")))
    print(await r.readline())
    asyncio.ensure_future(later(r.feed_eof))
    print(await r.readexactly(2), await r.read(5), r.at_eof())
    r = asyncio.StreamReader()
    asyncio.ensure_future(later(lambda: r.set_exception(ValueError("bad"))))
    try:
        await r.read(4)
    except ValueError as e:
        print("woken with", repr(e))
    r = asyncio.StreamReader()
    t = asyncio.ensure_future(r.read(3))
    await asyncio.sleep(0)
    try:
        await r.read(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    r.feed_data(b"")
    await asyncio.sleep(0)
    print(t.done())
    r.feed_data(b"xyz1")
    r.feed_eof()
    print(await t, await r.read())
    r = asyncio.StreamReader()
    r.feed_data(b"chunk1")
    r.feed_data(b"chunk2")
    r.feed_eof()
    print(await r.read(-1))
    big = asyncio.StreamReader(limit=3)
    big.feed_data(b"abcdefghij")
    big.feed_eof()
    print(await big.read())

asyncio.run(main())
