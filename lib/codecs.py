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
    """Codec details when looking up the codec registry (also a 4-sequence:
    encode, decode, streamreader, streamwriter)."""

    _is_text_encoding = True

    def __init__(self, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                 incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
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
        return "<%s.%s object for encoding %s at %#x>" % (self.__class__.__module__, self.__class__.__qualname__,
                                                         self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes an input in multiple steps."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder(object):
    """Decodes an input in multiple steps."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps the undecodable end of the input (an incomplete character)
    for the next call."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


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


def iterencode(iterator, encoding, errors="strict", **kwargs):
    """Encoding iterator: encodes the strings of iterator incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    """Decoding iterator: decodes the bytes of iterator incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


# }====
# {==== streams


class StreamWriter(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        text, consumed = self.decode(self.bytebuffer + data, self.errors)
        self.bytebuffer = (self.bytebuffer + data)[consumed:]
        text = self.charbuffer + text
        if chars >= 0:
            self.charbuffer = text[chars:]
            return text[:chars]
        self.charbuffer = ""
        return text

    def readline(self, size=None, keepends=True):
        while "\n" not in self.charbuffer:
            data = self.stream.read(72)
            if not data:
                break
            text, consumed = self.decode(self.bytebuffer + data, self.errors)
            self.bytebuffer = (self.bytebuffer + data)[consumed:]
            self.charbuffer += text
        i = self.charbuffer.find("\n")
        end = len(self.charbuffer) if i < 0 else i + 1
        line, self.charbuffer = self.charbuffer[:end], self.charbuffer[end:]
        return line if keepends else line.rstrip("\r\n")

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """A stream that reads and writes through a codec."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder(StreamReaderWriter):
    pass


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Open an encoded file using the given mode and return a wrapped
    version providing transparent encoding/decoding."""
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    """Return a wrapped version of file which provides transparent encoding translation."""
    if file_encoding is None:
        file_encoding = data_encoding
    info = lookup(file_encoding)
    srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    srw.data_encoding = data_encoding
    srw.file_encoding = file_encoding
    return srw


# }====
# {==== error handlers


def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ("", exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return ("?" * (exc.end - exc.start), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        out = []
        for c in exc.object[exc.start:exc.end]:
            o = ord(c)
            out.append("\\x%02x" % o if o < 0x100 else "\\u%04x" % o if o < 0x10000 else "\\U%08x" % o)
        return ("".join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            try:
                out.append("\\N{%s}" % unicodedata.name(c))
            except (ValueError, ImportError):
                o = ord(c)
                out.append("\\x%02x" % o if o < 0x100 else "\\u%04x" % o if o < 0x10000 else "\\U%08x" % o)
        return ("".join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


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
