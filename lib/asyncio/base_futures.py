"""Reprs of futures (shared by Future and Task)."""

__all__ = ()

from . import format_helpers

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for asyncio futures: classes with _asyncio_future_blocking not None."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _callback_text(fn):
    if type(fn).__name__ == 'builtin_function_or_method' and fn.__name__ == 'task_wakeup':
        return 'Task.task_wakeup()'
    return format_helpers._format_callback_source(fn, ())


def _format_callbacks(callbacks):
    n = len(callbacks)
    if n == 0:
        text = ''
    elif n == 1:
        text = _callback_text(callbacks[0][0])
    elif n == 2:
        text = f'{_callback_text(callbacks[0][0])}, {_callback_text(callbacks[1][0])}'
    else:
        text = f'{_callback_text(callbacks[0][0])}, <{n - 2} more>, {_callback_text(callbacks[-1][0])}'
    return f'cb=[{text}]'


def _future_repr_info(future):
    state = future._state
    info = [state.lower()]
    if state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={format_helpers.short_repr(future._result)}')
    callbacks = future._callbacks
    if callbacks:
        info.append(_format_callbacks(callbacks))
    source = future._source_traceback
    if source:
        frame = source[-1]
        info.append(f'created at {frame[0]}:{frame[1]}')
    return info


def _future_repr(future):
    return f'<{future.__class__.__name__} {" ".join(_future_repr_info(future))}>'
