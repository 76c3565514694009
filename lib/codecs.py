"""Codec registry and helpers: lookup(), encode()/decode(), incremental
coders, stream readers/writers and codecs.open(). The text codecs
themselves are the VM's (str.encode / bytes.decode)."""

import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE",
           "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
           "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors", "register_error",
           "lookup_error"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_UTF16_LE if sys.byteorder == "little" else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if sys.byteorder == "little" else BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo:
    """What lookup() returns: the codec's functions and classes by name; also
    the 4-sequence (encode, decode, streamreader, streamwriter)."""

    _is_text_encoding = True

    def __init__(self, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                 incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self.name = name
        self.encode, self.decode = encode, decode
        self.streamreader, self.streamwriter = streamreader, streamwriter
        self.incrementalencoder, self.incrementaldecoder = incrementalencoder, incrementaldecoder
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding

    def _as_tuple(self):
        return (self.encode, self.decode, self.streamreader, self.streamwriter)

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        cls = type(self)
        return "<%s.%s object for encoding %s at %#x>" % (cls.__module__, cls.__qualname__, self.name, id(self))


class Codec:
    """A stateless codec: encode/decode return (output, length consumed)."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


def _stateless(self, state=None):
    """reset()/setstate() of a coder that keeps no state between calls."""


class IncrementalEncoder:
    """Encodes text handed over in pieces; subclasses define encode()."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def getstate(self):
        return 0

    reset = setstate = _stateless


class IncrementalDecoder:
    """Decodes bytes handed over in pieces; subclasses define decode()."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def getstate(self):
        return (b"", 0)

    reset = setstate = _stateless


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that holds back input its _buffer_decode() did
    not consume (an incomplete character) until the next call."""

    def __init__(self, errors="strict"):
        super().__init__(errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        text, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return text

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]

    def reset(self):
        self.buffer = b""


# {==== the codecs

# canonical name of each text codec (CodecInfo.name) by normalized alias
_TEXT_CODECS = {
    "utf_8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
    "utf_8_sig": "utf-8-sig", "ascii": "ascii", "us_ascii": "ascii", "646": "ascii",
    "latin_1": "iso8859-1", "latin1": "iso8859-1", "latin": "iso8859-1", "iso8859_1": "iso8859-1",
    "iso_8859_1": "iso8859-1", "l1": "iso8859-1", "8859": "iso8859-1", "cp819": "iso8859-1",
    "cp1252": "cp1252", "windows_1252": "cp1252",
    "utf_16": "utf-16", "utf16": "utf-16", "u16": "utf-16", "utf_16_le": "utf-16-le", "utf_16le": "utf-16-le",
    "utf_16_be": "utf-16-be", "utf_16be": "utf-16-be", "utf_32": "utf-32", "utf32": "utf-32", "u32": "utf-32",
    "utf_32_le": "utf-32-le", "utf_32le": "utf-32-le", "utf_32_be": "utf-32-be", "utf_32be": "utf-32-be",
    "unicode_escape": "unicode-escape", "raw_unicode_escape": "raw-unicode-escape",
}


def _normalize(encoding):
    return "_".join(encoding.lower().replace("-", " ").replace("_", " ").split())


def _text_codec(name):
    def encode(input, errors="strict"):
        return input.encode(name, errors), len(input)

    def decode(input, errors="strict", final=True):
        data = bytes(input)
        try:
            return data.decode(name, errors), len(data)
        except UnicodeDecodeError as err:
            # an incomplete character at the end waits for more input
            if final or err.end != len(data) or err.reason not in ("unexpected end of data", "truncated data"):
                raise
            return data[:err.start].decode(name, errors), err.start

    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class _Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode(input, errors, final)

    class _Writer(StreamWriter):
        pass

    class _Reader(StreamReader):
        pass

    _Writer.encode = staticmethod(encode)
    _Reader.decode = staticmethod(lambda input, errors="strict": decode(input, errors, False))
    return CodecInfo(encode, lambda input, errors="strict": decode(input, errors), _Reader, _Writer, _Encoder,
                     _Decoder, name=name)


def _binary_codec(name, encode_bytes, decode_bytes):
    def encode(input, errors="strict"):
        return encode_bytes(bytes(input)), len(input)

    def decode(input, errors="strict"):
        return decode_bytes(bytes(input)), len(input)

    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode_bytes(bytes(input))

    class _Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode_bytes(bytes(input))

    return CodecInfo(encode, decode, None, None, _Encoder, _Decoder, name=name, _is_text_encoding=False)


def _rot13(text):
    return text.translate(_ROT13)


_ROT13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                       "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")


