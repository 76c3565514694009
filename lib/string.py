"""ASCII character classes as strings, capwords, $-substitution Templates
and the Formatter class that performs str.format in Python."""

import re as _re
import sys as _sys

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

digits = "0123456789"
octdigits = digits[:8]
hexdigits = digits + "abcdefABCDEF"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
whitespace = " \t\n\r\v\f"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """s split on sep (whitespace runs by default), each word capitalized,
    joined by sep (a space by default)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


# ---- Template


_NO_MAPPING = object()


class Template:
    """A string with $name or ${name} placeholders ($$ is a dollar sign).
    Subclasses may change delimiter, idpattern, braceidpattern and flags,
    or give a whole pattern with the groups escaped, named, braced and invalid."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"     # ASCII identifiers; flags adds IGNORECASE
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._build_pattern()

    @classmethod
    def _build_pattern(cls):
        pattern = cls.__dict__.get("pattern")
        if pattern is None:
            mark = _re.escape(cls.delimiter)
            alternatives = ["(?P<escaped>%s)" % mark, "(?P<named>%s)" % cls.idpattern,
                            "{(?P<braced>%s)}" % (cls.braceidpattern or cls.idpattern), "(?P<invalid>)"]
            pattern = "%s(?:%s)" % (mark, "|".join(alternatives))
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _kind(self, found):
        """("name", identifier), ("escaped", None) or ("invalid", None) for a match of the pattern."""
        name = found.group("named") or found.group("braced")
        if name is not None:
            return "name", name
        for kind in ("escaped", "invalid"):
            if found.group(kind) is not None:
                return kind, None
        raise ValueError("Unrecognized named group in pattern", self.pattern)

    def _invalid(self, found):
        at = found.start("invalid")
        before = self.template[:at].splitlines(keepends=True)
        line = max(len(before), 1)
        column = at - len("".join(before[:-1])) if before else 1
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (line, column))

    @staticmethod
    def _lookup(mapping, keywords):
        if mapping is _NO_MAPPING:
            return keywords.__getitem__
        if not keywords:
            return lambda name: mapping[name]

        def keywords_first(name):
            return keywords[name] if name in keywords else mapping[name]
        return keywords_first

    def _replace(self, mapping, keywords, strict):
        lookup = self._lookup(mapping, keywords)

        def replacement(found):
            kind, name = self._kind(found)
            if kind == "escaped":
                return self.delimiter
            if kind == "invalid":
                if strict:
                    self._invalid(found)
                return found.group()
            try:
                return str(lookup(name))
            except KeyError:
                if strict:
                    raise
                return found.group()
        return self.pattern.sub(replacement, self.template)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """The template filled in from mapping and keywords (keywords win);
        KeyError for a missing name, ValueError for a bad placeholder."""
        return self._replace(mapping, kws, True)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """substitute(), leaving missing names and bad placeholders as they are."""
        return self._replace(mapping, kws, False)

    def is_valid(self):
        """Whether every placeholder is well formed."""
        return all(self._kind(found)[0] != "invalid" for found in self.pattern.finditer(self.template))

    def get_identifiers(self):
        """The placeholder names, in order of first appearance."""
        names = {}
        for found in self.pattern.finditer(self.template):
            kind, name = self._kind(found)
            if kind == "name":
                names.setdefault(name)
        return list(names)


Template._build_pattern()


# ---- format strings, read as str.format reads them


_BRACE = _re.compile(r"[{}]")


def _parse(text):
    """(literal, field name, format spec, conversion) per piece of text;
    the three field parts are None for a piece without a field."""
    pos, end = 0, len(text)
    while pos < end:
        found = _BRACE.search(text, pos)
        if found is None:
            yield text[pos:], None, None, None
            return
        at = found.start()
        brace = text[at]
        doubled = text[at + 1:at + 2] == brace
        if brace == "}" and not doubled:
            raise ValueError("Single '}' encountered in format string")
        if brace == "{" and at + 1 == end:
            raise ValueError("Single '{' encountered in format string")
        if doubled:
            # an escaped brace ends the literal (keeping one brace)
            yield text[pos:at + 1], None, None, None
            pos = at + 2
            continue
        literal = text[pos:at]
        name, spec, conversion, pos = _read_field(text, at + 1)
        yield literal, name, spec, conversion


