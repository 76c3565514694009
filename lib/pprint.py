"""Pretty-printing: pprint, pformat, pp, saferepr, isreadable, isrecursive
and the PrettyPrinter class behind them.  An object whose repr fits in the
remaining width is written as its repr; a known container that does not
fit is laid out over several lines, its items aligned."""

import collections as _collections
import re as _re
import sys as _sys
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    """Write the pretty representation of object to stream (sys.stdout by default)."""
    PrettyPrinter(indent, width, depth, stream, compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty representation of object, as a string."""
    return PrettyPrinter(indent, width, depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() keeping dictionaries in insertion order unless told otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _summary(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr() that marks recursive references instead of looping."""
    return _summary(object)[0]


def isreadable(object):
    """Whether the safe repr of object could be read back by eval()."""
    return _summary(object)[1]


def isrecursive(object):
    """Whether object contains a reference to itself."""
    return _summary(object)[2]


class _SortKey:
    """Orders any two values: by < when they support it, otherwise by type
    name and then identity, so that mixed sets and dicts still sort."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine, theirs = self.value, other.value
            return (str(type(mine)), id(mine)) < (str(type(theirs)), id(theirs))


def _by_key(pair):
    return _SortKey(pair[0])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _runs(pieces, width, last_width):
    """Reprs of consecutive runs of pieces, each as long as fits in width
    (last_width for the run holding the last piece); a piece too long alone
    is a run of its own."""
    runs = []
    current = pieces[0][:0]
    for index, piece in enumerate(pieces):
        candidate = current + piece
        limit = last_width if index == len(pieces) - 1 else width
        if current and len(repr(candidate)) > limit:
            runs.append(repr(current))
            current = piece
        else:
            current = candidate
    if current:
        runs.append(repr(current))
    return runs


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    """Formats objects within a line width.  Subclasses may override
    format(), which gives the one-line repr of an object."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent, width = int(indent), int(width)
        self._stream = _sys.stdout if stream is None else stream
        self._compact, self._sort_dicts, self._underscore_numbers = bool(compact), sort_dicts, underscore_numbers
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._indent_per_level, self._width, self._depth = indent, width, depth

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        parts = []
        self._format(object, _types.SimpleNamespace(write=parts.append), 0, 0, {}, 0)
        return "".join(parts)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) for object; context holds the ids of
        the containers being formatted, maxlevels the depth limit."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- one-line reprs

    def _repr(self, object, context, level):
        return self.format(object, context.copy(), self._depth, level)[0]

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _SCALARS:
            return repr(object), True, False
        own_repr = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and own_repr is int.__repr__:
            return (f"{object:_d}" if self._underscore_numbers else repr(object)), True, False
        is_dict = issubclass(kind, dict) and own_repr is dict.__repr__
        if is_dict:
            template = "{%s}"
        elif issubclass(kind, list) and own_repr is list.__repr__:
            template = "[%s]"
        elif issubclass(kind, tuple) and own_repr is tuple.__repr__:
            template = "(%s,)" if len(object) == 1 else "(%s)"
        else:
            text = repr(object)
            return text, (text and not text.startswith("<")), False
        if not object:
            return template % "", True, False
        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive, shown = True, False, []
        entries = self._dict_items(object) if is_dict else [(item,) for item in object]
        for entry in entries:
            texts = []
            for part in entry:      # a dict entry is a key and a value
                text, part_readable, part_recursive = self.format(part, context, maxlevels, level + 1)
                texts.append(text)
                readable = readable and part_readable
                recursive = recursive or part_recursive
            shown.append(": ".join(texts))
        del context[key]
        return template % ", ".join(shown), readable, recursive

    # -- multi-line layout
    #
    # Each layout method writes object starting at the current column, its
    # later lines indented by `indent`, and keeps `allowance` columns free at
    # the end of the last line for the brackets that close around it.

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            return
        text = self._repr(object, context, level)
        if len(text) <= self._width - indent - allowance:
            stream.write(text)
            return
        layout = self._layouts.get(type(object).__repr__)
        if layout is None and self._has_generated_repr(object):
            layout = PrettyPrinter._layout_dataclass
        if layout is None:
            stream.write(text)
            return
        context[key] = 1
        layout(self, object, stream, indent, allowance, context, level + 1)
        del context[key]

    @staticmethod
    def _has_generated_repr(object):
        # a dataclass whose __repr__ is the one @dataclass wrote: a recursion-guarded
        # function from the dataclasses module (or compiled there by __create_fn__)
        params = getattr(type(object), "__dataclass_params__", None)
        if params is None or isinstance(object, type) or not params.repr:
            return False
        wrapped = getattr(object.__repr__, "__wrapped__", None)
        if wrapped is None:
            return False
        return getattr(wrapped, "__module__", None) == "dataclasses" or \
            "__create_fn__" in getattr(wrapped, "__qualname__", "")

    def _pad_after_bracket(self, stream):
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))

    def _format_items(self, items, stream, indent, allowance, context, level):
        """Items one per line; compact puts as many short ones on a line as fit."""
        items = list(items)
        indent += self._indent_per_level
        self._pad_after_bracket(stream)
        newline = ",\n" + " " * indent
        # compact lines: `room` is what is left of the current line, `capacity`
        # a fresh line's room (+1: an item takes its length plus ", ")
        capacity = room = self._width - indent + 1
        continuing = False      # the last item was written inline, so ", " may follow it
        for index, item in enumerate(items):
            last = index == len(items) - 1
            if last:
                capacity -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                if len(text) + 2 > room:
                    room, continuing = capacity, False
                if len(text) + 2 <= room:
                    room -= len(text) + 2
                    stream.write((", " if continuing else newline if index else "") + text)
                    continuing = True
                    continue
            stream.write(newline if index else "")
            continuing = False
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _format_pairs(self, pairs, stream, indent, allowance, context, level, joiner, elide_cycles=False):
        """name<joiner>value pairs one per line, each value aligned after its name."""
        pairs = list(pairs)
        for index, (name, value) in enumerate(pairs):
            last = index == len(pairs) - 1
            stream.write(name + joiner)
            if elide_cycles and id(value) in context:
                stream.write("...")     # an attribute holding its own namespace
            else:
                self._format(value, stream, indent + len(name) + len(joiner), allowance if last else 1,
                             context, level)
            if not last:
                stream.write(",\n" + " " * indent)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        pairs = [(self._repr(key, context, level), value) for key, value in items]
        self._format_pairs(pairs, stream, indent + self._indent_per_level, allowance, context, level, ": ")

    def _called(self, name, stream, indent, body, *args):
        """name(...) around a body laid out by body(stream, indent, *args)."""
        stream.write(name + "(")
        body(stream, indent + len(name) + 1, *args)
        stream.write(")")

    def _dict_items(self, mapping):
        return sorted(mapping.items(), key=_by_key) if self._sort_dicts else mapping.items()

    def _layout_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        self._pad_after_bracket(stream)
        if object:
            self._format_dict_items(self._dict_items(object), stream, indent, allowance + 1, context, level)
        stream.write("}")

    def _layout_sequence(self, object, stream, indent, allowance, context, level):
        opening, closing = "[", "]"
        if isinstance(object, tuple):
            opening, closing = "(", ",)" if len(object) == 1 else ")"
        stream.write(opening)
        self._format_items(object, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    def _layout_set(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        opening, closing = "{", "}"
        if type(object) is not set:
            name = type(object).__name__
            opening, closing = name + "({", "})"
            indent += len(name) + 1
        stream.write(opening)
        self._format_items(sorted(object, key=_SortKey), stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    def _layout_str(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        outermost = level == 1      # the whole output: parenthesize, so it stays one expression
        if outermost:
            indent += 1
            allowance += 1
        width = self._width - indent
        lines = object.splitlines(True)
        chunks = []
        for number, line in enumerate(lines, 1):
            limit = width - allowance if number == len(lines) else width
            if len(repr(line)) <= limit:
                chunks.append(repr(line))
            else:
                # break after whitespace: words with the spaces that follow them
                words = _re.findall(r"\S*\s*", line)[:-1]
                chunks += _runs(words, width, limit)
        if len(chunks) == 1:
            stream.write(chunks[0])
            return
        text = ("\n" + " " * indent).join(chunks)
        stream.write("(" + text + ")" if outermost else text)

    def _layout_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
        width = self._width - indent
        groups = [object[at:at + 4] for at in range(0, len(object), 4)]
        # the allowance applies only when the last group is a short one
        last_width = width - allowance if len(object) % 4 else width
        text = ("\n" + " " * indent).join(_runs(groups, width, last_width))
        stream.write("(" + text + ")" if outermost else text)

    def _layout_bytearray(self, object, stream, indent, allowance, context, level):
        self._called("bytearray", stream, indent, lambda out, column: self._layout_bytes(
            bytes(object), out, column, allowance + 1, context, level + 1))

    def _layout_mappingproxy(self, object, stream, indent, allowance, context, level):
        self._called("mappingproxy", stream, indent, lambda out, column: self._format(
            object.copy(), out, column, allowance + 1, context, level))

    def _layout_namespace(self, object, stream, indent, allowance, context, level):
        name = "namespace" if type(object) is _types.SimpleNamespace else type(object).__name__
        self._called(name, stream, indent, lambda out, column: self._format_pairs(
            object.__dict__.items(), out, column, allowance, context, level, "=", True))

    def _layout_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        shown = [(field.name, getattr(object, field.name)) for field in dataclasses.fields(object) if field.repr]
        self._called(type(object).__name__, stream, indent, lambda out, column: self._format_pairs(
            shown, out, column, allowance, context, level, "=", True))

    def _layout_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        self._called(type(object).__name__, stream, indent, lambda out, column: self._format(
            list(object.items()), out, column, allowance + 1, context, level))

    def _layout_defaultdict(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        column = indent + len(name) + 1
        stream.write("%s(%s,\n%s" % (name, factory, " " * column))
        self._layout_dict(object, stream, column, allowance + 1, context, level)
        stream.write(")")

    def _layout_counter(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "({")
        self._pad_after_bracket(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1, allowance + 2, context,
                                level)
        stream.write("})")

    def _layout_chain_map(self, object, stream, indent, allowance, context, level):
        if not object.maps:
            stream.write(repr(object))
            return
        name = type(object).__name__
        column = indent + len(name) + 1
        stream.write(name + "(")
        for index, mapping in enumerate(object.maps):
            if index:
                stream.write(",\n" + " " * column)
            last = index == len(object.maps) - 1
            self._format(mapping, stream, column, allowance + 1 if last else 1, context, level)
        stream.write(")")

    def _layout_deque(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        column = indent + len(name) + 1
        stream.write(name + "([")
        if object.maxlen is None:
            self._format_items(object, stream, column, allowance + 2, context, level)
            stream.write("])")
            return
        self._format_items(object, stream, column, 2, context, level)
        stream.write("],\n%smaxlen=%s)" % (" " * column, self._repr(object.maxlen, context, level)))

    def _layout_user_wrapper(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList, UserString: shown as the object they wrap
        self._format(object.data, stream, indent, allowance, context, level - 1)

    _layouts = {
        dict.__repr__: _layout_dict,
        list.__repr__: _layout_sequence,
        tuple.__repr__: _layout_sequence,
        set.__repr__: _layout_set,
        frozenset.__repr__: _layout_set,
        str.__repr__: _layout_str,
        bytes.__repr__: _layout_bytes,
        bytearray.__repr__: _layout_bytearray,
        _types.SimpleNamespace.__repr__: _layout_namespace,
        _collections.OrderedDict.__repr__: _layout_ordered_dict,
        _collections.defaultdict.__repr__: _layout_defaultdict,
        _collections.Counter.__repr__: _layout_counter,
        _collections.ChainMap.__repr__: _layout_chain_map,
        _collections.deque.__repr__: _layout_deque,
        _collections.UserDict.__repr__: _layout_user_wrapper,
        _collections.UserList.__repr__: _layout_user_wrapper,
        _collections.UserString.__repr__: _layout_user_wrapper,
    }
    if _types.MappingProxyType is not dict:
        _layouts[_types.MappingProxyType.__repr__] = _layout_mappingproxy
