# StreamReader on its own: limits, errors set on it, feeding after EOF (an assertion, as CPython)
import asyncio
async def main():
    r = asyncio.StreamReader(limit=10)
    r.feed_data(b"0123456789abcdef;rest")
    try:
        await r.readuntil(b";")
    except asyncio.LimitOverrunError as e:
        print("LOE", e, e.consumed)
    print(await r.read(5))
    r.feed_eof()
    print(await r.read())
    r2 = asyncio.StreamReader()
    r2.feed_data(b"x")
    r2.set_exception(ValueError("broken"))
    try:
        await r2.read()
    except ValueError as e:
        print("VE", e)
    r3 = asyncio.StreamReader()
    async def feeder():
        for chunk in (b"he", b"llo\nwor", b"ld\n"):
            await asyncio.sleep(0)
            r3.feed_data(chunk)
        r3.feed_eof()
    asyncio.create_task(feeder())
    print([l async for l in r3])
    try:
        await asyncio.StreamReader().readexactly(-1)
    except ValueError as e:
        print("VE", e)
    try:
        await asyncio.StreamReader().readuntil(b"")
    except ValueError as e:
        print("VE", e)
    r4 = asyncio.StreamReader()
    r4.feed_eof()
    try:
        r4.feed_data(b"late")
    except AssertionError as e:
        print("AE", e)
asyncio.run(main())
