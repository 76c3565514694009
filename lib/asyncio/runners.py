"""asyncio.run() and Runner: an event loop for the duration of a program."""

__all__ = ('Runner', 'run')

import contextvars
import threading

try:
    import signal
except ImportError:
    signal = None

import _asyncio
from . import constants
from . import coroutines
from . import events
from . import exceptions
from . import tasks

_CREATED = 'created'
_INITIALIZED = 'initialized'
_CLOSED = 'closed'


class Runner:
    """Owns one event loop, and one context, across several run() calls;
    close() (or leaving the with block) shuts it all down."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._interrupt_count = 0
        self._set_event_loop = False   # we made our loop the current one

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def _lazy_init(self):
        if self._state is _CLOSED:
            raise RuntimeError("Runner is closed")
        if self._state is _INITIALIZED:
            return
        if self._loop_factory is not None:
            self._loop = self._loop_factory()
        else:
            self._loop = events.new_event_loop()
            if not self._set_event_loop:
                events.set_event_loop(self._loop)
                self._set_event_loop = True
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = contextvars.copy_context()
        self._state = _INITIALIZED

    def run(self, coro, *, context=None):
        """Run coro in the runner's loop (and context) and return its result."""
        if not coroutines.iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        if events._get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=self._context if context is None else context)
        sigint_handler = self._cancel_on_sigint(task)
        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(task)
        except exceptions.CancelledError:
            # a Ctrl-C turned into this cancellation: raise it as what it was
            if self._interrupt_count and getattr(task, 'uncancel', lambda: 1)() == 0:
                raise KeyboardInterrupt()
            raise
        finally:
            if sigint_handler is not None and signal.getsignal(signal.SIGINT) is sigint_handler:
                signal.signal(signal.SIGINT, signal.default_int_handler)

    def _cancel_on_sigint(self, task):
        """Make the first Ctrl-C cancel task (the next ones interrupt), when
        we are in the main thread and SIGINT has Python's default handler.
        Returns the handler installed, or None."""
        if (signal is None or threading.current_thread() is not threading.main_thread()
                or signal.getsignal(signal.SIGINT) is not signal.default_int_handler):
            return None

        def on_sigint(signum, frame):
            self._interrupt_count += 1
            if self._interrupt_count > 1 or task.done():
                raise KeyboardInterrupt()
            task.cancel()
            # wake the loop, which may be waiting for I/O
            self._loop.call_soon_threadsafe(lambda: None)

        try:
            signal.signal(signal.SIGINT, on_sigint)
        except ValueError:
            return None
        return on_sigint

    def close(self):
        """Cancel the tasks left, finalize async generators, stop the default
        executor and close the loop."""
        if self._state is not _INITIALIZED:
            return
        loop = self._loop
        try:
            self._cancel_leftover_tasks()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor(constants.THREAD_JOIN_TIMEOUT))
        finally:
            if self._set_event_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _CLOSED

    def _cancel_leftover_tasks(self):
        # in creation order (CPython's set order varies from run to run)
        leftovers = _asyncio._all_tasks_list(self._loop)
        if not leftovers:
            return
        for task in leftovers:
            task.cancel()
        self._loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
        for task in leftovers:
            error = None if task.cancelled() else task.exception()
            if error is not None:
                self._loop.call_exception_handler({
                    'message': 'unhandled exception during asyncio.run() shutdown',
                    'exception': error,
                    'task': task,
                })


def run(main, *, debug=None, loop_factory=None):
    """Run the coroutine main in a new event loop, then close the loop."""
    if events._get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)
