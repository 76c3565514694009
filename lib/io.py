"""The io module: in-memory streams (StringIO, BytesIO), open(), the stream
class hierarchy, and TextIOWrapper for text over any binary stream."""

import _io
from _io import (StringIO, BytesIO, UnsupportedOperation, DEFAULT_BUFFER_SIZE, SEEK_SET,
                 SEEK_CUR, SEEK_END, open)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET",
           "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

class _IOMeta(type):
    # isinstance/issubclass also accept the native stream types registered
    # with a class or with one of its io subclasses (as abc.ABCMeta.register).
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls in getattr(sub, "__mro__", ()):
            return True
        return any(issubclass(sub, native) for native in _registered_under(cls))

    def register(cls, subclass):
        _registry.setdefault(cls, []).append(subclass)
        return subclass


_registry = {}


def _registered_under(cls):
    out = []
    for klass, natives in _registry.items():
        if cls in klass.__mro__:
            out += natives
    return out


class IOBase(metaclass=_IOMeta):
    """The root of the stream classes: closing, context management, iteration by lines."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    __closed = False

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def readline(self, size=-1):
        # byte by byte: a generic stream has no way to push back what it read past the newline
        limit = -1 if size is None else size
        line = bytearray()
        while len(line) != limit and not line.endswith(b"\n"):
            byte = self.read(1)
            if not byte:
                break
            line += byte
        return bytes(line)

    def readlines(self, hint=None):
        """All remaining lines; with a positive hint, stop once more than hint bytes/chars are read."""
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        for line in self:
            lines.append(line)
            hint -= len(line)
            if hint < 0:
                break
        return lines

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration  # end of file

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary streams: subclasses supply readinto() and write()."""

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        space = bytearray(size)
        count = self.readinto(space)
        return None if count is None else bytes(space[:count])

    def readall(self):
        chunks = []
        while chunk := self.read(DEFAULT_BUFFER_SIZE):
            chunks.append(chunk)
        return b"".join(chunks)

    # subclasses provide these two
    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Base class for buffered binary streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text streams."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    # a text stream that doesn't know them says None
    encoding = newlines = errors = property(lambda self: None)


class FileIO(RawIOBase):
    """Raw file I/O on a file descriptor."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        import os
        self._closefd = closefd
        if isinstance(file, int):
            self._fd = file
            self.name = file
        else:
            flags = {"r": os.O_RDONLY, "w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
                     "a": os.O_WRONLY | os.O_CREAT | os.O_APPEND,
                     "x": os.O_WRONLY | os.O_CREAT | os.O_EXCL}[mode.replace("b", "").replace("+", "")[:1]]
            if "+" in mode:
                flags = (flags & ~os.O_WRONLY) | os.O_RDWR
            self._fd = opener(file, flags) if opener else os.open(file, flags, 0o666)
            self.name = file
        self.mode = mode if "b" in mode else mode + "b"

    def readinto(self, b):
        import os
        data = os.read(self._fd, len(b))
        b[:len(data)] = data
        return len(data)

    def read(self, size=-1):
        import os
        if size is None or size < 0:
            return self.readall()
        return os.read(self._fd, size)

    def write(self, b):
        import os
        return os.write(self._fd, b)

    def seek(self, pos, whence=0):
        import os
        return os.lseek(self._fd, pos, whence)

    def tell(self):
        return self.seek(0, 1)

    def fileno(self):
        return self._fd

    def readable(self):
        return "r" in self.mode or "+" in self.mode

    def writable(self):
        return "r" not in self.mode or "+" in self.mode

    def seekable(self):
        return True

    def close(self):
        if not self.closed:
            super().close()
            if self._closefd:
                import os
                os.close(self._fd)


def _delegate(attribute, name):
    """A method that calls the same-named method of self.<attribute>."""
    def method(self, *args):
        return getattr(getattr(self, attribute), name)(*args)
    method.__name__ = name
    return method


class _BufferedStream(BufferedIOBase):
    """BufferedReader/Writer/Random: a thin, unbuffered layer over a raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw

    closed = property(lambda self: self.raw.closed)
    name = property(lambda self: self.raw.name)

    def flush(self):
        pass  # nothing is held back

    def detach(self):
        raw, self.raw = self.raw, None
        return raw


for _name in ("read", "write", "seek", "tell", "truncate", "readable", "writable", "seekable", "fileno", "close"):
    setattr(_BufferedStream, _name, _delegate("raw", _name))
del _name


class BufferedReader(_BufferedStream):
    pass


class BufferedWriter(_BufferedStream):
    pass


class BufferedRandom(_BufferedStream):
    pass