def _read_field(text, pos):
    """The field starting at text[pos] (just after its "{"): its name, spec
    and conversion, and the position after its closing "}"."""
    end = len(text)
    start = pos
    stop = None
    while pos < end:
        ch = text[pos]
        pos += 1
        if ch == "{":
            raise ValueError("unexpected '{' in field name")
        if ch == "[":
            # an index may hold any character but "]", which is read next
            close = text.find("]", pos)
            pos = end if close < 0 else close
        elif ch in "}:!":
            stop = ch
            break
    if stop is None:
        raise ValueError("expected '}' before end of string")
    name = text[start:pos - 1]
    if stop == "}":
        return name, "", None, pos
    conversion = None
    if stop == "!":
        if pos == end:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[pos]
        pos += 1
        if pos < end:
            pos += 1
            if text[pos - 1] == "}":
                return name, "", conversion, pos
            if text[pos - 1] != ":":
                raise ValueError("expected ':' after conversion specifier")
    # the spec runs to the matching "}", past any nested fields
    spec_start, depth = pos, 1
    while pos < end:
        pos += 1
        if text[pos - 1] == "{":
            depth += 1
        elif text[pos - 1] == "}":
            depth -= 1
            if not depth:
                return name, text[spec_start:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


def _index(text):
    # decimal digits make a position, anything else stays a name
    if not text.isdecimal():
        return text
    number = int(text)
    if number > _sys.maxsize:
        raise ValueError("Too many decimal digits in format string")
    return number


def _field_steps(name, pos):
    """(is attribute, key) for each .attr and [key] of a field name, lazily."""
    end = len(name)
    while pos < end:
        ch = name[pos]
        if ch == ".":
            stop = pos + 1
            while stop < end and name[stop] not in ".[":
                stop += 1
            key, is_attribute, pos = name[pos + 1:stop], True, stop
        elif ch == "[":
            close = name.find("]", pos)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            key, is_attribute, pos = name[pos + 1:close], False, close + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not key:
            raise ValueError("Empty attribute in format string")
        yield is_attribute, key if is_attribute else _index(key)


def _split_field_name(name):
    head = len(name)
    for at, ch in enumerate(name):
        if ch in ".[":
            head = at
            break
    return _index(name[:head]), _field_steps(name, head)


_CONVERSIONS = {"s": str, "r": repr, "a": ascii}


class Formatter:
    """str.format in Python, each step a method subclasses may replace."""

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        """The formatted text and the next automatic field number (False once
        fields are numbered by hand: the two styles cannot mix)."""
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        pieces = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            pieces.append(literal)
            if field_name is None:
                continue
            numbered_by_hand = field_name.isdigit()
            if field_name == "" and auto_arg_index is not False:
                field_name, auto_arg_index = str(auto_arg_index), auto_arg_index + 1
            elif field_name == "" or numbered_by_hand and auto_arg_index:
                raise ValueError("cannot switch from manual field specification to automatic field numbering")
            elif numbered_by_hand:
                auto_arg_index = False
            value, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args, recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return "".join(pieces), auto_arg_index

    def vformat(self, format_string, args, kwargs):
        used = set()
        # two levels: a field's spec may hold fields, theirs may not
        text = self._vformat(format_string, args, kwargs, used, 2)[0]
        self.check_unused_args(used, args, kwargs)
        return text

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each piece."""
        return _parse(format_string)

    def get_field(self, field_name, args, kwargs):
        """The value a field name like "0.attr[key]" refers to, and its first part."""
        first, steps = _split_field_name(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, key in steps:
            value = getattr(value, key) if is_attribute else value[key]
        return value, first

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Called with the keys used; does nothing unless overridden."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion not in _CONVERSIONS:
            raise ValueError("Unknown conversion specifier %s" % (conversion,))
        return _CONVERSIONS[conversion](value)
