# call_later(0) and call_later(-1) run after call_soon callbacks of the same iteration, sorted by deadline (e6)
import asyncio
log = []
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, log.append, "later0")
    loop.call_soon(log.append, "soon-after-later0")
    loop.call_later(-1, log.append, "later-neg")
    log.append("main-step")
    await asyncio.sleep(0)
    log.append("main-after-1-hop")
    await asyncio.sleep(0)
    log.append("main-after-2-hops")
asyncio.run(main())
print(log)
