"""threading: OS threads and their synchronisation primitives.

Threads run one at a time under the VM's interpreter lock, which blocking
calls (sleep, lock waits, I/O) release. Built on the _thread module.
"""

import _thread
import sys
from time import monotonic as _time
from collections import deque as _deque

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate", "main_thread",
           "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Barrier",
           "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local",
           "stack_size", "excepthook", "get_native_id", "getprofile", "gettrace"]

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
Lock = _allocate_lock


def settrace(func):
    raise NotImplementedError("Ay has no tracing hooks")


def setprofile(func):
    raise NotImplementedError("Ay has no profiling hooks")


def gettrace():
    return None


def getprofile():
    return None


def _deadline(timeout):
    """The monotonic time a wait of `timeout` seconds ends (None: never)."""
    return None if timeout is None else _time() + timeout


def _left(deadline):
    """Seconds until `deadline` (None: unbounded), never negative."""
    return None if deadline is None else max(0.0, deadline - _time())


class RLock:
    """A lock the thread that holds it may take again; it is free once
    released as many times as it was taken."""

    def __init__(self):
        self._inner = _allocate_lock()
        self._holder = None
        self._depth = 0

    def __repr__(self):
        state = "locked" if self._inner.locked() else "unlocked"
        return f"<{state} {type(self).__module__}.{type(self).__qualname__} object " \
               f"owner={self._holder!r} count={self._depth} at {id(self):#x}>"

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._holder != me:
            if not self._inner.acquire(blocking, timeout):
                return False
            self._holder = me
        self._depth += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._holder != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1
        if self._depth == 0:
            self._holder = None
            self._inner.release()

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._holder == get_ident()

    # Condition.wait gives the lock away however deep it is held, then restores it.
    def _release_save(self):
        saved = self._depth, self._holder
        self._depth, self._holder = 0, None
        self._inner.release()
        return saved

    def _acquire_restore(self, saved):
        self._inner.acquire()
        self._depth, self._holder = saved


