"""BaseSelectorEventLoop: in Ay every loop polls through libuv."""

__all__ = ('BaseSelectorEventLoop',)

from . import base_events


class BaseSelectorEventLoop(base_events.BaseEventLoop):

    def __init__(self, selector=None):
        super().__init__()
