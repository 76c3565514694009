"""JSONEncoder (the encoding itself is _json.encode)."""

import _json

__all__ = ["JSONEncoder"]

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii
c_encode_basestring = encode_basestring
c_encode_basestring_ascii = encode_basestring_ascii
INFINITY = float("inf")


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict -> object, list/tuple -> array, str -> string, int/float -> number,
    True/False -> true/false, None -> null. Subclasses implement default()
    to serialize other objects."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for ``o``, or raise TypeError."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return _json.encode(o, indent=self.indent,
                            separators=(self.item_separator, self.key_separator),
                            sort_keys=self.sort_keys, skipkeys=self.skipkeys,
                            ensure_ascii=self.ensure_ascii, check_circular=self.check_circular,
                            allow_nan=self.allow_nan, default=self.default)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available (here: the whole text as one chunk)."""
        yield self.encode(o)
