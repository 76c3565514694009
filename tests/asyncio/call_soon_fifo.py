# call_soon runs callbacks FIFO; callbacks scheduled while running wait for the next iteration
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    out = []
    def cb(name):
        out.append(name)
        if name == "a":
            loop.call_soon(cb, "a-child")
        if name == "b":
            loop.call_soon(cb, "b-child")
    for n in ("a", "b", "c"):
        loop.call_soon(cb, n)
    out.append("main-after-scheduling")
    await asyncio.sleep(0)
    out.append("main-after-1-hop")
    await asyncio.sleep(0)
    out.append("main-after-2-hops")
    print(out)
    h = loop.call_soon(cb, "cancelled")
    loop.call_soon(cb, "kept")
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0)
    print(out[-1])
    loop.call_soon(print, "args", 1, 2, sep="|") if False else loop.call_soon(print, "args", 1, 2)
    await asyncio.sleep(0)
asyncio.run(main())
