"""asyncio.Future (a C type) and the glue between asyncio futures and
concurrent.futures ones."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import _asyncio
from _asyncio import Future
from .base_futures import isfuture
from . import events
from . import exceptions

# the sleep timers' callback, also used by the transports' waiters
_set_result_unless_cancelled = _asyncio._set_result_unless_cancelled


def _get_loop(fut):
    if isinstance(fut, Future):
        # a method call makes no bound method: gather() asks this of every child
        return fut.get_loop()
    get_loop = getattr(fut, 'get_loop', None)
    return fut._loop if get_loop is None else get_loop()


def _settle(fut, exc):
    """Finish fut with exc, or with None when exc is None (if still pending)."""
    if fut.done():
        return
    if exc is None:
        fut.set_result(None)
    else:
        fut.set_exception(exc)


def _as_asyncio_error(exc):
    """concurrent.futures raises its own CancelledError/InvalidStateError;
    callers of an asyncio future expect asyncio's."""
    for cls in (exceptions.CancelledError, exceptions.InvalidStateError):
        if type(exc).__name__ == cls.__name__ and not isinstance(exc, cls):
            return cls(*exc.args)
    return exc


def _transfer_outcome(source, dest):
    """Give dest (an asyncio or a concurrent future) the outcome of the
    finished future source."""
    if isfuture(dest):
        if dest.cancelled():
            return
        if source.cancelled():
            dest.cancel()
            return
    else:
        if source.cancelled():
            dest.cancel()
        if not dest.set_running_or_notify_cancel():
            return
    error = source.exception()
    if error is None:
        dest.set_result(source.result())
    else:
        dest.set_exception(_as_asyncio_error(error))


def _call_on(loop, current, func, *args):
    """Run func in loop's thread: right away when that is the current one
    (or the future has no loop), else through call_soon_threadsafe."""
    if loop is None or loop is current:
        func(*args)
    else:
        loop.call_soon_threadsafe(func, *args)


def _chain_future(source, destination):
    """Make destination follow source's outcome, and cancel source when
    destination is cancelled. Either may be a concurrent.futures.Future."""
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    # (the callbacks have CPython's names, which reprs of the futures show)
    def _call_check_cancel(dest):
        if dest.cancelled():
            _call_on(source_loop, dest_loop, source.cancel)

    def _call_set_state(src):
        if dest_loop is not None and dest_loop.is_closed():
            return  # nobody is left to receive the outcome
        _call_on(dest_loop, source_loop, _transfer_outcome, src, destination)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """An asyncio future that follows a concurrent.futures.Future."""
    if isfuture(future):
        return future
    wrapper = (events.get_event_loop() if loop is None else loop).create_future()
    _chain_future(future, wrapper)
    return wrapper
