# Source: /work/shared/seeds/002_bf41fd4658ca91ed.txt (Russian), code block 1 (loop.call_soon). Verbatim.
import asyncio

def hello_world(loop):
    """A callback to print 'Hello World' and stop the event loop"""
    print('Hello World')
    loop.stop()

loop = asyncio.new_event_loop()
loop.call_soon(hello_world, loop)

try:
    loop.run_forever()
finally:
    loop.close()
