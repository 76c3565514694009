"""asyncio exception classes."""

from _asyncio import CancelledError, InvalidStateError

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')

# Since 3.11 asyncio.TimeoutError is the builtin one.
TimeoutError = TimeoutError


class SendfileNotAvailableError(RuntimeError):
    """The OS (or the socket type) cannot do sendfile() here."""


class IncompleteReadError(EOFError):
    """EOF came before the wanted number of bytes was read."""

    def __init__(self, partial, expected):
        want = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {want} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """The buffer limit was reached while looking for a separator."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """A Barrier was broken (reset or aborted) while a task waited on it."""
