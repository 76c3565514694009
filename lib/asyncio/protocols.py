"""Protocol interfaces: the callbacks transports call."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:

    def connection_made(self, transport):
        """The connection is up; `transport` is its transport."""

    def connection_lost(self, exc):
        """The connection is gone (exc is None on a normal close)."""

    def pause_writing(self):
        """The transport's write buffer went over its high-water mark."""

    def resume_writing(self):
        """The transport's write buffer drained below its low-water mark."""


class Protocol(BaseProtocol):

    def data_received(self, data):
        """Some bytes arrived."""

    def eof_received(self):
        """The other end will send nothing more; return true to keep the transport open."""


class BufferedProtocol(BaseProtocol):

    def get_buffer(self, sizehint):
        """A writable buffer for the next read."""

    def buffer_updated(self, nbytes):
        """`nbytes` bytes were written into the buffer."""

    def eof_received(self):
        """The other end will send nothing more."""


class DatagramProtocol(BaseProtocol):

    def datagram_received(self, data, addr):
        """A datagram arrived."""

    def error_received(self, exc):
        """A send or receive failed (OSError)."""


class SubprocessProtocol(BaseProtocol):

    def pipe_data_received(self, fd, data):
        """The child wrote `data` to its stdout (fd 1) or stderr (fd 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes closed."""

    def process_exited(self):
        """The child exited."""