def _special_codec(norm):
    import binascii
    if norm in ("hex", "hex_codec"):
        return _binary_codec("hex", binascii.b2a_hex, binascii.a2b_hex)
    if norm in ("base64", "base_64", "base64_codec"):
        return _binary_codec("base64", lambda b: binascii.b2a_base64(b), binascii.a2b_base64)
    if norm in ("zlib", "zip", "zlib_codec"):
        import zlib
        return _binary_codec("zlib", zlib.compress, zlib.decompress)
    if norm in ("rot13", "rot_13"):
        return CodecInfo(lambda s, errors="strict": (_rot13(s), len(s)),
                         lambda s, errors="strict": (_rot13(s), len(s)), name="rot-13", _is_text_encoding=False)
    return None


_search_functions = []
_cache = {}


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    norm = _normalize(encoding)
    if norm in _cache:
        return _cache[norm]
    info = None
    for search in _search_functions:
        info = search(norm)
        if info is not None:
            break
    if info is None:
        if norm in _TEXT_CODECS:
            info = _text_codec(_TEXT_CODECS[norm])
        else:
            info = _special_codec(norm)
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[norm] = info
    return info


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes obj using the codec registered for encoding."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes obj using the codec registered for encoding."""
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def _coded_pieces(code, pieces, end):
    for piece in pieces:
        yield code(piece)
    yield code(end, True)


def iterencode(iterator, encoding, errors="strict", **kwargs):
    """Encode an iterable of strings piece by piece, yielding the non-empty results."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    yield from filter(None, _coded_pieces(encoder.encode, iterator, ""))


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    """Decode an iterable of bytes piece by piece, yielding the non-empty results."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    yield from filter(None, _coded_pieces(decoder.decode, iterator, b""))



# }====
# {==== streams


class _OverStream:
    """What the codec streams share: attributes they lack come from the
    wrapped stream, and leaving a with block closes it."""

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def __getattr__(self, name):
        if name == "stream":  # not set yet: don't recurse
            raise AttributeError(name)
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()


class StreamWriter(Codec, _OverStream):
    """Writes text to a binary stream through the codec's encode()."""

    def write(self, object):
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass  # no state kept between writes


class StreamReader(Codec, _OverStream):
    """Reads text from a binary stream through the codec's decode(); bytes of
    an incomplete character wait in bytebuffer, decoded text not yet
    returned in charbuffer."""

    def __init__(self, stream, errors="strict"):
        super().__init__(stream, errors)
        self.reset()

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def _decode_more(self, data):
        pending = self.bytebuffer + data
        text, used = self.decode(pending, self.errors)
        self.bytebuffer = pending[used:]
        self.charbuffer += text

    def read(self, size=-1, chars=-1, firstline=False):
        self._decode_more(self.stream.read() if size < 0 else self.stream.read(size))
        cut = len(self.charbuffer) if chars < 0 else chars
        text, self.charbuffer = self.charbuffer[:cut], self.charbuffer[cut:]
        return text

    def readline(self, size=None, keepends=True):
        while "\n" not in self.charbuffer:
            data = self.stream.read(72)
            if not data:
                break
            self._decode_more(data)
        cut = self.charbuffer.find("\n") + 1 or len(self.charbuffer)
        line, self.charbuffer = self.charbuffer[:cut], self.charbuffer[cut:]
        return line if keepends else line.rstrip("\r\n")

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration


