# SystemExit raised inside a task propagates out of asyncio.run without being wrapped
import asyncio
async def child():
    await asyncio.sleep(0)
    raise SystemExit(4)
async def main():
    t = asyncio.create_task(child())
    try:
        await t
    finally:
        print("main finally runs")
try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit escaped asyncio.run with code", e.code)
