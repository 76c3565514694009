"""Reading and writing gzip files (RFC 1952) on top of zlib: open(),
GzipFile, compress() and decompress()."""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

READ, WRITE = 1, 2

_MAGIC = b"\x1f\x8b"
_DEFLATED = 8
# header flag bits
_FTEXT, _FHCRC, _FEXTRA, _FNAME, _FCOMMENT = 1, 2, 4, 8, 16
_OS_UNKNOWN = 255
_READ_CHUNK = 64 * 1024
_COMPRESS_LEVEL_FAST, _COMPRESS_LEVEL_BEST = 1, 9
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """The data is not a valid gzip stream."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary ("rb", "wb", "ab", "xb") or text
    ("rt", "wt", "at", "xt") mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % name)
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary, io.text_encoding(encoding), errors, newline)
    return binary


def _header(compresslevel, mtime, fname=b""):
    if compresslevel == _COMPRESS_LEVEL_BEST:
        extra_flags = 2
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        extra_flags = 4
    else:
        extra_flags = 0
    flags = _FNAME if fname else 0
    head = _MAGIC + struct.pack("<BBIBB", _DEFLATED, flags, int(mtime) & 0xFFFFFFFF, extra_flags, _OS_UNKNOWN)
    return head + (fname + b"\x00" if fname else b"")


class _Input:
    """The compressed stream with push-back, so the bytes zlib did not use
    (trailer, next member) can be read again."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.pending = b""

    def read(self, size):
        if not self.pending:
            return self.fileobj.read(size)
        data, self.pending = self.pending[:size], self.pending[size:]
        if len(data) < size:
            data += self.fileobj.read(size - len(data))
        return data

    def read_exact(self, size):
        data = self.read(size)
        while len(data) < size:
            more = self.read(size - len(data))
            if not more:
                raise EOFError(_TRUNCATED)
            data += more
        return data

    def unread(self, data):
        self.pending = data + self.pending

    def rewind(self):
        self.pending = b""
        self.fileobj.seek(0)


def _read_header(src):
    """Consumes one member header; returns its mtime, or None at a clean end
    of the stream."""
    magic = src.read(2)
    if magic == b"":
        return None
    if magic != _MAGIC:
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flags, mtime = struct.unpack("<BBIxx", src.read_exact(8))
    if method != _DEFLATED:
        raise BadGzipFile("Unknown compression method")
    if flags & _FEXTRA:
        (extra_len,) = struct.unpack("<H", src.read_exact(2))
        src.read_exact(extra_len)
    for flag in (_FNAME, _FCOMMENT):
        if flags & flag:
            while src.read_exact(1) != b"\x00":
                pass
    if flags & _FHCRC:
        src.read_exact(2)
    return mtime


class _Decoder:
    """Decompresses a sequence of gzip members read from an _Input."""

    def __init__(self, src, detailed_crc_message):
        self.src = src
        self.detailed_crc_message = detailed_crc_message
        self.zobj = None      # the current member's decompressor; None between members
        self.eof = False
        self.mtime = None

    def read(self, size):
        """Up to size (> 0) uncompressed bytes; b"" at the end."""
        while not self.eof:
            if self.zobj is None:
                self._skip_padding()
                mtime = _read_header(self.src)
                if mtime is None:
                    self.eof = True
                    break
                self.mtime = mtime
                self.zobj = zlib.decompressobj(-zlib.MAX_WBITS)
                self.crc = 0
                self.size = 0
            if self.zobj.unconsumed_tail:
                data = self.zobj.decompress(self.zobj.unconsumed_tail, size)
            else:
                chunk = self.src.read(_READ_CHUNK)
                if not chunk:
                    raise EOFError(_TRUNCATED)
                data = self.zobj.decompress(chunk, size)
            self.crc = zlib.crc32(data, self.crc)
            self.size += len(data)
            if self.zobj.eof:
                self.src.unread(self.zobj.unused_data)
                self.zobj = None
                self._check_trailer()
            if data:
                return data
        return b""

    def _check_trailer(self):
        crc, size = struct.unpack("<II", self.src.read_exact(8))
        if crc != self.crc:
            if self.detailed_crc_message:
                raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self.crc)))
            raise BadGzipFile("CRC check failed")
        if size != self.size & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")

    def _skip_padding(self):
        # members may be followed by zero bytes
        while True:
            byte = self.src.read(1)
            if byte != b"\x00":
                if byte:
                    self.src.unread(byte)
                return


_MODES = {"r": READ, "w": WRITE, "a": WRITE, "x": WRITE}


def _stream_name(filename, fileobj):
    """The name a GzipFile reports: filename, else the file object's own str/bytes name, else ''."""
    if filename is not None:
        return os.fspath(filename)
    name = getattr(fileobj, "name", "")
    return name if isinstance(name, (str, bytes)) else ""


