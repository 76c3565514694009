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


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member."""
    try:
        return enum_klass(value)
    except (ValueError, TypeError):
        return value


def _enum_to_int(value):
    """Convert an IntEnum member to a numeric value."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def pthread_sigmask(how, mask):
    sigs_set = _signal.pthread_sigmask(how, mask)
    return set(_int_to_enum(x, Signals) for x in sigs_set)


def sigpending():
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}


