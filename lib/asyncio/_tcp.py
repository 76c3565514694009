"""TCP transports and servers on the loop's libuv streams (_asyncio.UvStream)."""

from . import constants
from . import events
from . import exceptions
from . import futures
from . import transports
from .log import logger


class TransportSocket:
    """What transports and servers expose as their socket: addresses and the fd."""

    def __init__(self, stream):
        self._stream = stream

    def getsockname(self):
        return self._stream.getsockname()

    def getpeername(self):
        return self._stream.getpeername()

    def fileno(self):
        return self._stream.fileno()

    def __repr__(self):
        try:
            return f'<asyncio.TransportSocket fd={self.fileno()}, laddr={self.getsockname()}>'
        except OSError:
            return '<asyncio.TransportSocket [closed]>'


class TCPTransport(transports._FlowControlMixin, transports.Transport):

    def __init__(self, loop, stream, protocol, waiter=None, server=None):
        super().__init__(None, loop)
        self._stream = stream
        self._protocol = protocol
        self._server = server
        self._closing = False
        self._paused = False
        self._eof = False
        self._conn_lost = 0
        self._extra['socket'] = TransportSocket(stream)
        try:
            self._extra['sockname'] = stream.getsockname()
            self._extra['peername'] = stream.getpeername()
        except OSError:
            pass
        stream.set_nodelay()
        stream.set_drain_callback(self._drained)
        if server is not None:
            server._attach()
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        state = 'closed' if self._stream is None else ('closing' if self._closing else 'open')
        return f'<{type(self).__name__} {state}>'

    def _start_reading(self):
        if not self._closing and not self._paused and self._stream is not None:
            self._stream.read_start(self._data)

    def _data(self, data):
        if self._stream is None:
            return
        if isinstance(data, BaseException):
            self._fatal_error(data, 'Fatal read error on socket transport')
            return
        if data:
            self._protocol.data_received(data)
            return
        self._eof = True
        keep_open = self._protocol.eof_received()
        if not keep_open:
            self.close()

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        self._stream.read_stop()

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._stream.read_start(self._data)

    def get_write_buffer_size(self):
        return self._stream.pending if self._stream is not None else 0

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
            self._fatal_error(exc, 'Fatal write error on socket transport')
            return
        self._maybe_pause_protocol()

    _eof_written = False

    def _drained(self, exc):
        if exc is not None:
            self._conn_lost += 1
            self._fatal_error(exc, 'Fatal write error on socket transport')
            return
        self._maybe_resume_protocol()
        if self._closing and self._stream is not None:
            self._finish(None)
        elif self._eof_written and self._stream is not None:
            self._stream.shutdown()

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof_written:
            return
        self._eof_written = True
        if not self.get_write_buffer_size():
            self._stream.shutdown()

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        if self._stream is not None:
            self._stream.read_stop()
            if not self.get_write_buffer_size():
                self._loop.call_soon(self._finish, None)

    def abort(self):
        self._closing = True
        if self._stream is not None:
            self._loop.call_soon(self._finish, None)

    def _fatal_error(self, exc, message):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc, 'transport': self, 'protocol': self._protocol,
            })
        self._closing = True
        if self._stream is not None:
            self._stream.read_stop()
            self._loop.call_soon(self._finish, exc)

    def _finish(self, exc):
        stream, self._stream = self._stream, None
        if stream is None:
            return
        stream.close()
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._protocol = None
            if self._server is not None:
                self._server._detach()
                self._server = None


class Server(events.AbstractServer):
    """A listening TCP server (what create_server() returns)."""

    def __init__(self, loop, streams, protocol_factory, backlog):
        self._loop = loop
        self._streams = streams
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._active_count = 0
        self._waiters = []
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._streams is None:
            self._wakeup()

    def _wakeup(self):
        waiters, self._waiters = self._waiters, None
        for waiter in waiters or ():
            if not waiter.done():
                waiter.set_result(None)

    def _accept(self, stream):
        if self._streams is None:
            stream.close()
            return
        protocol = self._protocol_factory()
        TCPTransport(self._loop, stream, protocol, server=self)

    def _start_serving(self):
        if self._serving or self._streams is None:
            return
        self._serving = True

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._streams is None:
            return ()
        return tuple(TransportSocket(s) for s in self._streams)

    def close(self):
        streams = self._streams
        if streams is None:
            return
        self._streams = None
        for s in streams:
            s.close()
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._streams is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter


async def create_connection(loop, protocol_factory, host, port):
    fut = loop.create_future()

    def connected(result):
        if fut.cancelled():
            if not isinstance(result, BaseException):
                result.close()
            return
        if isinstance(result, BaseException):
            fut.set_exception(result)
        else:
            fut.set_result(result)

    loop._tcp_connect(host, port, connected)
    stream = await fut
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = TCPTransport(loop, stream, protocol, waiter)
    try:
        await waiter
    except:
        transport.close()
        raise
    return transport, protocol


async def create_server(loop, protocol_factory, host, port, backlog=100, start_serving=True):
    server = Server(loop, [], protocol_factory, backlog)
    hosts = host if isinstance(host, (list, tuple)) else [host]
    try:
        for h in hosts:
            server._streams.extend(loop._tcp_listen(h, port, backlog, server._accept))
    except BaseException:
        server.close()
        raise
    if start_serving:
        server._start_serving()
    return server