class GzipFile(io.BufferedIOBase):
    """A file object reading or writing one gzip stream; mode "rb" (the
    default unless fileobj says otherwise), "wb", "ab" or "xb"."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode:
            if "t" in mode or "U" in mode:
                raise ValueError("Invalid mode: {!r}".format(mode))
            mode = mode if "b" in mode else mode + "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        self.fileobj = fileobj
        self.name = _stream_name(filename, fileobj)
        mode = mode or getattr(fileobj, "mode", "rb")
        self.mode = _MODES.get(mode[:1])
        if self.mode == READ:
            self._decoder = _Decoder(_Input(fileobj), True)
            self._buffer = b""
            self._offset = 0
        elif self.mode == WRITE:
            self._size = self._crc = self._offset = 0
            self._compressor = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                                zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            fileobj.write(self._member_header(compresslevel))
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

    def _member_header(self, compresslevel):
        name = self.name
        if isinstance(name, bytes):
            name = name.decode()
        name = os.path.basename(name)
        if name.endswith(".gz"):
            name = name[:-3]
        try:
            fname = name.encode("latin-1")
        except UnicodeEncodeError:
            fname = b""
        mtime = time.time() if self._write_mtime is None else self._write_mtime
        return _header(compresslevel, mtime, fname)

    @property
    def mtime(self):
        """The modification time of the last member read (None before)."""
        return self._decoder.mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return "<gzip " + s[1:-1] + " " + hex(id(self)) + ">"

    def _check_mode(self, wanted, action):
        self._check_not_closed()
        if self.mode != wanted:
            import errno
            kind = "read-only" if self.mode == READ else "write-only"
            raise OSError(errno.EBADF, "%s() on %s GzipFile object" % (action, kind))

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self.fileobj is None

    # -- writing

    def write(self, data):
        self._check_mode(WRITE, "write")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length:
            self.fileobj.write(self._compressor.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
            self._offset += length
        return length

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compressor.flush(zlib_mode))
            self.fileobj.flush()

    # -- reading

    def _fill(self, size):
        """Tops up the read buffer to at least size bytes (less at the end)."""
        while len(self._buffer) < size:
            data = self._decoder.read(max(size - len(self._buffer), _READ_CHUNK))
            if not data:
                break
            self._buffer += data

    def _take(self, size):
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        self._offset += len(data)
        return data

    def read(self, size=-1):
        self._check_mode(READ, "read")
        if size is None or size < 0:
            chunks = [self._take(len(self._buffer))]
            while True:
                data = self._decoder.read(_READ_CHUNK)
                if not data:
                    break
                self._offset += len(data)
                chunks.append(data)
            return b"".join(chunks)
        self._fill(size)
        return self._take(size)

    def read1(self, size=-1):
        self._check_mode(READ, "read")
        if not self._buffer:
            self._fill(1)
        return self._take(len(self._buffer) if size is None or size < 0 else size)

    def readinto(self, b):
        with memoryview(b) as view:
            data = self.read(len(view.cast("B")))
            view.cast("B")[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        with memoryview(b) as view:
            data = self.read1(len(view.cast("B")))
            view.cast("B")[:len(data)] = data
        return len(data)

    def peek(self, n):
        self._check_mode(READ, "peek")
        self._fill(max(n, 1))
        return self._buffer

    def readline(self, size=-1):
        self._check_not_closed()
        limit = size if size is not None and size >= 0 else None
        while True:
            end = self._buffer.find(b"\n")
            if end >= 0 or (limit is not None and len(self._buffer) >= limit):
                break
            before = len(self._buffer)
            self._fill(before + _READ_CHUNK)
            if len(self._buffer) == before:
                break
        end = len(self._buffer) if end < 0 else end + 1
        if limit is not None:
            end = min(end, limit)
        return self._take(end)

    def rewind(self):
        """Go back to the start of the uncompressed data."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._decoder.src.rewind()
        mtime = self._decoder.mtime
        self._decoder = _Decoder(self._decoder.src, True)
        self._decoder.mtime = mtime
        self._buffer = b""
        self._offset = 0

    # -- positioning

    def seekable(self):
        return True

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def tell(self):
        self._check_not_closed()
        return self._offset

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_not_closed()
        if self.mode == WRITE:
            if whence != io.SEEK_SET:
                if whence != io.SEEK_CUR:
                    raise ValueError("Seek from end not supported")
                offset = self._offset + offset
            if offset < self._offset:
                raise OSError("Negative seek in write mode")
            zeros = offset - self._offset
            for _ in range(zeros // 1024):
                self.write(b"\0" * 1024)
            self.write(b"\0" * (zeros % 1024))
            return self._offset
        if whence == io.SEEK_CUR:
            offset += self._offset
        elif whence == io.SEEK_END:
            self.read()
            offset += self._offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self._offset:
            self.rewind()
        while self._offset < offset:
            if not self.read(min(_READ_CHUNK, offset - self._offset)):
                break
        return self._offset

    def fileno(self):
        return self.fileobj.fileno()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                fileobj.write(self._compressor.flush())
                fileobj.write(struct.pack("<II", self._crc, self._size & 0xFFFFFFFF))
        finally:
            self.fileobj = None
            owned, self.myfileobj = self.myfileobj, None
            if owned is not None:
                owned.close()


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """data as one complete gzip member (bytes)."""
    if mtime is None:
        mtime = time.time()
    if mtime == 0:
        # zlib writes the whole member itself (its header names the OS)
        return zlib.compress(data, compresslevel, wbits=16 + zlib.MAX_WBITS)
    body = zlib.compress(data, compresslevel, wbits=-zlib.MAX_WBITS)
    size = len(data) if isinstance(data, (bytes, bytearray)) else memoryview(data).nbytes
    trailer = struct.pack("<II", zlib.crc32(data), size & 0xFFFFFFFF)
    return _header(compresslevel, mtime) + body + trailer


def decompress(data):
    """Decompress gzip data (every member, concatenated) and return bytes."""
    decoder = _Decoder(_Input(io.BytesIO(data)), False)
    chunks = []
    while True:
        chunk = decoder.read(1 << 30)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
