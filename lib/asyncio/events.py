"""Event loop interfaces, policies and the loop accessors."""

__all__ = (
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer',
    'Handle', 'TimerHandle', 'get_event_loop_policy', 'set_event_loop_policy',
    'get_event_loop', 'set_event_loop', 'new_event_loop',
    'get_child_watcher', 'set_child_watcher',
    '_set_running_loop', 'get_running_loop', '_get_running_loop',
)

import _asyncio
from _asyncio import Handle, TimerHandle, get_running_loop, _get_running_loop, _set_running_loop


def _abstract(owner, name, is_async=False):
    if is_async:
        async def method(self, *args, **kwargs):
            raise NotImplementedError
    else:
        def method(self, *args, **kwargs):
            raise NotImplementedError
    method.__name__ = name
    method.__qualname__ = f'{owner}.{name}'
    return method


def _declare(cls, names, async_names=()):
    """Give the interface class cls methods that raise NotImplementedError."""
    for name in names:
        setattr(cls, name, _abstract(cls.__name__, name))
    for name in async_names:
        setattr(cls, name, _abstract(cls.__name__, name, True))
    return cls


class AbstractServer:
    """What create_server() and start_server() return; closes (and waits for
    that) when used as an async context manager."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class AbstractEventLoop:
    """The event loop interface; every method raises NotImplementedError."""


class AbstractEventLoopPolicy:
    """Decides which loop get_event_loop() returns and how new loops are made."""


_declare(AbstractServer, ('close', 'get_loop', 'is_serving'),
         ('start_serving', 'serve_forever', 'wait_closed'))
_declare(AbstractEventLoop,
         ('run_forever', 'run_until_complete', 'stop', 'is_running', 'is_closed',
          'close', 'call_soon', 'call_later', 'call_at', 'time', 'create_future',
          'create_task', 'call_soon_threadsafe', 'run_in_executor',
          'set_default_executor', 'add_reader', 'remove_reader', 'add_writer',
          'remove_writer', 'add_signal_handler', 'remove_signal_handler',
          'set_task_factory', 'get_task_factory', 'get_exception_handler',
          'set_exception_handler', 'default_exception_handler',
          'call_exception_handler', 'get_debug', 'set_debug', '_timer_handle_cancelled'),
         ('shutdown_asyncgens', 'shutdown_default_executor', 'getaddrinfo', 'getnameinfo',
          'create_connection', 'create_server', 'sendfile', 'start_tls',
          'create_unix_connection', 'create_unix_server', 'connect_accepted_socket',
          'create_datagram_endpoint', 'connect_read_pipe', 'connect_write_pipe',
          'subprocess_shell', 'subprocess_exec', 'sock_recv', 'sock_recv_into',
          'sock_recvfrom', 'sock_recvfrom_into', 'sock_sendall', 'sock_sendto',
          'sock_connect', 'sock_accept', 'sock_sendfile'))
_declare(AbstractEventLoopPolicy,
         ('get_event_loop', 'set_event_loop', 'new_event_loop',
          'get_child_watcher', 'set_child_watcher'))


import threading


class _ThreadState(threading.local):
    loop = None
    set_called = False


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy: one current loop per thread."""

    _loop_factory = None

    def __init__(self):
        self._local = _ThreadState()

    def get_event_loop(self):
        local = self._local
        # the main thread gets a loop the first time one is asked for, with
        # 3.12's DeprecationWarning
        if (local.loop is None and not local.set_called and
                threading.current_thread() is threading.main_thread()):
            _asyncio._warn_no_current_loop()
            self.set_event_loop(self.new_event_loop())
        if local.loop is None:
            raise RuntimeError(f'There is no current event loop in thread {threading.current_thread().name!r}.')
        return local.loop

    def set_event_loop(self, loop):
        self._local.set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._local.loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_policy = None


def _init_policy():
    global _policy
    if _policy is None:
        from . import DefaultEventLoopPolicy
        _policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    """The current event loop policy."""
    if _policy is None:
        _init_policy()
    return _policy


def set_event_loop_policy(policy):
    """Sets the policy; None restores the default."""
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _policy = policy


def get_event_loop():
    """The running loop; outside one, the policy's current loop."""
    running = _get_running_loop()
    return get_event_loop_policy().get_event_loop() if running is None else running


def set_event_loop(loop):
    """Make loop the current loop of this thread (through the policy)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """A new loop from the policy."""
    return get_event_loop_policy().new_event_loop()


def get_child_watcher():
    """The policy's child watcher (Ay's policy has none)."""
    return get_event_loop_policy().get_child_watcher()


def set_child_watcher(watcher):
    """Give the policy a child watcher (Ay's policy takes none)."""
    return get_event_loop_policy().set_child_watcher(watcher)
