"""Tasks and the functions that combine awaitables: sleep, gather, wait,
wait_for, shield, as_completed."""

__all__ = (
    'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
    'run_coroutine_threadsafe', 'current_task', 'all_tasks',
    'create_eager_task_factory', 'eager_task_factory',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import _asyncio
from _asyncio import (Task, current_task, _register_task, _unregister_task,
                      _enter_task, _leave_task, _swap_current_task)

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import timeouts

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PyTask = Task
_CTask = Task


def all_tasks(loop=None):
    """The set of not yet finished tasks of `loop` (default: the running loop)."""
    if loop is None:
        loop = events.get_running_loop()
    return set(_asyncio._all_tasks_list(loop))


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


def create_task(coro, *, name=None, context=None):
    """Wraps the coroutine in a Task scheduled on the running loop."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


def create_eager_task_factory(custom_task_constructor):
    """A task factory whose tasks run their first step inside create_task()."""
    def factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name, context=context, eager_start=True)
    return factory


eager_task_factory = create_eager_task_factory(Task)


# {==== sleep

# sleep(delay, result=None) is C: one small awaitable per call
sleep = _asyncio.sleep

# }====
# {==== ensure_future, gather, shield


async def _wrap_awaitable(awaitable):
    return await awaitable


def _is_awaitable(obj):
    return hasattr(type(obj), '__await__')


def ensure_future(coro_or_future, *, loop=None):
    """A future for `coro_or_future`: futures pass through, the rest become Tasks."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
        if not _is_awaitable(coro_or_future):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _wrap_awaitable(coro_or_future)
        wrapped = True
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


class _GatheringFuture(futures.Future):
    """gather()'s result: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            # the gather must end cancelled whatever return_exceptions says
            self._cancel_requested = True
        return cancelled_any


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the results of all the awaitables, in argument order."""
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer

    children = []
    by_arg = {}
    pending_done = []
    loop = None
    outer = None
    state = [0, 0]  # children finished, distinct children

    def child_done(fut):
        state[0] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # retrieved: nobody will see it
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[0] == state[1]:
            results = []
            for child in children:
                if child.cancelled():
                    msg = child._cancel_message
                    results.append(exceptions.CancelledError('' if msg is None else msg))
                else:
                    exc = child.exception()
                    results.append(child.result() if exc is None else exc)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        fut = by_arg.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            state[1] += 1
            by_arg[arg] = fut
            if fut.done():
                pending_done.append(fut)
            else:
                fut.add_done_callback(child_done)
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    for fut in pending_done:
        child_done(fut)
    return outer


def shield(arg):
    """A future that cancelling does not propagate into `arg`."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer

# }====
# {==== wait, wait_for, as_completed


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def _unique(items):
    seen = {}
    for item in items:
        seen[item] = None
    return list(seen)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures in `fs`; returns the sets (done, pending)."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = _unique(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    left = [len(fs)]

    def on_completion(f):
        left[0] -= 1
        if (left[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def _cancel_and_wait(fut):
    loop = events.get_running_loop()
    waiter = loop.create_future()

    def release(f):
        _release_waiter(waiter)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(fut, timeout):
    """Awaits `fut`, cancelling it after `timeout` seconds (TimeoutError)."""
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError from exc
    async with timeouts.timeout(timeout):
        return await fut


def as_completed(fs, *, timeout=None):
    """Coroutines that return the results of `fs` in the order they complete."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from .queues import Queue
    finished = Queue()
    loop = events.get_event_loop()
    todo = {}
    for f in _unique(fs):
        todo[ensure_future(f, loop=loop)] = None
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        del todo[f]
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def next_result():
        f = await finished.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield next_result()

# }====


def run_coroutine_threadsafe(coro, loop):
    """Submits `coro` to `loop` from another thread; returns a concurrent Future."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def start():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(start)
    return future
