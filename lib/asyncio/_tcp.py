"""TCP and Unix-socket transports and servers on the loop's libuv streams
(_asyncio.UvStream). The transport class keeps CPython's name, as it shows in
reprs and logs."""

from . import constants
from . import events
from . import exceptions
from . import futures
from . import transports
from .log import logger

_WRITE_FAILED = 'Fatal write error on socket transport'


_AF_UNIX, _AF_INET, _AF_INET6 = 1, 2, 10
_SOCK_STREAM = 1


class TransportSocket:
    """What transports and servers expose as their socket: addresses and the fd."""

    type = _SOCK_STREAM

    def __init__(self, stream):
        self._stream = stream
        try:
            name = stream.getsockname()
        except OSError:
            name = ()
        self.family = _AF_UNIX if isinstance(name, str) else _AF_INET6 if len(name) == 4 else _AF_INET
        self.proto = 0 if self.family == _AF_UNIX else 6

    def getsockname(self):
        return self._stream.getsockname()

    def getpeername(self):
        return self._stream.getpeername()

    def fileno(self):
        return self._stream.fileno()

    def __repr__(self):
        text = f'<asyncio.TransportSocket fd={self.fileno()}, family={self.family}, type={self.type}, proto={self.proto}'
        if self.fileno() != -1:
            for label, address in (('laddr', self.getsockname), ('raddr', self.getpeername)):
                try:
                    value = address()
                except OSError:
                    continue
                if value:
                    text += f', {label}={value}'
        return text + '>'


class _SelectorSocketTransport(transports._FlowControlMixin):
    """A connected TCP stream. libuv queues the writes; its drain callback
    tells us when the queue is empty (or a write failed)."""

    _eof_written = False

    def __init__(self, loop, stream, protocol, waiter=None, server=None):
        super().__init__(None, loop)
        self._stream = stream      # None once the connection is finished
        self._protocol = protocol
        self._server = server
        self._paused = False
        self._conn_lost = 0        # writes attempted after the connection broke
        self._extra['socket'] = TransportSocket(stream)
        try:
            self._extra['sockname'] = stream.getsockname()
            self._extra['peername'] = stream.getpeername()
        except OSError:
            pass
        stream.set_nodelay()
        stream.set_drain_callback(self._drained)
        if server is not None:
            server._active_count += 1
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        if self._stream is None:
            state = 'closed'
        else:
            state = 'closing' if self._closing else 'open'
        return f'<{type(self).__name__} {state}>'

    # -- reading --

    def _start_reading(self):
        if self._stream is not None and self.is_reading():
            self._stream.read_start(self._received)

    def _received(self, data):
        """libuv's read callback: bytes, b'' at EOF, or the error."""
        if self._stream is None:
            return
        if isinstance(data, BaseException):
            self._fatal_error(data, 'Fatal read error on socket transport')
        elif data:
            self._protocol.data_received(data)
        elif not self._protocol.eof_received():
            self.close()

    def is_reading(self):
        return not (self._paused or self._closing)

    def pause_reading(self):
        if self.is_reading():
            self._paused = True
            self._stream.read_stop()

    def resume_reading(self):
        if self._paused and not self._closing:
            self._paused = False
            self._stream.read_start(self._received)

    # -- writing --

    def get_write_buffer_size(self):
        return 0 if self._stream is None else self._stream.pending

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._eof_written:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost or self._stream is None:
            if self._conn_lost >= constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                logger.warning('socket.send() raised exception.')
            self._conn_lost += 1
            return
        try:
            self._stream.write(data)
        except OSError as exc:
            self._conn_lost += 1
            self._fatal_error(exc, _WRITE_FAILED)
        else:
            self._maybe_pause_protocol()

    def _drained(self, exc):
        """libuv's callback once every queued write went out (or one failed)."""
        if exc is not None:
            self._conn_lost += 1
            self._fatal_error(exc, _WRITE_FAILED)
            return
        self._maybe_resume_protocol()
        if self._stream is None:
            return
        if self._closing:
            self._finish(None)
        elif self._eof_written:
            self._stream.shutdown()

    def can_write_eof(self):
        return True

    def write_eof(self):
        if not (self._closing or self._eof_written):
            self._eof_written = True
            # with writes still queued, _drained() shuts down later
            if not self.get_write_buffer_size():
                self._stream.shutdown()

    # -- closing --

    def close(self):
        if self._closing:
            return
        self._closing = True
        if self._stream is not None:
            self._stream.read_stop()
            # with writes still queued, _drained() finishes later
            if not self.get_write_buffer_size():
                self._loop.call_soon(self._finish, None)

    def abort(self):
        self._closing = True
        if self._stream is not None:
            self._loop.call_soon(self._finish, None)

    def _fatal_error(self, exc, message):
        self._report_error(exc, message)
        self._closing = True
        if self._stream is not None:
            self._stream.read_stop()
            self._loop.call_soon(self._finish, exc)

    def _finish(self, exc):
        """Close the stream and tell the protocol; runs at most once."""
        stream, self._stream = self._stream, None
        if stream is None:
            return
        stream.close()
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._protocol = None
            server, self._server = self._server, None
            if server is not None:
                server._connection_finished()