class Condition:
    """Lets threads sleep until another thread, holding the same lock,
    tells them the state they wait for may have changed."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._sleepers = _deque()  # one locked gate per waiting thread

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._sleepers)})>"

    def _owned(self):
        probe = getattr(self._lock, "_is_owned", None)
        if probe is not None:
            return probe()
        if self._lock.acquire(False):  # a plain lock: free means not ours
            self._lock.release()
            return False
        return True

    def _give_up_lock(self):
        give = getattr(self._lock, "_release_save", None)
        if give is not None:
            return give()
        self._lock.release()
        return None

    def _take_back_lock(self, saved):
        take = getattr(self._lock, "_acquire_restore", None)
        if take is not None:
            take(saved)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        if not self._owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        gate = _allocate_lock()
        gate.acquire()
        self._sleepers.append(gate)
        saved = self._give_up_lock()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            else:
                woken = gate.acquire(timeout > 0, max(timeout, 0) if timeout > 0 else -1)
        finally:
            self._take_back_lock(saved)
            if not woken and gate in self._sleepers:
                self._sleepers.remove(gate)
        return woken

    def wait_for(self, predicate, timeout=None):
        deadline = _deadline(timeout)
        ok = predicate()
        while not ok:
            left = _left(deadline)
            if left == 0:
                break
            self.wait(left)
            ok = predicate()
        return ok

    def notify(self, n=1):
        if not self._owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        for _ in range(min(n, len(self._sleepers))):
            self._sleepers.popleft().release()

    def notify_all(self):
        self.notify(len(self._sleepers))

    notifyAll = notify_all


class Semaphore:
    """A count of free units: acquire() takes one, waiting while none is left."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = _deadline(timeout)
        with self._cond:
            while self._value == 0:
                left = _left(deadline) if blocking else 0
                if left == 0:
                    return False
                self._cond.wait(left)
            self._value -= 1
            return True

    __enter__ = acquire

    def _give_back(self, n):
        self._value += n
        self._cond.notify(n)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._give_back(n)

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its starting count."""

    def __init__(self, value=1):
        super().__init__(value)
        self._limit = value

    def __repr__(self):
        return (f"<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._limit}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._limit:
                raise ValueError("Semaphore released too many times")
            self._give_back(n)


class Event:
    """A flag that threads can wait to see set."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: " \
               f"{'set' if self._flag else 'unset'}>"

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            return self._cond.wait_for(lambda: self._flag, timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Holds `parties` threads until all have called wait(). Each round
    is a generation; reset() and abort() break the round in progress."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._generation = 0
        self._arrived = 0
        self._broken = False
        self._cancelled = set()  # generations that reset() broke

    def __repr__(self):
        where = f"<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}:"
        if self._broken:
            return where + " broken>"
        return where + f" waiters={self.n_waiting}/{self._parties}>"

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            round_ = self._generation
            index = self._arrived
            self._arrived += 1
            if self._arrived == self._parties:
                if self._action is not None:
                    try:
                        self._action()
                    except BaseException:
                        self._break_round()
                        raise
                self._generation += 1
                self._arrived = 0
                self._cond.notify_all()
                return index
            done = self._cond.wait_for(lambda: self._generation != round_ or self._broken, timeout)
            if not done:
                self._break_round()
            if not done or round_ in self._cancelled or (self._broken and self._generation == round_):
                raise BrokenBarrierError
            return index

    def _break_round(self):
        self._broken = True
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._arrived:
                self._cancelled.add(self._generation)
            self._generation += 1
            self._arrived = 0
            self._broken = False
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break_round()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0 if self._broken else self._arrived

    @property
    def broken(self):
        return self._broken


# {==== threads

_active_limbo_lock = RLock()
_active = {}       # ident -> Thread, for started threads
_limbo = {}        # Thread -> Thread, between start() and the thread running
_counter = 0


def _new_thread_name(target):
    global _counter
    _counter += 1
    name = f"Thread-{_counter}"
    if target is not None:
        try:
            name += f" ({target.__name__})"
        except AttributeError:
            pass
    return name


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def excepthook(args, /):
    """Prints an exception that ended a thread, as CPython does."""
    if args.exc_type == SystemExit:
        return
    import traceback
    name = args.thread.name if args.thread is not None else get_ident()
    stderr = sys.stderr
    if stderr is None:
        return
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control running target(*args, **kwargs), or run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        self._target = target
        self._name = str(name) if name is not None else _new_thread_name(target)
        self._args = args
        self._kwargs = kwargs if kwargs is not None else {}
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._done = _allocate_lock()
        self._initialized = True

    def __repr__(self):
        state = "stopped" if self._is_stopped else "started" if self._started.is_set() else "initial"
        words = [state] + (["daemon"] if self._daemonic else []) + \
            ([str(self._ident)] if self._ident is not None else [])
        return f"<{type(self).__name__}({self._name}, {' '.join(words)})>"

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        self._done.acquire()  # released by the thread when it ends; join() waits for it
        started = False
        try:
            _start_new_thread(self._bootstrap, ())
            started = True
        finally:
            if not started:
                with _active_limbo_lock:
                    _limbo.pop(self, None)
                self._done.release()
        self._started.wait()

    def run(self):
        target, args, kwargs = self._target, self._args, self._kwargs
        # drop the references first, so the thread object does not keep them alive
        self._target = self._args = self._kwargs = None
        if target is not None:
            target(*args, **kwargs)

    def _bootstrap(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self
            del _limbo[self]
        self._started.set()
        try:
            self.run()
        except BaseException:
            exc_type, exc_value, exc_tb = sys.exc_info()
            excepthook(ExceptHookArgs(exc_type, exc_value, exc_tb.tb_next if exc_tb else None, self))
        finally:
            with _active_limbo_lock:
                _active.pop(self._ident, None)
            self._is_stopped = True
            self._done.release()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is None:
            got = self._done.acquire()
        else:
            got = self._done.acquire(True, max(timeout, 0))
        if got:
            self._done.release()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started with _thread directly."""

    def __init__(self):
        Thread.__init__(self, name=_new_thread_name(None).replace("Thread", "Dummy"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds, unless
    cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval, self.function = interval, function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.wait(self.interval):  # set early means cancelled
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_main_thread = _MainThread()


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def _shutdown():
    """Waits for the non-daemon threads (the VM calls this before exiting)."""
    while True:
        with _active_limbo_lock:
            pending = [t for t in list(_active.values()) + list(_limbo.values())
                       if t is not _main_thread and not t.daemon and t.is_alive()]
        if not pending:
            return
        for t in pending:
            t.join()

# }====
# {==== thread-local data


class local:
    """Attributes that each thread sees separately."""

    __slots__ = ("_local__dicts", "_local__args", "__weakref__")

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__dicts", {})
        object.__setattr__(self, "_local__args", (args, kw, get_ident()))
        return self

    def _local__dict(self):
        dicts = object.__getattribute__(self, "_local__dicts")
        ident = get_ident()
        d = dicts.get(ident)
        if d is None:
            d = dicts[ident] = {}
            args, kw, creator = object.__getattribute__(self, "_local__args")
            # the creating thread ran __init__ when it made the object; others run it on first use
            if ident != creator and type(self).__init__ is not object.__init__:
                type(self).__init__(self, *args, **kw)
        return d

    def __getattribute__(self, name):
        if name in ("__class__", "__dict__"):
            if name == "__dict__":
                return local._local__dict(self)
            return object.__getattribute__(self, name)
        d = local._local__dict(self)
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        local._local__dict(self)[name] = value

    def __delattr__(self, name):
        d = local._local__dict(self)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None

# }====
