"""Set handlers for asynchronous events (signals); signal numbers and
handler constants as IntEnums, as in CPython."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _members(predicate):
    # sorted by value then name, so the first name of a value is canonical
    return sorted(((name, value) for name, value in vars(_signal).items() if predicate(name)),
                  key=lambda item: (item[1], item[0]))


Signals = _IntEnum("Signals", _members(lambda n: n.isupper() and n.startswith("SIG") and not n.startswith("SIG_")),
                   module=__name__)
Handlers = _IntEnum("Handlers", [("SIG_DFL", _signal.SIG_DFL), ("SIG_IGN", _signal.SIG_IGN)], module=__name__)
Sigmasks = _IntEnum("Sigmasks", [("SIG_BLOCK", _signal.SIG_BLOCK), ("SIG_UNBLOCK", _signal.SIG_UNBLOCK),
                                 ("SIG_SETMASK", _signal.SIG_SETMASK)], module=__name__)

globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)


def _as_member(value, enum):
    # handlers and signal numbers come back as enum members when they are one
    try:
        return enum(value)
    except (ValueError, TypeError):
        return value


def _as_int(value):
    # enum members (and other int-likes) go to _signal as plain ints; handlers stay as they are
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Install handler for signalnum; return the previous handler."""
    return _as_member(_signal.signal(_as_int(signalnum), _as_int(handler)), Handlers)


def getsignal(signalnum):
    """The current handler of signalnum."""
    return _as_member(_signal.getsignal(signalnum), Handlers)


def _signal_set(numbers):
    return {_as_member(number, Signals) for number in numbers}


def pthread_sigmask(how, mask):
    """Change this thread's blocked signals; return the previous set."""
    return _signal_set(_signal.pthread_sigmask(how, mask))


def sigpending():
    """The signals waiting while blocked."""
    return _signal_set(_signal.sigpending())


def valid_signals():
    """Every signal number this system has."""
    return _signal_set(_signal.valid_signals())
