"""Reprs and stacks of tasks."""

from . import base_futures
from . import coroutines


def _task_repr_info(task):
    info = base_futures._future_repr_info(task)
    if task.cancelling() and not task.done():
        info[0] = 'cancelling'
    info.insert(1, f'name={task.get_name()!r}')
    if task._fut_waiter is not None:
        info.insert(2, f'wait_for={task._fut_waiter!r}')
    if task._coro:
        info.insert(2, f'coro=<{coroutines._format_coroutine(task._coro)}>')
    return info


def _task_repr(task):
    return f'<{task.__class__.__name__} {" ".join(_task_repr_info(task))}>'


def _task_get_stack(task, limit):
    coro = task._coro
    frame = None
    for attr in ('cr_frame', 'gi_frame', 'ag_frame'):
        if hasattr(coro, attr):
            frame = getattr(coro, attr)
            break
    frames = []
    if frame is not None:
        while frame is not None and (limit is None or len(frames) < limit):
            frames.append(frame)
            frame = frame.f_back
        frames.reverse()
    elif task._exception is not None:
        tb = task._exception.__traceback__
        while tb is not None and (limit is None or len(frames) < limit):
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except (OSError, UnicodeDecodeError):
        pass
    return ''


def _task_print_stack(task, limit, file):
    import sys
    frames = _task_get_stack(task, limit)
    lines = []
    for frame in frames:
        code = frame.f_code
        lines.append(f'  File "{code.co_filename}", line {frame.f_lineno}, in {code.co_name}\n')
        text = _source_line(code.co_filename, frame.f_lineno)
        if text:
            lines.append(f'    {text}\n')
    exc = task._exception
    if file is None:
        file = sys.stderr
    if not lines:
        print(f'No stack for {task!r}', file=file)
    elif exc is not None:
        print(f'Traceback for {task!r} (most recent call last):', file=file)
    else:
        print(f'Stack for {task!r} (most recent call last):', file=file)
    for line in lines:
        print(line, file=file, end='')
    if exc is not None:
        text = ''.join(f'{type(exc).__name__}: {exc}' if str(exc) else type(exc).__name__)
        print(text, file=file)
