# default exception handler output on stderr for an explicit call_exception_handler (no traceback)
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "something odd happened", "zeta": 1, "alpha": "a"})
    loop.call_exception_handler({"exception": ValueError("no message key")})
    print("stdout continues")
asyncio.run(main())
