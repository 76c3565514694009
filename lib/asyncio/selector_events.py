"""BaseSelectorEventLoop: in Ay every loop polls through libuv."""

__all__ = ('BaseSelectorEventLoop',)

from . import base_events
from .log import logger


class BaseSelectorEventLoop(base_events.BaseEventLoop):

    def __init__(self, selector=None):
        super().__init__()
        # what CPython's loop says about its selector; libuv polls with epoll here too
        logger.debug('Using selector: %s', type(selector).__name__ if selector is not None else 'EpollSelector')