class Server(events.AbstractServer):
    """A listening TCP server (what create_server() returns)."""

    def __init__(self, loop, protocol_factory):
        self._loop = loop
        self._listeners = []      # UvStreams; None once closed
        self._protocol_factory = protocol_factory
        self._active_count = 0    # connections not finished yet
        self._closed_waiters = [] # wait_closed() futures; None once all is closed
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{type(self).__name__} sockets={self.sockets!r}>'

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        return tuple(map(TransportSocket, self._listeners or ()))

    def _accept(self, stream):
        """The listener's callback for each new connection."""
        if self._listeners is None:
            stream.close()
        else:
            _SelectorSocketTransport(self._loop, stream, self._protocol_factory(), server=self)

    def _connection_finished(self):
        self._active_count -= 1
        if self._listeners is None:
            self._wake_if_idle()

    def _wake_if_idle(self):
        # wait_closed() returns once the server is closed and no connection is left
        if self._active_count:
            return
        waiters, self._closed_waiters = self._closed_waiters, None
        for waiter in waiters or ():
            if not waiter.done():
                waiter.set_result(None)

    def close(self):
        listeners, self._listeners = self._listeners, None
        if listeners is None:
            return
        for listener in listeners:
            listener.close()
        self._serving = False
        forever = self._serving_forever_fut
        if forever is not None and not forever.done():
            forever.cancel()
            self._serving_forever_fut = None
        self._wake_if_idle()

    def _start_serving(self):
        if self._listeners is not None:
            self._serving = True

    async def start_serving(self):
        self._start_serving()

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._listeners is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        cancelled = False
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            # cancelling serve_forever() is how a server is stopped
            cancelled = True
            raise
        finally:
            if cancelled:
                self.close()
                await self.wait_closed()
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._closed_waiters is not None:
            waiter = self._loop.create_future()
            self._closed_waiters.append(waiter)
            await waiter


async def create_connection(loop, protocol_factory, start_connecting):
    """start_connecting(callback) begins the connection (TCP or Unix socket)."""
    connected = loop.create_future()

    def on_connect(outcome):
        """libuv's callback: a UvStream or the OSError."""
        if connected.cancelled():
            if not isinstance(outcome, BaseException):
                outcome.close()
        elif isinstance(outcome, BaseException):
            connected.set_exception(outcome)
        else:
            connected.set_result(outcome)

    start_connecting(on_connect)
    stream = await connected
    protocol = protocol_factory()
    ready = loop.create_future()
    transport = _SelectorSocketTransport(loop, stream, protocol, ready)
    try:
        await ready
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def create_server(loop, protocol_factory, listen, start_serving=True):
    """listen(accept) returns the listening UvStreams that call accept(stream)."""
    server = Server(loop, protocol_factory)
    try:
        server._listeners.extend(listen(server._accept))
    except BaseException:
        server.close()
        raise
    if start_serving:
        server._start_serving()
    return server
