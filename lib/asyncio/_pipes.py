"""Pipe transports (connect_read_pipe / connect_write_pipe, subprocess
pipes): non-blocking os.read/os.write driven by the loop's fd watchers.
The class names are CPython's, as they show in reprs and logs."""

import os

from . import constants
from . import futures
from . import transports
from .log import logger


class _Fd:
    """The file-like object a pipe transport needs, for a bare fd."""

    def __init__(self, fd):
        self._fd = fd

    def fileno(self):
        return self._fd

    def close(self):
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            os.close(fd)


class _PipeEnd(transports._ProtocolHolder):
    """Either end of a pipe: owns the fd and watches it for reading (data on
    a read end; on a write end, a sign the reader went away)."""

    def _open(self, loop, pipe, protocol, waiter):
        pipe = _Fd(pipe) if isinstance(pipe, int) else pipe
        self._extra['pipe'] = pipe
        self._loop = loop
        self._pipe = pipe
        self._fileno = pipe.fileno()
        self._protocol = protocol
        os.set_blocking(self._fileno, False)
        # the protocol hears connection_made() before any data, and both
        # happen before the opener's waiter completes
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(loop._add_reader, self._fileno, self._read_ready)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def _state(self):
        if self._pipe is None:
            return 'closed'
        return 'closing' if self._closing else 'open'

    def _fatal_error(self, exc, message='Fatal error on pipe transport'):
        self._report_error(exc, message)
        self._close(exc)

    def _close(self, exc):
        self._closing = True
        self._stop_watching()
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._pipe.close()
            self._pipe = self._protocol = self._loop = None


class _UnixReadPipeTransport(_PipeEnd, transports.ReadTransport):
    max_size = 256 * 1024

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._paused = False
        self._open(loop, pipe, protocol, waiter)

    def __repr__(self):
        return f'<{type(self).__name__} fd={self._fileno} {self._state()}>'

    def _read_ready(self):
        try:
            data = os.read(self._fileno, self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal_error(exc, 'Fatal read error on pipe transport')
            return
        if data:
            self._protocol.data_received(data)
        else:
            self._loop.call_soon(self._protocol.eof_received)
            self._close(None)

    def _stop_watching(self):
        self._loop._remove_reader(self._fileno)

    def is_reading(self):
        return not (self._paused or self._closing)

    def pause_reading(self):
        if self.is_reading():
            self._paused = True
            self._loop._remove_reader(self._fileno)

    def resume_reading(self):
        if self._paused and not self._closing:
            self._paused = False
            self._loop._add_reader(self._fileno, self._read_ready)

    def close(self):
        if not self._closing:
            self._close(None)


class _UnixWritePipeTransport(_PipeEnd, transports._FlowControlMixin):

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra, loop)
        self._buffer = bytearray()   # what the pipe has not taken yet
        self._conn_lost = 0          # writes attempted after the pipe broke
        self._open(loop, pipe, protocol, waiter)

    def __repr__(self):
        return f'<{type(self).__name__} fd={self._fileno} {self._state()} bufsize={len(self._buffer)}>'

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _read_ready(self):
        # the reader closed its end; unsent data is lost
        self._close(BrokenPipeError() if self._buffer else None)

    def _stop_watching(self):
        if self._buffer:
            self._loop._remove_writer(self._fileno)
            self._buffer.clear()
        self._loop._remove_reader(self._fileno)

    def _send(self, data):
        """Write what the pipe accepts now; None when the pipe failed."""
        try:
            return os.write(self._fileno, data)
        except (BlockingIOError, InterruptedError):
            return 0
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._conn_lost += 1
            self._fatal_error(exc, 'Fatal write error on pipe transport')
            return None

    def write(self, data):
        if not data:
            return
        if self._conn_lost or self._closing:
            if self._conn_lost >= constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                logger.warning('pipe closed by peer or os.write(pipe, data) raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            # nothing queued: try to write straight away
            sent = self._send(data)
            if sent is None or sent == len(data):
                return
            data = bytes(data)[sent:]
            self._loop._add_writer(self._fileno, self._write_ready)
        self._buffer += data
        self._maybe_pause_protocol()

    def _write_ready(self):
        sent = self._send(bytes(self._buffer))
        if not sent:
            return
        del self._buffer[:sent]
        if self._buffer:
            return
        self._loop._remove_writer(self._fileno)
        self._maybe_resume_protocol()
        if self._closing:
            # write_eof()/close() were waiting for the buffer to empty
            self._loop._remove_reader(self._fileno)
            self._call_connection_lost(None)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._loop._remove_reader(self._fileno)
            self._loop.call_soon(self._call_connection_lost, None)

    def close(self):
        if self._pipe is not None and not self._closing:
            self.write_eof()

    def abort(self):
        self._close(None)
