"""Futures for results computed on other threads, and waiting for them."""

import threading
import time
from collections import deque as _deque

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_RUNNING = "RUNNING"
_CANCELLED = "CANCELLED"
_CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
_FINISHED = "FINISHED"

_STATE_TO_DESCRIPTION_MAP = {
    _PENDING: "pending",
    _RUNNING: "running",
    _CANCELLED: "cancelled",
    _CANCELLED_AND_NOTIFIED: "cancelled",
    _FINISHED: "finished",
}

TimeoutError = TimeoutError


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work."""


def _report_callback_error(future):
    import sys
    import traceback
    print(f"exception calling callback for {future!r}", file=sys.stderr)
    traceback.print_exc()


class Future:
    """The eventual result of a call running elsewhere. All state changes
    happen under one condition, which result() and wait() sleep on."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = self._exception = None
        self._waiters = []           # _Waiter objects of wait() / as_completed()
        self._done_callbacks = []

    def _run_callbacks(self):
        for fn in self._done_callbacks:
            try:
                fn(self)
            except Exception:
                _report_callback_error(self)

    def _is_cancelled(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED)

    def _is_done(self):
        return self._is_cancelled() or self._state == _FINISHED

    def __repr__(self):
        with self._condition:
            text = f"<{type(self).__name__} at {id(self):#x} state={_STATE_TO_DESCRIPTION_MAP[self._state]}"
            if self._state == _FINISHED:
                if self._exception is not None:
                    text += f" raised {type(self._exception).__name__}"
                else:
                    text += f" returned {type(self._result).__name__}"
            return text + ">"

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._is_cancelled():
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._is_cancelled()

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._is_done()

    def add_done_callback(self, fn):
        with self._condition:
            if not self._is_done():
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _report_callback_error(self)

    def _await_outcome(self, timeout):
        """Waits (under the condition) until done; raises on cancel or timeout."""
        if not self._is_done():
            self._condition.wait(timeout)
        if self._is_cancelled():
            raise CancelledError()
        if self._state != _FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        with self._condition:
            self._await_outcome(timeout)
            if self._exception is not None:
                raise self._exception
            return self._result

    def exception(self, timeout=None):
        with self._condition:
            self._await_outcome(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            if self._state != _CANCELLED:
                raise RuntimeError("Future in unexpected state")
            self._state = _CANCELLED_AND_NOTIFIED
            for w in self._waiters:
                w.add_cancelled(self)
            return False

    def _finish(self, result, exception):
        with self._condition:
            if self._is_done():
                raise InvalidStateError(f"{self._state}: {self!r}")
            self._result, self._exception = result, exception
            self._state = _FINISHED
            for w in self._waiters:
                if exception is None:
                    w.add_result(self)
                else:
                    w.add_exception(self)
            self._condition.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    __class_getitem__ = classmethod(lambda cls, item: cls)


class _Waiter:
    """Collects futures that finish while wait()/as_completed() watch them."""

    def __init__(self, mode, pending_count=0):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished = []
        self.mode = mode
        self.pending = pending_count

    def _arrived(self, future, failed):
        with self.lock:
            self.finished.append(future)
            self.pending -= 1
            if (self.mode == FIRST_COMPLETED or (self.mode == FIRST_EXCEPTION and failed)
                    or self.pending <= 0 or self.mode == "AS_COMPLETED"):
                self.event.set()

    def add_result(self, future):
        self._arrived(future, False)

    def add_exception(self, future):
        self._arrived(future, True)

    def add_cancelled(self, future):
        self._arrived(future, False)


def _done(fs):
    return {f for f in fs if f._state in (_CANCELLED_AND_NOTIFIED, _FINISHED)}


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    with _acquire_all(fs):
        done = _done(fs)
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f._exception is not None for f in done):
            return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _Waiter(return_when, len(not_done))
        for f in fs:
            f._waiters.append(waiter)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)
    done = _done(fs)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    end = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    with _acquire_all(fs):
        finished = _done(fs)
        pending = fs - finished
        waiter = _Waiter("AS_COMPLETED", len(pending))
        for f in fs:
            f._waiters.append(waiter)
    try:
        yield from finished
        while pending:
            wait_timeout = None if end is None else end - time.monotonic()
            if wait_timeout is not None and wait_timeout < 0:
                raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                arrived = waiter.finished
                waiter.finished = []
                waiter.event.clear()
            for f in arrived:
                if f in pending:
                    pending.remove(f)
                    yield f
            if not arrived and wait_timeout is not None and end - time.monotonic() <= 0:
                raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total))
    finally:
        for f in fs:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)


class _acquire_all:
    """Holds the condition locks of a set of futures, always taken in the
    same (id) order so two waiters cannot deadlock."""

    def __init__(self, fs):
        self.conditions = [f._condition for f in sorted(fs, key=id)]

    def __enter__(self):
        for cond in self.conditions:
            cond.acquire()

    def __exit__(self, *exc):
        for cond in reversed(self.conditions):
            cond.release()


class DoneAndNotDoneFutures(tuple):
    """wait()'s result: (done, not_done)."""

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % (self[0], self[1])


class Executor:
    """Runs callables asynchronously; subclasses provide submit()."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls running concurrently; results
        come back in order, each within what is left of `timeout`."""
        deadline = None if timeout is None else time.monotonic() + timeout
        pending = _deque(self.submit(fn, *args) for args in zip(*iterables))

        def ordered_results():
            try:
                while pending:
                    left = None if deadline is None else deadline - time.monotonic()
                    yield pending.popleft().result(left)
            finally:
                while pending:
                    pending.popleft().cancel()
        return ordered_results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources (nothing by default)."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
