"""ThreadPoolExecutor: a pool of worker threads fed from a queue."""

import os
import threading
from collections import deque
from concurrent.futures import _base


def _run_item(future, fn, args, kwargs):
    """Runs one submitted call on a worker, unless it was cancelled first."""
    if not future.set_running_or_notify_cancel():
        return
    try:
        value = fn(*args, **kwargs)
    except BaseException as exc:
        future.set_exception(exc)
    else:
        future.set_result(value)


class ThreadPoolExecutor(_base.Executor):
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        ThreadPoolExecutor._counter += 1
        self._max_workers = max_workers
        self._work = deque()
        self._cond = threading.Condition(threading.Lock())
        self._idle = 0
        self._threads = set()
        self._shutdown = False
        self._broken = False
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter)
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._cond:
            if self._broken:
                raise _base.BrokenExecutor(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            f = _base.Future()
            self._work.append((f, fn, args, kwargs))
            if self._idle:
                self._cond.notify()
            elif len(self._threads) < self._max_workers:
                self._start_worker()
            return f

    def _start_worker(self):
        name = "%s_%d" % (self._thread_name_prefix, len(self._threads))
        t = threading.Thread(name=name, target=self._worker)
        t.daemon = True
        self._threads.add(t)
        t.start()

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                with self._cond:
                    self._broken = "A thread initializer failed, the thread pool is not usable anymore"
                    for item in self._work:
                        item[0].set_exception(_base.BrokenExecutor(self._broken))
                    self._work.clear()
                return
        while True:
            with self._cond:
                while not self._work and not self._shutdown:
                    self._idle += 1
                    self._cond.wait()
                    self._idle -= 1
                if not self._work:
                    return
                item = self._work.popleft()
            _run_item(*item)
            del item

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._cond:
            self._shutdown = True
            if cancel_futures:
                while self._work:
                    self._work.popleft()[0].cancel()
            self._cond.notify_all()
        if wait:
            for t in list(self._threads):
                t.join()