class StreamReaderWriter(_OverStream):
    """One stream read through a codec's StreamReader and written through its StreamWriter."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)

    # StreamRecoder turns the text read into bytes and the bytes written into text here.
    def _outgoing(self, text):
        return text

    def _incoming(self, data):
        return data

    def read(self, size=-1):
        return self._outgoing(self.reader.read(size))

    def readline(self, size=None):
        return self._outgoing(self.reader.readline(size))

    def readlines(self, sizehint=None):
        return self._outgoing(self.reader.read()).splitlines(keepends=True)

    def __iter__(self):
        return self

    def __next__(self):
        return self._outgoing(next(self.reader))

    def write(self, data):
        return self.writer.write(self._incoming(data))

    def writelines(self, list):
        return self.writer.writelines(list)


class StreamRecoder(StreamReaderWriter):
    """Bytes in one encoding on the caller's side, another in the stream:
    encode/decode convert the caller's side, Reader/Writer the stream's."""

    data_encoding = "unknown"
    file_encoding = "unknown"

    def __init__(self, stream, encode, decode, Reader, Writer, errors="strict"):
        super().__init__(stream, Reader, Writer, errors)
        self.encode = encode
        self.decode = decode

    def _outgoing(self, text):
        return self.encode(text, self.errors)[0]

    def _incoming(self, data):
        return self.decode(data, self.errors)[0]

    def writelines(self, list):
        return self.write(b"".join(list))


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Open a file; with an encoding, in binary mode wrapped to read and write text through that codec."""
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    file = builtins.open(filename, mode if "b" in mode else mode + "b", buffering)
    try:
        info = lookup(encoding)
    except BaseException:
        file.close()
        raise
    wrapped = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    wrapped.encoding = encoding
    return wrapped


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    """Wrap a binary file holding file_encoding so that callers read and write data_encoding bytes."""
    if file_encoding is None:
        file_encoding = data_encoding
    caller_side, file_side = lookup(data_encoding), lookup(file_encoding)
    recoder = StreamRecoder(file, caller_side.encode, caller_side.decode, file_side.streamreader,
                            file_side.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder


# }====
# {==== error handlers


def strict_errors(exc):
    raise exc


def _backslashed(char):
    code = ord(char)
    return "\\x%02x" % code if code < 0x100 else "\\u%04x" % code if code < 0x10000 else "\\U%08x" % code


def _char_name(char):
    try:
        import unicodedata
        return "\\N{%s}" % unicodedata.name(char)
    except (ImportError, ValueError):  # no name known: escape it instead
        return _backslashed(char)


_ANY_UNICODE_ERROR = (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)


def _error_handler(name, handles, replacement):
    """A handler for the errors in `handles`: replaces the bad span by replacement(exc, span)."""
    def handler(exc):
        if not isinstance(exc, handles):
            raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
        return replacement(exc, exc.object[exc.start:exc.end]), exc.end
    handler.__name__ = handler.__qualname__ = name
    return handler


ignore_errors = _error_handler("ignore_errors", _ANY_UNICODE_ERROR, lambda exc, span: "")
replace_errors = _error_handler(
    "replace_errors", _ANY_UNICODE_ERROR,
    lambda exc, span: "\ufffd" if isinstance(exc, UnicodeDecodeError) else "?" * len(span))
backslashreplace_errors = _error_handler(
    "backslashreplace_errors", _ANY_UNICODE_ERROR,
    lambda exc, span: "".join("\\x%02x" % byte for byte in span) if isinstance(exc, UnicodeDecodeError)
    else "".join(map(_backslashed, span)))
xmlcharrefreplace_errors = _error_handler("xmlcharrefreplace_errors", UnicodeEncodeError,
                                          lambda exc, span: "".join("&#%d;" % ord(c) for c in span))
namereplace_errors = _error_handler("namereplace_errors", UnicodeEncodeError,
                                    lambda exc, span: "".join(map(_char_name, span)))

_error_handlers = {"strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors,
                   "backslashreplace": backslashreplace_errors, "xmlcharrefreplace": xmlcharrefreplace_errors,
                   "namereplace": namereplace_errors}


def register_error(name, error_handler):
    """Register the specified error handler under the name errors."""
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = error_handler


def lookup_error(name):
    """Return the error handler for the specified error handling name."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None
