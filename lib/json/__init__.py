"""JSON: dumps()/dump() turn Python data into JSON text, loads()/load() read it
back. The work is done by the C module _json."""

__version__ = "2.0.9"
__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()
_DEFAULT_OPTIONS = dict(skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, indent=None,
                        separators=None, default=None, sort_keys=False)


def _encoder(cls, options):
    # the shared encoder serves every call that asks for nothing special
    if cls is None and options == _DEFAULT_OPTIONS:
        return _default_encoder
    return (cls or JSONEncoder)(**options)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Write obj as JSON text to the file-like fp (options as for dumps())."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw)
    for chunk in _encoder(cls, options).iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """obj as JSON text. The options are JSONEncoder's; cls picks another encoder class."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw)
    return _encoder(cls, options).encode(obj)


_BOMS = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\xfe\xff", "utf-16"),
         (b"\xff\xfe", "utf-16"), (b"\xef\xbb\xbf", "utf-8-sig"))


def detect_encoding(b):
    """Which UTF encodes the JSON bytes b: told by a BOM, or else by where the
    zero bytes fall among the first characters (which JSON makes ASCII)."""
    for bom, encoding in _BOMS:
        if b.startswith(bom):
            return encoding
    zero = [byte == 0 for byte in b[:4]]
    if len(b) >= 4:
        if zero[0]:
            return "utf-32-be" if zero[1] else "utf-16-be"
        if zero[1]:
            return "utf-32-le" if zero[2] and zero[3] else "utf-16-le"
    elif len(b) == 2:
        if zero[0]:
            return "utf-16-be"
        if zero[1]:
            return "utf-16-le"
    return "utf-8"


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    """The data of the JSON document read from the file-like fp (options as for loads())."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """The data of the JSON document s (str, or bytes in any UTF). The hooks are
    JSONDecoder's; cls picks another decoder class."""
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), "surrogatepass")
    else:
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {type(s).__name__}")
    hooks = {name: hook for name, hook in (("object_hook", object_hook), ("object_pairs_hook", object_pairs_hook),
                                           ("parse_float", parse_float), ("parse_int", parse_int),
                                           ("parse_constant", parse_constant)) if hook is not None}
    if cls is None and not hooks and not kw:
        return _default_decoder.decode(s)
    return (cls or JSONDecoder)(**kw, **hooks).decode(s)
