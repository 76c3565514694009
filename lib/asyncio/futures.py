"""asyncio.Future (the C type) and helpers around futures."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import _asyncio
from _asyncio import Future
from .base_futures import isfuture
from . import base_futures
from . import events
from . import exceptions

_PENDING = base_futures._PENDING
_CANCELLED = base_futures._CANCELLED
_FINISHED = base_futures._FINISHED

STACK_DEBUG = 10


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


_set_result_unless_cancelled = _asyncio._set_result_unless_cancelled


def _convert_future_exc(exc):
    name = type(exc).__name__
    if name == 'CancelledError' and not isinstance(exc, exceptions.CancelledError):
        return exceptions.CancelledError(*exc.args)
    if name == 'InvalidStateError' and not isinstance(exc, exceptions.InvalidStateError):
        return exceptions.InvalidStateError(*exc.args)
    return exc


def _copy_future_state(source, dest):
    """Copies the outcome of the done future `source` into `dest`."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(_convert_future_exc(exc))
    else:
        dest.set_result(source.result())


def _set_concurrent_future_state(concurrent, source):
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exc = source.exception()
    if exc is not None:
        concurrent.set_exception(_convert_future_exc(exc))
    else:
        concurrent.set_result(source.result())


def _chain_future(source, destination):
    """Makes `destination` follow `source` (either may be a concurrent.futures.Future)."""
    src_is_asyncio = isfuture(source)
    dst_is_asyncio = isfuture(destination)
    src_loop = _get_loop(source) if src_is_asyncio else None
    dst_loop = _get_loop(destination) if dst_is_asyncio else None

    def settle(dest, src):
        if isfuture(dest):
            _copy_future_state(src, dest)
        else:
            _set_concurrent_future_state(dest, src)

    def on_dest_done(dest):
        if dest.cancelled():
            if src_loop is None or src_loop is dst_loop:
                source.cancel()
            else:
                src_loop.call_soon_threadsafe(source.cancel)

    def on_source_done(src):
        if destination.cancelled() and dst_loop is not None and dst_loop.is_closed():
            return
        if dst_loop is None or dst_loop is src_loop:
            settle(destination, src)
        elif not dst_loop.is_closed():
            dst_loop.call_soon_threadsafe(settle, destination, src)

    destination.add_done_callback(on_dest_done)
    source.add_done_callback(on_source_done)


def wrap_future(future, *, loop=None):
    """An asyncio future following a concurrent.futures.Future."""
    if isfuture(future):
        return future
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future
