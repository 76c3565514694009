"""JSONDecoder and JSONDecodeError (the parser itself is _json.decode)."""

import _json

__all__ = ["JSONDecoder", "JSONDecodeError"]


class JSONDecodeError(ValueError):
    """A JSON document that does not parse: msg says what is wrong, at index pos
    of doc (also given as lineno and colno, counted from 1)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, lineno, colno

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


_json._set_error(JSONDecodeError)

scanstring = _json.scanstring


def _past_whitespace(s, i):
    while i < len(s) and s[i] in " \t\n\r":
        i += 1
    return i


class JSONDecoder:
    """Reads JSON text (plus NaN, Infinity and -Infinity). The hooks replace how
    objects (object_hook on the dict, object_pairs_hook on the list of pairs),
    numbers and the three constants become Python values; strict=False allows
    control characters inside strings."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict

    def decode(self, s, _w=None):
        """The value of the JSON document s; only whitespace may surround it."""
        value, end = self.raw_decode(s, _past_whitespace(s, 0))
        end = _past_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        """(value, index after it) of the JSON document that starts at s[idx]."""
        try:
            return _json.decode(s, idx, strict=self.strict, object_hook=self.object_hook,
                                object_pairs_hook=self.object_pairs_hook, parse_float=self.parse_float,
                                parse_int=self.parse_int, parse_constant=self.parse_constant)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
