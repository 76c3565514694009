"""The Unix event loop and the default policy."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy', 'EventLoop')

from . import events
from . import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """The loop asyncio.new_event_loop() makes."""

    def add_signal_handler(self, sig, callback, *args):
        from . import _signals
        _signals.add_signal_handler(self, sig, callback, *args)

    def remove_signal_handler(self, sig):
        from . import _signals
        return _signals.remove_signal_handler(self, sig)


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop

    def get_child_watcher(self):
        raise NotImplementedError('child watchers are not used by Ay: subprocesses run on libuv')

    def set_child_watcher(self, watcher):
        raise NotImplementedError('child watchers are not used by Ay: subprocesses run on libuv')


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
EventLoop = SelectorEventLoop
