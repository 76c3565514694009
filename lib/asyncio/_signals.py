"""add_signal_handler / remove_signal_handler: libuv delivers the signal and
the loop runs the handler from its ready queue."""

from . import coroutines
from . import events

_NSIG = 65


def _check_signal(sig):
    if not isinstance(sig, int):
        raise TypeError(f'sig must be an int, not {sig!r}')
    if not 1 <= sig < _NSIG:
        raise ValueError(f'invalid signal number {sig}')


def add_signal_handler(loop, sig, callback, *args):
    if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
        raise TypeError("coroutines cannot be used with add_signal_handler()")
    _check_signal(sig)
    loop._check_closed()
    handle = events.Handle(callback, args, loop, None)
    try:
        loop._add_signal(sig, handle)
    except OSError as exc:
        if exc.errno == 22:
            raise RuntimeError(f'sig {sig:d} cannot be caught')
        raise


def remove_signal_handler(loop, sig):
    _check_signal(sig)
    return loop._remove_signal(sig)
