"""Synchronisation primitives for tasks: Lock, Event, Condition, Semaphore,
BoundedSemaphore, Barrier. Not thread-safe; each binds to the loop that
first makes it wait."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')

from . import exceptions
from . import mixins
from ._compat import deque


class _Waitable(mixins._LoopBoundMixin):
    """What the primitives share: a FIFO of futures, one per waiting task."""

    _waiters = None  # made on first use

    async def _park(self, on_cancel=None):
        """Wait until a _wake*() call settles our future; its value is returned.
        When cancelled, on_cancel(woken) runs first, woken telling whether a
        wake-up had already been handed to us."""
        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                return await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            if on_cancel is not None:
                on_cancel(fut.done() and not fut.cancelled())
            raise

    def _wake(self, limit, value):
        """Settle up to limit pending futures (oldest first); how many were."""
        woken = 0
        for fut in self._waiters or ():
            if woken >= limit:
                break
            if not fut.done():
                fut.set_result(value)
                woken += 1
        return woken

    def _describe(self, state):
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return f'<{object.__repr__(self)[1:-1]} [{state}]>'


class _AcquireOnEnter:
    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_AcquireOnEnter, _Waitable):
    """A mutex. Fair: it goes to the longest waiter, never to a newcomer."""

    def __init__(self):
        self._locked = False

    def __repr__(self):
        return self._describe('locked' if self._locked else 'unlocked')

    def locked(self):
        return self._locked

    async def acquire(self):
        # free, and nobody (alive) queued before us
        if not self._locked and all(w.cancelled() for w in self._waiters or ()):
            self._locked = True
            return True
        await self._park(self._pass_on_if_free)
        self._locked = True
        return True

    def _pass_on_if_free(self, woken):
        # a cancelled waiter may have been the one release() picked
        if not self._locked:
            self._wake_head()

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_head()

    def _wake_head(self):
        # only the head: if it is already woken the lock is spoken for
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)


class Event(_Waitable):
    """A flag that tasks can wait to see set."""

    def __init__(self):
        self._value = False

    def __repr__(self):
        return self._describe('set' if self._value else 'unset')

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            self._wake(len(self._waiters or ()), True)

    def clear(self):
        self._value = False

    async def wait(self):
        if not self._value:
            await self._park()
        return True


class Condition(_AcquireOnEnter, _Waitable):
    """Tasks wait (with the lock released) until another task holding the
    lock notifies them."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        return self._describe('locked' if self.locked() else 'unlocked')

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await self._park()
            return True
        finally:
            # the caller holds the lock again on the way out, even when cancelled;
            # a cancellation during that is remembered and raised at the end
            interrupted = False
            while True:
                try:
                    await self.acquire()
                except exceptions.CancelledError:
                    interrupted = True
                else:
                    break
            if interrupted:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        while not (outcome := predicate()):
            await self.wait()
        return outcome

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        self._wake(n, False)

    def notify_all(self):
        self.notify(len(self._waiters or ()))


class Semaphore(_AcquireOnEnter, _Waitable):
    """A counter of free slots; acquire() waits (FIFO) while there are none."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        return self._describe('locked' if self.locked() else f'unlocked, value:{self._value}')

    def locked(self):
        # queued live waiters keep newcomers out even when a slot is free
        return self._value == 0 or any(not w.cancelled() for w in self._waiters or ())

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        try:
            await self._park(self._return_slot)
        finally:
            # slots may have come free while we waited: hand them on
            while self._value > 0 and self._wake_one():
                pass
        return True

    def _return_slot(self, woken):
        if woken:
            self._value += 1

    def release(self):
        self._value += 1
        self._wake_one()

    def _wake_one(self):
        # the slot is taken on the woken task's behalf
        if self._wake(1, True):
            self._value -= 1
            return True
        return False


class BoundedSemaphore(Semaphore):
    """A Semaphore that cannot be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# Barrier states: parties gather while filling; when the last arrives all
# leave while draining; a reset() with parties inside waits in resetting.
_FILLING = 'filling'
_DRAINING = 'draining'
_RESETTING = 'resetting'
_BROKEN = 'broken'


class Barrier(mixins._LoopBoundMixin):
    """Holds tasks until `parties` of them are waiting, then lets all go."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._cond = Condition()
        self._state = _FILLING
        self._count = 0   # tasks inside wait()

    def __repr__(self):
        state = self._state
        if state is not _BROKEN:
            state += f', waiters:{self.n_waiting}/{self._parties}'
        return f'<{object.__repr__(self)[1:-1]} [{state}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        pass

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state is _FILLING else 0

    @property
    def broken(self):
        return self._state is _BROKEN

    async def wait(self):
        """Wait for the round to fill; returns this task's arrival index."""
        async with self._cond:
            # a round still emptying, or being reset, admits nobody new
            await self._cond.wait_for(lambda: self._state not in (_DRAINING, _RESETTING))
            if self._state is _BROKEN:
                raise exceptions.BrokenBarrierError("Barrier aborted")
            arrival = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._state = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state is not _FILLING)
                    if self._state is _BROKEN or self._state is _RESETTING:
                        raise exceptions.BrokenBarrierError("Abort or reset of barrier")
                return arrival
            finally:
                self._count -= 1
                if not self._count:
                    # the last one out opens the next round
                    if self._state is _DRAINING or self._state is _RESETTING:
                        self._state = _FILLING
                    self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            self._state = _RESETTING if self._count else _FILLING
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()
