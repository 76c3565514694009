"""Tasks and the functions that combine awaitables: gather, shield, wait,
wait_for, as_completed (Task itself and sleep are C)."""

__all__ = (
    'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
    'run_coroutine_threadsafe', 'current_task', 'all_tasks',
    'create_eager_task_factory', 'eager_task_factory',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import _asyncio
from _asyncio import (Task, current_task, sleep, _register_task, _unregister_task,
                      _enter_task, _leave_task, _swap_current_task)

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import timeouts

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# there is one Task implementation; these are the names CPython offers for its two
_PyTask = _CTask = Task


def all_tasks(loop=None):
    """The unfinished tasks of loop (default: the running loop)."""
    return set(_asyncio._all_tasks_list(events.get_running_loop() if loop is None else loop))


def _new_task(loop, coro, name, context):
    # the context keyword only when given: custom task factories may not take it
    task = loop.create_task(coro) if context is None else loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def create_task(coro, *, name=None, context=None):
    """Schedule coro as a Task on the running loop."""
    return _new_task(events.get_running_loop(), coro, name, context)


def create_eager_task_factory(custom_task_constructor):
    """A task factory whose tasks take their first step inside create_task()."""
    def eager_factory(loop, coro, *, name=None, context=None):
        return custom_task_constructor(coro, loop=loop, name=name, context=context,
                                       eager_start=True)
    return eager_factory


eager_task_factory = create_eager_task_factory(Task)


def ensure_future(coro_or_future, *, loop=None):
    """Futures as they are (checked against loop); coroutines and other
    awaitables wrapped in a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and futures._get_loop(coro_or_future) is not loop:
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    if coroutines.iscoroutine(coro_or_future):
        coro, ours = coro_or_future, False
    elif hasattr(type(coro_or_future), '__await__'):
        async def _wrap_awaitable(awaitable):
            return await awaitable
        coro, ours = _wrap_awaitable(coro_or_future), True
    else:
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro)
    except RuntimeError:
        # the caller's coroutine will never run: close it so it isn't reported unawaited
        if not ours:
            coro.close()
        raise


class _GatheringFuture(futures.Future):
    """gather()'s result. Cancelling it cancels the children; it then ends
    cancelled even when return_exceptions would have collected the errors."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        # every child gets the request, so no short-circuiting any()
        outcomes = [child.cancel(msg=msg) for child in self._children]
        self._cancel_requested = self._cancel_requested or any(outcomes)
        return any(outcomes)


def _outcome_of(child):
    """A finished child's entry in gather(return_exceptions=True)'s list."""
    if child.cancelled():
        return exceptions.CancelledError(child._cancel_message or '')
    error = child.exception()
    return child.result() if error is None else error


def gather(*coros_or_futures, return_exceptions=False):
    """A future for the results of all the awaitables, in argument order."""
    if not coros_or_futures:
        empty = events.get_event_loop().create_future()
        empty.set_result([])
        return empty

    children = []
    # argument -> its future, so repeats are awaited once; distinct tasks and
    # futures (the usual arguments) are told apart without it
    distinct = None if _asyncio._distinct_futures(coros_or_futures) else {}
    already_done = []
    unfinished = 0
    loop = None
    outer = None          # stays None if building the children fails

    # (the callbacks here and below have CPython's names: reprs of the futures show them)
    def _done_callback(child):
        nonlocal unfinished
        unfinished -= 1
        if outer is None or outer.done():
            # nobody can see this outcome any more; don't report it as unretrieved
            if not child.cancelled():
                child.exception()
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            if child.exception() is not None:
                outer.set_exception(child.exception())
                return
        if unfinished:
            return
        if outer._cancel_requested:
            outer.set_exception(children[-1]._make_cancelled_error())
        else:
            outer.set_result([_outcome_of(c) for c in children])

    for arg in coros_or_futures:
        child = None if distinct is None else distinct.get(arg)
        if child is None:
            child = ensure_future(arg, loop=loop)
            loop = loop or futures._get_loop(child)
            if child is not arg:
                # a task made here: gather awaits it, no "destroyed pending" report
                child._log_destroy_pending = False
            if distinct is not None:
                distinct[arg] = child
            unfinished += 1
            if child.done():
                already_done.append(child)
            else:
                child.add_done_callback(_done_callback)
        children.append(child)
    if distinct is not None:
        distinct.clear()  # its table goes now, not at the next collection

    outer = _GatheringFuture(children, loop=loop)
    for child in already_done:
        _done_callback(child)
    return outer


def shield(arg):
    """A future for arg that can be cancelled without cancelling arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def _inner_done_callback(inner):
        if not outer.cancelled():
            futures._transfer_outcome(inner, outer)
        elif not inner.cancelled():
            inner.exception()  # the outer is gone: mark the error retrieved

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def _check_collection(fs, what):
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect {what} of futures, not {type(fs).__name__}")


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs as return_when says; (done, pending) sets."""
    _check_collection(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = list(dict.fromkeys(fs))  # distinct, in a reproducible order
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    return await _wait(fs, timeout, return_when, events.get_running_loop())


async def _wait(fs, timeout, return_when, loop):
    wakeup = loop.create_future()
    unfinished = len(fs)

    def _on_completion(f):
        nonlocal unfinished
        unfinished -= 1
        failed = not f.cancelled() and f.exception() is not None
        if (unfinished <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and failed)):
            _release_waiter(wakeup)

    timer = None if timeout is None else loop.call_later(timeout, _release_waiter, wakeup)
    try:
        for f in fs:
            f.add_done_callback(_on_completion)
        await wakeup
    finally:
        for f in fs:
            f.remove_done_callback(_on_completion)
        if timer is not None:
            timer.cancel()
    return {f for f in fs if f.done()}, {f for f in fs if not f.done()}


async def wait_for(fut, timeout):
    """Await fut, cancelling it and raising TimeoutError after timeout seconds."""
    if timeout is None or timeout > 0:
        async with timeouts.timeout(timeout):
            return await fut
    # no time at all: cancel unless already finished, and wait for the cancellation
    fut = ensure_future(fut)
    if not fut.done():
        fut.cancel()
        await wait([fut])
        try:
            return fut.result()
        except exceptions.CancelledError as cancelled:
            raise TimeoutError from cancelled
    return fut.result()


def as_completed(fs, *, timeout=None):
    """Awaitables giving the results of fs in the order they finish."""
    _check_collection(fs, 'an iterable')
    from .queues import Queue
    finished = Queue()   # futures as they finish; None once the timeout passed
    loop = events.get_event_loop()
    todo = dict.fromkeys(ensure_future(f, loop=loop) for f in dict.fromkeys(fs))
    timer = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            finished.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if f in todo:
            del todo[f]
            finished.put_nowait(f)
            if not todo and timer is not None:
                timer.cancel()

    async def _wait_for_one():
        f = await finished.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def run_coroutine_threadsafe(coro, loop):
    """Run coro on loop from another thread; a concurrent.futures.Future for it."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    result = concurrent.futures.Future()

    def start_in_loop():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), result)
        except BaseException as exc:
            # tell the waiting thread too, except for exits meant for the loop alone
            if (not isinstance(exc, (SystemExit, KeyboardInterrupt))
                    and result.set_running_or_notify_cancel()):
                result.set_exception(exc)
            raise

    loop.call_soon_threadsafe(start_in_loop)
    return result
