# Source: /work/shared/seeds/004_485b695e9bd67b11.txt, "Loop" code-block, fifth and sixth
# snippets (the trampoline), plus the comment-only reference snippets that follow them.
# Glue: import asyncio, the loop and print_now() from the block's earlier snippets.
# Runs about 16 seconds. NONDETERMINISTIC: prints timestamps, and how many
# trampoline lines appear before each loop.stop() depends on timer drift (the
# first trampoline chain also keeps running during the second run_forever()).
import asyncio  # glue
from datetime import datetime  # glue
loop = asyncio.get_event_loop()  # glue

def print_now():  # glue
     print(datetime.now())

def trampoline(name: str = '') -> None:
     print(name, end=' ')
     print_now()
     loop.call_later(0.5, trampoline, name)

loop.call_soon(trampoline)
loop.call_later(8, loop.stop)
loop.run_forever()

loop.call_soon(trampoline, 'First')
loop.call_soon(trampoline, 'Second')
loop.call_soon(trampoline, 'Third')
loop.call_later(8, loop.stop)
loop.run_forever()



# loop.run_until_complete(future)
#   Run until the future (an instance of Future) has completed.
#
# loop.run_forever()
#   Run the event loop until stop() is called.
#
# loop.stop()
#   Stop the event loop.
#
# loop.is_running()
#   Return True if the event loop is currently running.
#
# loop.is_closed()
#   Return True if the event loop was closed.
#
# loop.close()
#   Close the event loop.


# loop.call_soon(callback, *args, context=None)
#   Schedule the callback callback to be called with args arguments at the
# next iteration of the event loop. This method is not thread-safe.
#
# loop.call_soon_threadsafe(callback, *args, context=None)
#   A thread-safe variant of call_soon(). Must be used to schedule callbacks
# from another thread.


# loop.call_later(delay, callback, *args, context=None)
#   Schedule callback to be called after the given delay number of seconds (
# can be either an int or a float).
#
# loop.call_at(when, callback, *args, context=None)
#   Schedule callback to be called at the given absolute timestamp when (an
# int or a float), using the same time reference as loop.time().
#
# loop.time()
#   Return the current time, as a float value, according to the event loop's
# internal monotonic clock.
