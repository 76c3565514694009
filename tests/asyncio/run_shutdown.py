# asyncio.run cancels leftover tasks at shutdown (finally blocks run), closes async generators
import asyncio
log = []
async def leftover():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        log.append("leftover cancelled at shutdown")
        raise
    finally:
        log.append("leftover finally")
async def agen():
    try:
        yield 1
        yield 2
    finally:
        log.append("agen finalized")
keep = []  # keeps the async generator alive so shutdown_asyncgens() finalizes it
async def main():
    asyncio.create_task(leftover())
    g = agen()
    keep.append(g)
    print(await anext(g))
    await asyncio.sleep(0)
    log.append("main returning")
    return "result of main"
print(asyncio.run(main()))
print(log)
async def raises():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    raise LookupError("main failed")
try:
    asyncio.run(raises())
except LookupError as e:
    print("asyncio.run re-raised", repr(e))
print(log[-2:])
async def returns_none():
    pass
print(asyncio.run(returns_none()))
