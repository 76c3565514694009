"""asyncio.create_subprocess_exec / create_subprocess_shell and Process:
a child's pipes seen as StreamReaders and a StreamWriter."""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

from . import events
from . import futures
from . import protocols
from . import streams
from . import tasks
from .base_subprocess import PIPE, STDOUT, DEVNULL

_STREAM_NAMES = ('stdin', 'stdout', 'stderr')   # by fd


class SubprocessStreamProtocol(streams.FlowControlMixin, protocols.SubprocessProtocol):
    """Puts stream objects on the child's pipes; closes the transport once
    the child exited and its output pipes are done."""

    def __init__(self, limit, loop):
        super().__init__(loop=loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = None
        self._transport = None
        self._process_exited = False
        self._open_outputs = []   # fds of output pipes not closed yet
        self._stdin_closed = self._loop.create_future()

    def __repr__(self):
        parts = [type(self).__name__]
        parts += [f'{name}={getattr(self, name)!r}' for name in _STREAM_NAMES
                  if getattr(self, name) is not None]
        return '<' + ' '.join(parts) + '>'

    def connection_made(self, transport):
        self._transport = transport
        for fd in (1, 2):
            pipe = transport.get_pipe_transport(fd)
            if pipe is None:
                continue
            reader = streams.StreamReader(limit=self._limit, loop=self._loop)
            reader.set_transport(pipe)
            setattr(self, _STREAM_NAMES[fd], reader)
            self._open_outputs.append(fd)
        stdin_pipe = transport.get_pipe_transport(0)
        if stdin_pipe is not None:
            self.stdin = streams.StreamWriter(stdin_pipe, protocol=self, reader=None, loop=self._loop)

    def _reader(self, fd):
        return getattr(self, _STREAM_NAMES[fd]) if fd in (1, 2) else None

    def pipe_data_received(self, fd, data):
        reader = self._reader(fd)
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            self._stdin_lost(exc)
            return
        reader = self._reader(fd)
        if reader is not None:
            streams._end_input(reader, exc)
        if fd in self._open_outputs:
            self._open_outputs.remove(fd)
        self._close_when_finished()

    def _get_close_waiter(self, stream):
        if stream is self.stdin:
            return self._stdin_closed

    def _stdin_lost(self, exc):
        if self.stdin is not None:
            self.stdin.close()
        self.connection_lost(exc)   # wakes drain() calls on stdin
        futures._settle(self._stdin_closed, exc)
        if exc is not None:
            # wait_closed() may never be called: don't report it unretrieved
            self._stdin_closed.exception()

    def process_exited(self):
        self._process_exited = True
        self._close_when_finished()

    def _close_when_finished(self):
        if self._process_exited and not self._open_outputs:
            transport, self._transport = self._transport, None
            transport.close()



class Process:
    """A running child: pid, returncode and its stdin/stdout/stderr streams."""

    def __init__(self, transport, protocol, loop):
        self._transport = transport
        self._protocol = protocol
        self._loop = loop
        self.pid = transport.get_pid()
        for name in _STREAM_NAMES:
            setattr(self, name, getattr(protocol, name))

    def __repr__(self):
        return f'<{type(self).__name__} {self.pid}>'

    @property
    def returncode(self):
        return self._transport.get_returncode()

    async def wait(self):
        """Wait for the child to exit; its return code."""
        return await self._transport._wait()

    async def _write_then_close_stdin(self, data):
        try:
            if data is not None:
                self.stdin.write(data)
                await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the child stopped reading; communicate() does not mind
        self.stdin.close()

    async def _read_to_end(self, fd):
        data = await getattr(self, _STREAM_NAMES[fd]).read()
        self._transport.get_pipe_transport(fd).close()
        return data

    async def communicate(self, input=None):
        """Send input, read stdout and stderr to EOF, wait for the exit;
        (stdout data, stderr data), None for streams that are not pipes."""
        async def nothing():
            return None
        _, out, err = await tasks.gather(
            nothing() if self.stdin is None else self._write_then_close_stdin(input),
            nothing() if self.stdout is None else self._read_to_end(1),
            nothing() if self.stderr is None else self._read_to_end(2))
        await self.wait()
        return (out, err)


streams._forward_to_transport(Process, 'send_signal', 'terminate', 'kill')


def _stream_protocol_factory(limit, loop):
    return lambda: SubprocessStreamProtocol(limit=limit, loop=loop)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=streams._DEFAULT_LIMIT, **kwds):
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_shell(
        _stream_protocol_factory(limit, loop), cmd,
        stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=streams._DEFAULT_LIMIT, **kwds):
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_exec(
        _stream_protocol_factory(limit, loop), program, *args,
        stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)
