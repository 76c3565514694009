"""The transport interfaces, and the pieces Ay's concrete transports
(pipes, TCP) share."""

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
           'DatagramTransport', 'SubprocessTransport')


def _declare(cls, *names):
    """Give the interface class cls methods that concrete transports override."""
    for name in names:
        def method(self, *args, **kwargs):
            raise NotImplementedError
        method.__name__ = name
        method.__qualname__ = f'{cls.__name__}.{name}'
        setattr(cls, name, method)
    return cls


class BaseTransport:
    """What every transport offers: extra info, closing, its protocol."""

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)


class ReadTransport(BaseTransport):
    """The receiving side of a stream."""


class WriteTransport(BaseTransport):
    """The sending side of a stream."""

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))


class Transport(ReadTransport, WriteTransport):
    """A bidirectional stream transport (TCP, Unix sockets, pipes)."""


class DatagramTransport(BaseTransport):
    """Sends and receives datagrams."""


class SubprocessTransport(BaseTransport):
    """A child process and its pipes."""


_declare(BaseTransport, 'is_closing', 'close', 'set_protocol', 'get_protocol')
_declare(ReadTransport, 'is_reading', 'pause_reading', 'resume_reading')
_declare(WriteTransport, 'set_write_buffer_limits', 'get_write_buffer_size',
         'get_write_buffer_limits', 'write', 'write_eof', 'can_write_eof', 'abort')
_declare(DatagramTransport, 'sendto', 'abort')
_declare(SubprocessTransport, 'get_pid', 'get_returncode', 'get_pipe_transport',
         'send_signal', 'terminate', 'kill')


class _ProtocolHolder:
    """State and helpers of Ay's concrete transports: the protocol, the
    closing flag, and how fatal errors are reported."""

    _closing = False

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def _report_error(self, exc, message):
        # OSErrors are the connection's business (connection_lost gets them);
        # anything else is a bug worth the loop's exception handler
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc,
                'transport': self, 'protocol': self._protocol,
            })


_DEFAULT_HIGH_WATER = 64 * 1024


class _FlowControlMixin(_ProtocolHolder, Transport):
    """Write flow control: the protocol's pause_writing() once the buffer
    passes the high-water mark, resume_writing() when it drains to the low one."""

    def __init__(self, extra=None, loop=None):
        super().__init__(extra)
        self._loop = loop
        self._protocol_paused = False
        self._set_write_buffer_limits()

    def _tell_protocol(self, method_name):
        try:
            getattr(self._protocol, method_name)()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'protocol.{method_name}() failed', 'exception': exc,
                'transport': self, 'protocol': self._protocol,
            })

    def _maybe_pause_protocol(self):
        if not self._protocol_paused and self.get_write_buffer_size() > self._high_water:
            self._protocol_paused = True
            self._tell_protocol('pause_writing')

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self.get_write_buffer_size() <= self._low_water:
            self._protocol_paused = False
            self._tell_protocol('resume_writing')

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def _set_write_buffer_limits(self, high=None, low=None):
        # one given mark implies the other: low is a quarter of high
        if high is None:
            high = _DEFAULT_HIGH_WATER if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water, self._low_water = high, low

    def set_write_buffer_limits(self, high=None, low=None):
        self._set_write_buffer_limits(high=high, low=low)
        self._maybe_pause_protocol()
