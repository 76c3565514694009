"""TaskGroup: structured concurrency for tasks."""

__all__ = ('TaskGroup',)

from . import events
from . import exceptions
from . import futures
from . import tasks


def _is_exit(exc):
    # these end the program, so they are raised bare rather than grouped
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """`async with TaskGroup() as tg:` waits for every task started with
    tg.create_task(). The first failure cancels the rest (and the body);
    the failures are then raised together in an ExceptionGroup."""

    def __init__(self):
        self._loop = None
        self._parent_task = None
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._parent_cancel_requested = False  # we cancelled the parent
        self._tasks = {}              # unfinished children, in creation order
        self._errors = []
        self._base_error = None       # the first SystemExit/KeyboardInterrupt
        self._on_completed_fut = None # set while __aexit__ waits for the children

    def __repr__(self):
        details = [f'tasks={len(self._tasks)}'] if self._tasks else []
        if self._errors:
            details.append(f'errors={len(self._errors)}')
        if self._aborting or self._entered:
            details.append('cancelling' if self._aborting else 'entered')
        return ' '.join(['<TaskGroup'] + details) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        self._loop = self._loop or events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None:
            self._note_exit_error(exc)
        cancellation = exc if et is exceptions.CancelledError else None
        # a cancellation we asked for ourselves (a child failed) is not passed on
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            cancellation = None
        if et is not None and not self._aborting:
            self._abort()
        cancellation = await self._wait_for_children(cancellation)

        if self._base_error is not None:
            raise self._base_error
        if cancellation is not None and not self._errors:
            raise cancellation
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    async def _wait_for_children(self, cancellation):
        """Wait until no child is left. If this wait is cancelled the children
        are cancelled too (once), and that cancellation becomes the one to raise."""
        while self._tasks:
            try:
                await self._last_child_done()
            except exceptions.CancelledError as cancelled:
                if not self._aborting:
                    cancellation = cancelled
                    self._abort()
        return cancellation

    async def _last_child_done(self):
        self._on_completed_fut = self._loop.create_future()
        try:
            await self._on_completed_fut
        finally:
            self._on_completed_fut = None

    def _refusal(self):
        if not self._entered:
            return 'has not been entered'
        if self._exiting and not self._tasks:
            return 'is finished'
        if self._aborting:
            return 'is shutting down'
        return None

    def create_task(self, coro, *, name=None, context=None):
        refusal = self._refusal()
        if refusal is not None:
            raise RuntimeError(f"TaskGroup {self!r} {refusal}")
        task = tasks._new_task(self._loop, coro, name, context)
        # an eager task may be finished already
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks[task] = None
            task.add_done_callback(self._on_task_done)
        return task

    def _note_exit_error(self, exc):
        if self._base_error is None and _is_exit(exc):
            self._base_error = exc

    def _abort(self):
        self._aborting = True
        for task in list(self._tasks):
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        if not self._tasks and self._on_completed_fut is not None:
            futures._settle(self._on_completed_fut, None)
        error = None if task.cancelled() else task.exception()
        if error is None:
            return
        self._errors.append(error)
        self._note_exit_error(error)
        if self._parent_task.done():
            # nobody left to raise it to: report it instead
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': error,
                'task': task,
            })
        elif not (self._aborting or self._parent_cancel_requested):
            # stop the others, and interrupt whatever the body awaits now;
            # __aexit__ takes this cancellation of the parent back
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
