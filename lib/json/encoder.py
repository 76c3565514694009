"""JSONEncoder (the encoding itself is _json.encode)."""

import _json

__all__ = ["JSONEncoder"]

encode_basestring = c_encode_basestring = _json.encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii = _json.encode_basestring_ascii
INFINITY = float("inf")


class JSONEncoder:
    """Writes Python data as JSON: dicts as objects, lists and tuples as arrays,
    str, int, float, True, False and None as themselves. For anything else
    default() is asked for a value it can write (override it, or pass default=)."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.__dict__.update(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                             allow_nan=allow_nan, sort_keys=sort_keys, indent=indent)
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","  # lines end after the commas: no trailing space
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

    def encode(self, o):
        """o as JSON text."""
        if isinstance(o, str):
            return (encode_basestring_ascii if self.ensure_ascii else encode_basestring)(o)
        return _json.encode(o, indent=self.indent, separators=(self.item_separator, self.key_separator),
                            sort_keys=self.sort_keys, skipkeys=self.skipkeys, ensure_ascii=self.ensure_ascii,
                            check_circular=self.check_circular, allow_nan=self.allow_nan, default=self.default)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o in pieces (here: one piece)."""
        yield self.encode(o)
