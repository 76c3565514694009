"""High-level byte streams: a StreamReader buffer filled by a protocol, a
StreamWriter in front of the transport, and the TCP helpers that pair them."""

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol',
           'open_connection', 'start_server', 'open_unix_connection', 'start_unix_server')

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import protocols
from .log import logger
from .tasks import sleep

_DEFAULT_LIMIT = 64 * 1024


def _loop_or_current(loop):
    return events.get_event_loop() if loop is None else loop


def _end_input(reader, exc):
    """Tell reader its source is gone: EOF, or exc when it broke."""
    if exc is None:
        reader.feed_eof()
    else:
        reader.set_exception(exc)


class FlowControlMixin(protocols.Protocol):
    """Protocol side of write flow control: drain() blocks while the
    transport has asked us to pause writing. Subclasses provide
    _get_close_waiter(stream), the future StreamWriter.wait_closed() awaits."""

    def __init__(self, loop=None):
        self._loop = _loop_or_current(loop)
        self._paused = False
        self._connection_lost = False
        self._drain_waiters = []

    def pause_writing(self):
        self._paused = True
        if self._loop.get_debug():
            logger.debug("%r pauses writing", self)

    def resume_writing(self):
        self._paused = False
        if self._loop.get_debug():
            logger.debug("%r resumes writing", self)
        for waiter in self._drain_waiters:
            futures._settle(waiter, None)

    def connection_lost(self, exc):
        self._connection_lost = True
        # only a paused writer can have drain() calls blocked
        if self._paused:
            for waiter in self._drain_waiters:
                futures._settle(waiter, exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if self._paused:
            waiter = self._loop.create_future()
            self._drain_waiters.append(waiter)
            try:
                await waiter
            finally:
                self._drain_waiters.remove(waiter)


class StreamReaderProtocol(FlowControlMixin):
    """Passes what a connection receives to a StreamReader; on the server side
    it also builds the StreamWriter and runs the client callback."""

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        self._client_connected_cb = client_connected_cb
        self._stream_writer = None
        self._transport = None
        self._task = None
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is None:
            return
        self._stream_writer = StreamWriter(transport, self, reader, self._loop)
        outcome = self._client_connected_cb(reader, self._stream_writer)
        if coroutines.iscoroutine(outcome):
            self._task = self._loop.create_task(outcome)
            self._task.add_done_callback(
                lambda task: self._client_task_done(task, transport))

    def _client_task_done(self, task, transport):
        if not task.cancelled():
            error = task.exception()
            if error is None:
                return
            self._loop.call_exception_handler({
                'message': 'Unhandled exception in client_connected_cb',
                'exception': error,
                'transport': transport,
            })
        transport.close()

    def data_received(self, data):
        if self._stream_reader is not None:
            self._stream_reader.feed_data(data)

    def eof_received(self):
        if self._stream_reader is not None:
            self._stream_reader.feed_eof()
        # no TLS layer here, so the write half may stay open
        return True

    def connection_lost(self, exc):
        if self._stream_reader is not None:
            _end_input(self._stream_reader, exc)
        if not self._closed.done():
            futures._settle(self._closed, exc)
            if exc is not None:
                # wait_closed() may never be called: don't report the error as unretrieved
                self._closed.exception()
        super().connection_lost(exc)
        self._stream_reader = self._stream_writer = None
        self._transport = self._task = None

    def _get_close_waiter(self, stream):
        return self._closed


def _forward_to_transport(cls, *names):
    """Give cls methods that just call the same-named method of self._transport."""
    def forwarder(name):
        def method(self, *args, **kwargs):
            return getattr(self._transport, name)(*args, **kwargs)
        method.__name__ = name
        method.__qualname__ = f'{cls.__name__}.{name}'
        return method
    for name in names:
        setattr(cls, name, forwarder(name))


class StreamWriter:
    """The writing end of a connection; drain() applies flow control."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        text = f'<{type(self).__name__} transport={self._transport!r}'
        if self._reader is not None:
            text += f' reader={self._reader!r}'
        return text + '>'

    @property
    def transport(self):
        return self._transport

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    async def drain(self):
        """Return once the transport's write buffer has room again."""
        failure = None if self._reader is None else self._reader.exception()
        if failure is not None:
            raise failure
        if self._transport.is_closing():
            # give the loop a turn so connection_lost() can run first
            await sleep(0)
        await self._protocol._drain_helper()


_forward_to_transport(StreamWriter, 'write', 'writelines', 'write_eof', 'can_write_eof',
                      'close', 'is_closing', 'get_extra_info')


class StreamReader:
    """Bytes received so far, with coroutines that wait for more."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = _loop_or_current(loop)
        self._buffer = bytearray()
        self._eof = False
        self._exception = None
        self._waiter = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        details = [
            (self._buffer, f'{len(self._buffer)} bytes'),
            (self._eof, 'eof'),
            (self._limit != _DEFAULT_LIMIT, f'limit={self._limit}'),
            (self._waiter, f'waiter={self._waiter!r}'),
            (self._exception, f'exception={self._exception!r}'),
            (self._transport, f'transport={self._transport!r}'),
            (self._paused, 'paused'),
        ]
        return '<StreamReader' + ''.join(' ' + text for shown, text in details if shown) + '>'

    # -- the producer side (the protocol) --

    def set_transport(self, transport):
        self._transport = transport

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake(exc)

    def feed_eof(self):
        self._eof = True
        self._wake(None)

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        self._buffer += data
        self._wake(None)
        # stop reading from the socket while the buffer is well over the limit
        if (self._transport is None or self._paused
                or len(self._buffer) <= 2 * self._limit):
            return
        try:
            self._transport.pause_reading()
        except NotImplementedError:
            self._transport = None
        else:
            self._paused = True

    def _wake(self, exc):
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.cancelled():
            futures._settle(waiter, exc)

    # -- the consumer side --

    async def _wait_for_data(self, caller):
        if self._waiter is not None:
            raise RuntimeError(f'{caller}() called while another coroutine '
                               'is already waiting for incoming data')
        if self._paused:
            self._resume_transport()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    def _resume_transport(self):
        self._paused = False
        self._transport.resume_reading()

    def _take(self, size):
        """Remove and return the first size bytes, letting reading resume."""
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        if self._paused and len(self._buffer) <= self._limit:
            self._resume_transport()
        return data

    def _take_rest_at_eof(self):
        data = bytes(self._buffer)
        self._buffer.clear()
        return data

    def _raise_pending_error(self):
        if self._exception is not None:
            raise self._exception

    async def read(self, n=-1):
        """Up to n bytes as soon as any are there; n < 0 reads to EOF."""
        self._raise_pending_error()
        if n == 0:
            return b''
        if n < 0:
            # in limit-sized pieces, so a paused transport is resumed as we go
            pieces = []
            while piece := await self.read(self._limit):
                pieces.append(piece)
            return b''.join(pieces)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        return self._take(n)

    async def readexactly(self, n):
        """Exactly n bytes; IncompleteReadError when EOF comes first."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        self._raise_pending_error()
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                raise exceptions.IncompleteReadError(self._take_rest_at_eof(), n)
            await self._wait_for_data('readexactly')
        return self._take(n)

    async def readuntil(self, separator=b'\n'):
        """Everything up to and including separator."""
        if len(separator) == 0:
            raise ValueError('Separator should be at least one-byte string')
        self._raise_pending_error()
        # bytes before `start` were searched already and cannot begin a match
        start = 0
        while (found := self._buffer.find(separator, start)) < 0:
            start = max(start, len(self._buffer) - len(separator) + 1)
            if start > self._limit:
                raise exceptions.LimitOverrunError(
                    'Separator is not found, and chunk exceed the limit', start)
            if self._eof:
                raise exceptions.IncompleteReadError(self._take_rest_at_eof(), None)
            await self._wait_for_data('readuntil')
        if found > self._limit:
            raise exceptions.LimitOverrunError(
                'Separator is found, but chunk is longer than limit', found)
        return self._take(found + len(separator))

    async def readline(self):
        """One line including b'\\n'; at EOF, whatever is left (maybe b'')."""
        try:
            return await self.readuntil(b'\n')
        except exceptions.IncompleteReadError as partial_line:
            return partial_line.partial
        except exceptions.LimitOverrunError as overrun:
            # drop the oversized line (with its newline when it was found)
            end = overrun.consumed
            self._take(end + 1 if self._buffer.startswith(b'\n', end) else len(self._buffer))
            raise ValueError(overrun.args[0])

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line


async def _open(create, limit):
    loop = events.get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await create(loop, lambda: protocol)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def _serve(create, client_connected_cb, limit):
    loop = events.get_running_loop()

    def make_protocol():
        return StreamReaderProtocol(StreamReader(limit=limit, loop=loop),
                                    client_connected_cb, loop=loop)

    return await create(loop, make_protocol)


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connect over TCP and return a (StreamReader, StreamWriter) pair."""
    return await _open(lambda loop, factory: loop.create_connection(factory, host, port, **kwds), limit)


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Serve TCP, calling client_connected_cb(reader, writer) per connection."""
    return await _serve(lambda loop, factory: loop.create_server(factory, host, port, **kwds),
                        client_connected_cb, limit)


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connect to a Unix-domain socket and return a (StreamReader, StreamWriter) pair."""
    return await _open(lambda loop, factory: loop.create_unix_connection(factory, path, **kwds), limit)


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Serve a Unix-domain socket, calling client_connected_cb(reader, writer) per connection."""
    return await _serve(lambda loop, factory: loop.create_unix_server(factory, path, **kwds),
                        client_connected_cb, limit)
