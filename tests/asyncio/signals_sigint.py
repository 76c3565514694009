# Ctrl-C (SIGINT) cancels asyncio.run's main task then raises KeyboardInterrupt; add_signal_handler; SIGINT interrupts run_forever
import asyncio, os, signal
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, os.kill, os.getpid(), signal.SIGINT)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("main finally")
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt")
async def main2():
    loop = asyncio.get_running_loop()
    got = []
    loop.add_signal_handler(signal.SIGUSR1, got.append, "usr1")
    loop.call_later(0.02, os.kill, os.getpid(), signal.SIGUSR1)
    await asyncio.sleep(0.1)
    print(got, loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
asyncio.run(main2())
loop = asyncio.new_event_loop()
loop.call_later(0.05, os.kill, os.getpid(), signal.SIGINT)
try:
    loop.run_forever()
except KeyboardInterrupt:
    print("run_forever interrupted")
loop.close()