class BufferedRWPair(BufferedIOBase):
    """Reads come from one stream and writes go to another."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = reader
        self.writer = writer

    read = _delegate("reader", "read")
    readable = _delegate("reader", "readable")
    write = _delegate("writer", "write")
    writable = _delegate("writer", "writable")
    flush = _delegate("writer", "flush")
    closed = property(lambda self: self.writer.closed)

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


def text_encoding(encoding, stacklevel=2):
    """The encoding to use when the caller gave `encoding` (None: the locale's)."""
    return "locale" if encoding is None else encoding


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n across chunk boundaries (universal newlines)."""

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._carry = ""
        self._seen = 0  # bit set of the line endings met so far: 1 \n, 2 \r, 4 \r\n

    def decode(self, input, final=False):
        text = input if self.decoder is None else self.decoder.decode(input, final=final)
        # a trailing \r waits for the next chunk: it may be the first half of \r\n
        text, self._carry = self._carry + text, ""
        if text.endswith("\r") and not final:
            text, self._carry = text[:-1], "\r"
        crlf = text.count("\r\n")
        for bit, present in ((1, text.count("\n") > crlf), (2, text.count("\r") > crlf), (4, crlf > 0)):
            if present:
                self._seen |= bit
        if self.translate:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def reset(self):
        self._carry = ""
        self._seen = 0
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self._seen]


class TextIOWrapper(TextIOBase):
    """Character and line based layer over a binary stream."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("illegal newline type: %r" % (type(newline),))
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._buffer = buffer
        self._encoding = "utf-8" if encoding is None or encoding == "locale" else encoding
        self._errors = "strict" if errors is None else errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._pending = b""      # undecoded bytes (an incomplete character)
        self._decoded = ""       # decoded text not yet returned
        self._eof = False
        self._decoder = IncrementalNewlineDecoder(None, translate=newline is None)

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)
    newlines = property(lambda self: self._decoder.newlines)

    closed = property(lambda self: self._buffer.closed)
    name = property(lambda self: self._buffer.name)

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append(" name=%r" % (self.name,))
        except AttributeError:
            pass
        try:
            parts.append(" mode=%r" % (self.mode,))
        except AttributeError:
            pass
        return "".join(parts) + " encoding=%r>" % self._encoding

    fileno = _delegate("_buffer", "fileno")
    isatty = _delegate("_buffer", "isatty")
    readable = _delegate("_buffer", "readable")
    writable = _delegate("_buffer", "writable")
    seekable = _delegate("_buffer", "seekable")

    def write(self, s):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        length = len(s)
        text = s
        if self._newline not in (None, "", "\n") and "\n" in text:
            text = text.replace("\n", self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ("\n" in s or "\r" in s) or self._write_through:
            self.flush()
        self._decoded = ""
        return length

    def flush(self):
        self._buffer.flush()

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self.flush()
        buffer, self._buffer = self._buffer, None
        return buffer

    def _read_chunk(self, size):
        # Decodes up to `size` more bytes into self._decoded; False at EOF.
        if self._eof:
            return False
        data = self._buffer.read(size) if size >= 0 else self._buffer.read()
        if not data:
            self._eof = True
            text = self._pending.decode(self._encoding, self._errors)
            self._pending = b""
            self._decoded += self._decoder.decode(text, final=True)
            return bool(text)
        data = self._pending + data
        # keep an incomplete UTF-8 sequence at the end for the next chunk
        cut = len(data)
        if self._encoding.replace("-", "").replace("_", "").lower() in ("utf8", "utf"):
            i = len(data) - 1
            while i >= 0 and i >= len(data) - 4 and data[i] & 0xC0 == 0x80:
                i -= 1
            if i >= 0 and data[i] >= 0xC0:
                need = 2 if data[i] < 0xE0 else 3 if data[i] < 0xF0 else 4
                if len(data) - i < need:
                    cut = i
        self._pending = data[cut:]
        self._decoded += self._decoder.decode(data[:cut].decode(self._encoding, self._errors))
        return True

    def read(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if size is None or size < 0:
            while self._read_chunk(-1):
                pass
            text, self._decoded = self._decoded, ""
            return text
        while len(self._decoded) < size and self._read_chunk(DEFAULT_BUFFER_SIZE):
            pass
        text, self._decoded = self._decoded[:size], self._decoded[size:]
        return text

    def _line_end(self, text):
        # index just past the first line ending in text, or -1
        if self._newline is None or self._newline == "\n":
            i = text.find("\n")
            return -1 if i < 0 else i + 1
        if self._newline == "":
            for i, c in enumerate(text):
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == "\n" else i + 1
                    return -1 if not self._eof else i + 1
            return -1
        i = text.find(self._newline)
        return -1 if i < 0 else i + len(self._newline)

    def readline(self, size=-1):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if size is None:
            size = -1
        while True:
            end = self._line_end(self._decoded)
            if end >= 0 or (0 <= size <= len(self._decoded)):
                break
            if not self._read_chunk(DEFAULT_BUFFER_SIZE):
                end = len(self._decoded)
                break
        if end < 0:
            end = len(self._decoded)
        if 0 <= size < end:
            end = size
        line, self._decoded = self._decoded[:end], self._decoded[end:]
        return line

    def seek(self, cookie, whence=0):
        self.flush()
        self._decoded = ""
        self._pending = b""
        self._eof = False
        return self._buffer.seek(cookie, whence)

    def tell(self):
        return self._buffer.tell() - len(self._decoded.encode(self._encoding)) - len(self._pending)

    def truncate(self, pos=None):
        self.flush()
        return self._buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        if encoding is not None:
            self._encoding = encoding
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._newline = newline
            self._decoder = IncrementalNewlineDecoder(None, translate=newline is None)
        if line_buffering is not None:
            self._line_buffering = line_buffering
        if write_through is not None:
            self._write_through = write_through


TextIOBase.register(StringIO)
BufferedIOBase.register(BytesIO)
TextIOWrapper.register(_io.TextIOWrapper)
BufferedReader.register(_io.BufferedReader)
BufferedWriter.register(_io.BufferedWriter)
BufferedRandom.register(_io.BufferedRandom)
FileIO.register(_io.FileIO)


def open_code(path):
    """Opens the provided file with the intent to import the contents."""
    return open(path, "rb")
