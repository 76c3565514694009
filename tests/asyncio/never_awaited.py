# RuntimeWarning for a coroutine that was never awaited (printed to stderr when it is collected)
import asyncio, gc
async def noawait():
    return 1
async def main():
    noawait()
    gc.collect()
    print("main continues")
asyncio.run(main())
