# Source: /work/shared/seeds/000_eb746c40bb54a6c1.txt (Spanish), cell In [3].
# Glue: the notebook cell ends with "# asyncio.run(main())" commented out (the
# notebook awaited main() on its own running loop); the last line runs it here.
import asyncio

async def set_after(fut, delay, value):
    # Sleep for *delay* seconds.
    await asyncio.sleep(delay)

    # Set *value* as a result of *fut* Future.
    fut.set_result(value)

async def main():
    # Get the current event loop.
    loop = asyncio.get_running_loop()

    # Create a new Future object.
    fut = loop.create_future()

    # Run "set_after()" coroutine in a parallel Task.
    # We are using the low-level "loop.create_task()" API here because
    # we already have a reference to the event loop at hand.
    # Otherwise we could have just used "asyncio.create_task()".
    loop.create_task(
        set_after(fut, 1, '... world'))

    print('hello ...')

    # Wait until *fut* has a result (1 second) and print it.
    print(await fut)

# asyncio.run(main())
asyncio.run(main())  # glue: added so the script runs main()
