"""The subprocess transport: a child started by libuv (loop._spawn) with
pipe transports for the PIPE streams."""

import os

try:
    from signal import SIGKILL, SIGTERM
except ImportError:  # no signal module yet: the Linux numbers
    SIGKILL, SIGTERM = 9, 15

from . import protocols
from . import transports
from ._pipes import _UnixReadPipeTransport, _UnixWritePipeTransport
from .log import logger

PIPE = -1
STDOUT = -2
DEVNULL = -3


class _PipeProto(protocols.Protocol):
    """Connects one pipe of the child to the subprocess transport."""

    def __init__(self, proc, fd):
        self.proc = proc
        self.fd = fd
        self.pipe = None
        self.disconnected = False

    def connection_made(self, transport):
        self.pipe = transport

    def __repr__(self):
        return f'<{type(self).__name__} fd={self.fd} pipe={self.pipe!r}>'

    def connection_lost(self, exc):
        self.disconnected = True
        self.proc._pipe_connection_lost(self.fd, exc)
        self.proc = None

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()

    def data_received(self, data):
        self.proc._pipe_data_received(self.fd, data)


class SubprocessTransport(transports.SubprocessTransport):

    def __init__(self, loop, protocol, args, stdin, stdout, stderr, cwd=None, env=None, waiter=None):
        super().__init__(None)
        self._closed = False
        self._protocol = protocol
        self._loop = loop
        self._returncode = None
        self._exit_waiters = []
        self._pending_calls = []
        self._pipes = {}
        self._finished = False
        child_fds = []
        ours = {}
        devnull = None
        try:
            fds = [None, None, None]
            for i, spec in enumerate((stdin, stdout, stderr)):
                if spec is None:
                    continue
                if spec == PIPE:
                    r, w = os.pipe()
                    parent, child = (w, r) if i == 0 else (r, w)
                    ours[i] = parent
                    fds[i] = child
                    child_fds.append(child)
                elif spec == DEVNULL:
                    if devnull is None:
                        devnull = os.open(os.devnull, os.O_RDWR)
                        child_fds.append(devnull)
                    fds[i] = devnull
                elif spec == STDOUT and i == 2:
                    fds[2] = fds[1] if fds[1] is not None else 1
                elif isinstance(spec, int):
                    fds[i] = spec
                else:
                    fds[i] = spec.fileno()
            env_list = None if env is None else [f'{k}={v}' for k, v in env.items()]
            self._pid = loop._spawn(list(args), cwd, env_list, fds[0], fds[1], fds[2], self._process_exited)
        except:
            for fd in list(ours.values()):
                os.close(fd)
            raise
        finally:
            for fd in child_fds:
                os.close(fd)
        for i in ours:
            self._pipes[i] = None
        self._extra['subprocess'] = self
        loop.create_task(self._connect_pipes(ours, waiter))

    def __repr__(self):
        info = [type(self).__name__]
        if self._closed:
            info.append('closed')
        if self._pid is not None:
            info.append(f'pid={self._pid}')
        if self._returncode is not None:
            info.append(f'returncode={self._returncode}')
        else:
            info.append('running')
        return '<{}>'.format(' '.join(info))

    async def _connect_pipes(self, ours, waiter):
        try:
            loop = self._loop
            for fd in (0, 1, 2):
                if fd not in ours:
                    continue
                proto = _PipeProto(self, fd)
                make = _UnixWritePipeTransport if fd == 0 else _UnixReadPipeTransport
                fut = loop.create_future()
                make(loop, ours[fd], proto, fut)
                await fut
                self._pipes[fd] = proto
            loop.call_soon(self._protocol.connection_made, self)
            for callback, data in self._pending_calls:
                loop.call_soon(callback, *data)
            self._pending_calls = None
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if waiter is not None and not waiter.cancelled():
                waiter.set_exception(exc)
        else:
            if waiter is not None and not waiter.cancelled():
                waiter.set_result(None)

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        proto = self._pipes.get(fd)
        return None if proto is None else proto.pipe

    def is_closing(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True
        for proto in self._pipes.values():
            if proto is not None and proto.pipe is not None:
                proto.pipe.close()
        if self._returncode is None:
            # like CPython: closing the transport of a running child kills it
            try:
                os.kill(self._pid, SIGKILL)
            except ProcessLookupError:
                pass

    def _check_proc(self):
        if self._returncode is not None:
            raise ProcessLookupError()

    def send_signal(self, sig):
        self._check_proc()
        os.kill(self._pid, sig)

    def terminate(self):
        self.send_signal(SIGTERM)

    def kill(self):
        self.send_signal(SIGKILL)

    def _call(self, cb, *data):
        if self._pending_calls is not None:
            self._pending_calls.append((cb, data))
        else:
            self._loop.call_soon(cb, *data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _process_exited(self, returncode):
        if self._loop.get_debug():
            logger.info('%r exited with return code %r', self, returncode)
        self._returncode = returncode
        self._call(self._protocol.process_exited)
        self._try_finish()

    async def _wait(self):
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def _try_finish(self):
        if self._returncode is None or self._finished:
            return
        if all(p is not None and p.disconnected for p in self._pipes.values()):
            self._finished = True
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            for waiter in self._exit_waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
            self._exit_waiters = None
            self._protocol = None
