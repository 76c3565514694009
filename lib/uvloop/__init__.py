"""uvloop for Ay: the built-in asyncio loop already runs on libuv, so this
module only offers uvloop's API on top of it."""

import asyncio as __asyncio
from asyncio import events as __events

__all__ = ('new_event_loop', 'install', 'EventLoopPolicy', 'Loop', 'run')
__version__ = '0.21.0'


class Loop(__asyncio.SelectorEventLoop):
    """uvloop.Loop: asyncio's loop under uvloop's name."""

    def __repr__(self):
        return (f'<{type(self).__module__}.{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')


Loop.__module__ = 'uvloop'


def new_event_loop():
    """A new uvloop.Loop."""
    return Loop()


class EventLoopPolicy(__events.BaseDefaultEventLoopPolicy):
    """The policy whose loops are uvloop.Loop instances."""
    _loop_factory = Loop

    def __repr__(self):
        return object.__repr__(self)


def install():
    """Makes asyncio use uvloop.Loop for new loops."""
    __asyncio.set_event_loop_policy(EventLoopPolicy())


def run(main, *, loop_factory=new_event_loop, debug=None, **run_kwargs):
    """asyncio.run() with a uvloop.Loop."""
    return __asyncio.run(main, loop_factory=loop_factory, debug=debug, **run_kwargs)
