"""The Python functions the C core calls back: reprs, error reports,
get_event_loop()."""

import _asyncio

from . import base_futures
from . import base_tasks
from . import events
from . import format_helpers


def _handle_repr(handle):
    parts = [type(handle).__name__]
    if handle._cancelled:
        parts.append('cancelled')
    if isinstance(handle, events.TimerHandle):
        parts.insert(2 if handle._cancelled else 1, f'when={handle._when}')
    if handle._callback is not None:
        parts.append(format_helpers._format_callback_source(handle._callback, handle._args))
    if handle._source_traceback:
        frame = handle._source_traceback[-1]
        parts.append(f'created at {frame[0]}:{frame[1]}')
    return '<' + ' '.join(parts) + '>'


def _handle_error(handle, exc):
    source = format_helpers._format_callback_source(handle._callback, handle._args)
    context = {
        'message': f'Exception in callback {source}',
        'exception': exc,
        'handle': handle,
    }
    if handle._source_traceback:
        context['source_traceback'] = handle._source_traceback
    handle._loop.call_exception_handler(context)


def _report_destroyed_task(task):
    context = {'task': task, 'message': 'Task was destroyed but it is pending!'}
    if task._source_traceback:
        context['source_traceback'] = task._source_traceback
    task._loop.call_exception_handler(context)


def _report_never_retrieved(fut):
    context = {
        'message': f'{fut.__class__.__name__} exception was never retrieved',
        'exception': fut._exception,
        'future': fut,
    }
    if fut._source_traceback:
        context['source_traceback'] = fut._source_traceback
    fut._loop.call_exception_handler(context)


def _extract_stack():
    import sys
    # frame 1 called the C constructor wanting the stack (frame 0 is this one)
    frames = format_helpers.extract_stack(sys._getframe(1) if hasattr(sys, '_getframe') else None)
    return frames[-10:]


def install():
    _asyncio._set_helpers({
        'future_repr': base_futures._future_repr,
        'task_repr': base_tasks._task_repr,
        'task_get_stack': base_tasks._task_get_stack,
        'task_print_stack': base_tasks._task_print_stack,
        'handle_repr': _handle_repr,
        'handle_error': _handle_error,
        'report_destroyed_task': _report_destroyed_task,
        'report_never_retrieved': _report_never_retrieved,
        'get_event_loop': events.get_event_loop,
        'extract_stack': _extract_stack,
    })
