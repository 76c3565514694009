"""The subprocess transport: a child started by libuv (loop._spawn) with a
pipe transport for each stream given as PIPE. The class keeps CPython's name,
as it shows in reprs."""

import os

try:
    from signal import SIGKILL, SIGTERM
except ImportError:  # no signal module yet: the Linux numbers
    SIGKILL, SIGTERM = 9, 15

from . import futures
from . import protocols
from . import transports
from ._pipes import _UnixReadPipeTransport, _UnixWritePipeTransport
from .log import logger

PIPE = -1
STDOUT = -2
DEVNULL = -3


def _child_stdio(specs):
    """Turn the stdin/stdout/stderr arguments into the child's three fds
    (None: inherit ours). Returns them, the parent's ends of the pipes made
    for PIPE ({stream index: fd}), and the fds to close once the child runs."""
    child = [None, None, None]
    parent_ends = {}
    close_after_spawn = []
    devnull = None
    try:
        for index, spec in enumerate(specs):
            if spec is None:
                continue
            if spec == PIPE:
                read_end, write_end = os.pipe()
                # the child reads its stdin and writes the others
                mine, theirs = (write_end, read_end) if index == 0 else (read_end, write_end)
                parent_ends[index] = mine
                child[index] = theirs
                close_after_spawn.append(theirs)
            elif spec == DEVNULL:
                if devnull is None:
                    devnull = os.open(os.devnull, os.O_RDWR)
                    close_after_spawn.append(devnull)
                child[index] = devnull
            elif spec == STDOUT and index == 2:
                child[2] = 1 if child[1] is None else child[1]
            else:
                child[index] = spec if isinstance(spec, int) else spec.fileno()
    except BaseException:
        for fd in close_after_spawn + list(parent_ends.values()):
            os.close(fd)
        raise
    return child, parent_ends, close_after_spawn


class _ChildPipe(protocols.Protocol):
    """The protocol of one pipe to the child: passes everything on to the
    subprocess transport."""

    def __init__(self, owner, fd):
        self._owner = owner
        self.fd = fd
        self.pipe = None
        self.disconnected = False

    def connection_made(self, transport):
        self.pipe = transport

    def data_received(self, data):
        self._owner._pipe_data_received(self.fd, data)

    def connection_lost(self, exc):
        self.disconnected = True
        owner, self._owner = self._owner, None
        owner._pipe_connection_lost(self.fd, exc)

    def pause_writing(self):
        self._owner._protocol.pause_writing()

    def resume_writing(self):
        self._owner._protocol.resume_writing()


class _UnixSubprocessTransport(transports.SubprocessTransport):

    def __init__(self, loop, protocol, args, stdin, stdout, stderr, cwd=None, env=None, waiter=None):
        super().__init__(None)
        self._loop = loop
        self._protocol = protocol
        self._closed = False
        self._returncode = None
        self._exit_waiters = []        # _wait() futures; None once reported
        self._held_calls = []          # protocol calls made before connection_made; then None
        self._pipes = {}               # stream index -> _ChildPipe (None until connected)
        self._connection_lost_sent = False
        child, parent_ends, close_after_spawn = _child_stdio((stdin, stdout, stderr))
        env_list = None if env is None else [f'{k}={v}' for k, v in env.items()]
        try:
            self._pid = loop._spawn(list(args), cwd, env_list, *child, self._process_exited)
        except BaseException:
            for fd in parent_ends.values():
                os.close(fd)
            raise
        finally:
            for fd in close_after_spawn:
                os.close(fd)
        self._pipes = dict.fromkeys(parent_ends)
        self._extra['subprocess'] = self
        loop.create_task(self._connect_pipes(parent_ends, waiter))

    def __repr__(self):
        parts = [type(self).__name__]
        if self._closed:
            parts.append('closed')
        parts.append(f'pid={self._pid}')
        parts.append('running' if self._returncode is None else f'returncode={self._returncode}')
        return '<' + ' '.join(parts) + '>'

    async def _connect_pipes(self, parent_ends, waiter):
        """Wrap our pipe ends in transports, then tell the protocol (and
        release any calls that arrived meanwhile)."""
        failure = None
        try:
            for index in sorted(parent_ends):
                relay = _ChildPipe(self, index)
                kind = _UnixWritePipeTransport if index == 0 else _UnixReadPipeTransport
                connected = self._loop.create_future()
                kind(self._loop, parent_ends[index], relay, connected)
                await connected
                self._pipes[index] = relay
            self._loop.call_soon(self._protocol.connection_made, self)
            held, self._held_calls = self._held_calls, None
            for callback, args in held:
                self._loop.call_soon(callback, *args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            failure = exc
        if waiter is not None:
            futures._settle(waiter, failure)

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        relay = self._pipes.get(fd)
        return None if relay is None else relay.pipe

    def is_closing(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True
        for relay in self._pipes.values():
            if relay is not None and relay.pipe is not None:
                relay.pipe.close()
        if self._returncode is None:
            # as in CPython: closing the transport of a running child kills it
            try:
                os.kill(self._pid, SIGKILL)
            except ProcessLookupError:
                pass

    def send_signal(self, signal):
        if self._returncode is not None:
            raise ProcessLookupError()
        os.kill(self._pid, signal)

    def terminate(self):
        self.send_signal(SIGTERM)

    def kill(self):
        self.send_signal(SIGKILL)

    def _to_protocol(self, callback, *args):
        if self._held_calls is None:
            self._loop.call_soon(callback, *args)
        else:
            self._held_calls.append((callback, args))

    def _pipe_data_received(self, fd, data):
        self._to_protocol(self._protocol.pipe_data_received, fd, data)

    def _pipe_connection_lost(self, fd, exc):
        self._to_protocol(self._protocol.pipe_connection_lost, fd, exc)
        self._finish_if_done()

    def _process_exited(self, returncode):
        """The loop's callback when the child exits."""
        if self._loop.get_debug():
            logger.info('%r exited with return code %r', self, returncode)
        self._returncode = returncode
        self._to_protocol(self._protocol.process_exited)
        self._finish_if_done()

    def _finish_if_done(self):
        # connection_lost() once the child exited and every pipe is closed
        if self._returncode is None or self._connection_lost_sent:
            return
        if all(relay is not None and relay.disconnected for relay in self._pipes.values()):
            self._connection_lost_sent = True
            self._to_protocol(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            waiters, self._exit_waiters = self._exit_waiters, None
            for waiter in waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
            self._protocol = None

    async def _wait(self):
        """The return code; while the child runs, wait until the transport finishes."""
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter
