"""asyncio.to_thread: run a blocking function on the loop's default executor."""

import contextvars
import functools

from . import events

__all__ = ("to_thread",)


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in a worker thread, in a copy of the
    caller's context, and returns (awaits) its result."""
    loop = events.get_running_loop()
    call = functools.partial(contextvars.copy_context().run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
