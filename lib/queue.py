"""Thread-safe queues: FIFO Queue, LifoQueue, PriorityQueue and the unbounded
SimpleQueue. One lock guards each queue; three conditions on it wake
consumers (an item arrived), producers (a slot freed) and join() (all done)."""

import heapq
import threading
import time
from collections import deque
from types import GenericAlias

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Raised by a non-blocking or timed-out get() on an empty queue."""

    __module__ = '_queue'   # where CPython defines it (reprs show it)


class Full(Exception):
    """Raised by a non-blocking or timed-out put() on a full queue."""


def _wait_for(condition, ready, block, timeout, failure):
    """Waits on `condition` (held) until ready() is true; raises `failure`
    when not blocking or when `timeout` seconds pass first."""
    if not block:
        if not ready():
            raise failure
        return
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    deadline = None if timeout is None else time.monotonic() + timeout
    while not ready():
        if deadline is None:
            condition.wait()
            continue
        left = deadline - time.monotonic()
        if left <= 0.0:
            raise failure
        condition.wait(left)


class Queue:
    """A FIFO queue holding at most maxsize items (unbounded when <= 0).
    Subclasses change the order by overriding _init, _qsize, _put and _get."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0
        self.mutex = threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = (
            threading.Condition(self.mutex) for _ in range(3))

    def task_done(self):
        """Marks one fetched item as processed (for join())."""
        with self.mutex:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1
            if self.unfinished_tasks == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Blocks until every item put has been marked done."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Adds item, waiting for a free slot (see get() for block/timeout)."""
        with self.not_full:
            if self.maxsize > 0:
                _wait_for(self.not_full, lambda: self._qsize() < self.maxsize, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Removes and returns an item. Without block, raises Empty at once if
        there is none; with a timeout, after waiting that many seconds."""
        with self.not_empty:
            _wait_for(self.not_empty, self._qsize, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put() without waiting: Full at once when there is no room."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get() without waiting: Empty at once when there is no item."""
        return self.get(block=False)

    # The storage, which subclasses replace: self.queue, a deque here with
    # the oldest item on the left.  Called with the mutex held.

    def _init(self, maxsize):
        self.queue = deque()

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def _qsize(self):
        return len(self.queue)

    __class_getitem__ = classmethod(GenericAlias)


class PriorityQueue(Queue):
    """Retrieves the lowest item first (entries are often (priority, data))."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    __module__ = '_queue'

    def __init__(self):
        self._items = deque()
        self._not_empty = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        """Adds item; never blocks (the arguments exist for Queue compatibility)."""
        with self._not_empty:
            self._items.append(item)
            self._not_empty.notify()

    def get(self, block=True, timeout=None):
        with self._not_empty:
            _wait_for(self._not_empty, lambda: self._items, block, timeout, Empty)
            return self._items.popleft()

    put_nowait = Queue.put_nowait
    get_nowait = Queue.get_nowait

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)

    __class_getitem__ = classmethod(GenericAlias)
