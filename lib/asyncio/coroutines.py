"""Recognising and describing coroutines."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import _asyncio

# A marker some libraries put on generator-based coroutine functions.
_is_coroutine = object()


def iscoroutinefunction(func):
    """True for `async def` functions (and functions marked as coroutines)."""
    if _asyncio._iscoroutinefunction(func):
        return True
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    # what the fast check does not look through (functools.partial, markers)
    import inspect
    return inspect.iscoroutinefunction(func)


def iscoroutine(obj):
    """True for coroutine objects and anything shaped like one."""
    kind = type(obj)
    if kind.__name__ == 'coroutine':
        return True
    return all(hasattr(kind, name) for name in ('send', 'throw', 'close', '__await__'))


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if not name:
        name = f'<{type(coro).__name__} without __name__>'
    name += '()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', None)
        if running is None:
            running = getattr(coro, 'gi_running', False)
        return f'{name} running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
