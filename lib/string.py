"""Common string constants, Template strings ($-substitution) and the
Formatter class behind str.format."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s on sep (runs of whitespace by default), capitalizes each word
    and joins them with sep (a space by default)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


import re as _re


class _sentinel_dict:
    """An empty mapping: substitute() without a mapping uses only keywords."""

    def __getitem__(self, key):
        raise KeyError(key)


_sentinel_dict = _sentinel_dict()


class _ChainLookup:
    """keywords first, then the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    """A string class for supporting $-substitutions:

        Template('$who likes $what').substitute(who='tim', what='kung pao')
    """

    delimiter = '$'
    # the identifier rule is ASCII-only, in either case (flags has IGNORECASE)
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._compile_pattern()

    @classmethod
    def _compile_pattern(cls):
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or cls.idpattern
            pattern = (f'{delim}(?:'
                       f'(?P<escaped>{delim})|'        # two delimiters
                       f'(?P<named>{ident})|'           # delimiter and identifier
                       f'{{(?P<braced>{braced})}}|'     # delimiter and {identifier}
                       f'(?P<invalid>))')               # anything else is an error
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _lookup(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            return _ChainLookup(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """The template with placeholders replaced from mapping and keywords;
        KeyError for a missing name, ValueError for a malformed placeholder."""
        mapping = self._lookup(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)

        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """Like substitute(), but missing names and malformed placeholders
        stay as they are."""
        mapping = self._lookup(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)

        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        """False when the template has a malformed placeholder."""
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        """The placeholder names, in order of first appearance."""
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group('invalid') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


Template._compile_pattern()


def _parse_format(format_string):
    """Splits a str.format() template into (literal_text, field_name,
    format_spec, conversion) tuples, as _string.formatter_parser does."""
    result = []
    literal = []
    i, n = 0, len(format_string)
    while i < n:
        c = format_string[i]
        if c == '}':
            if i + 1 < n and format_string[i + 1] == '}':
                # an escaped brace ends a literal chunk
                result.append((''.join(literal) + '}', None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and format_string[i + 1] == '{':
            result.append((''.join(literal) + '{', None, None, None))
            literal = []
            i += 2
            continue
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        # a replacement field: find its matching close brace
        depth = 1
        j = i + 1
        while j < n and depth:
            if format_string[j] == '{':
                depth += 1
            elif format_string[j] == '}':
                depth -= 1
            j += 1
        if depth:
            if j >= n and '}' not in format_string[i + 1:]:
                raise ValueError("expected '}' before end of string")
            raise ValueError("unmatched '{' in format spec")
        field = format_string[i + 1:j - 1]
        result.append((''.join(literal),) + _split_field(field))
        literal = []
        i = j
    if literal:
        result.append((''.join(literal), None, None, None))
    return result


def _split_field(field):
    """'name!r:spec' -> ('name', 'spec', 'r')."""
    # the name ends at the first '!' or ':' outside brackets
    k = 0
    bracket = False
    while k < len(field):
        ch = field[k]
        if ch == '[':
            bracket = True
        elif ch == ']':
            bracket = False
        elif not bracket and ch in '!:':
            break
        k += 1
    name = field[:k]
    rest = field[k:]
    conversion = None
    spec = ''
    if rest.startswith('!'):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and rest[0] != ':':
            raise ValueError("expected ':' after conversion specifier")
    if rest.startswith(':'):
        spec = rest[1:]
    return name, spec, conversion


def _split_field_name(field_name):
    """'a.b[0]' -> ('a', iterator of (is_attribute, key))."""
    k = 0
    while k < len(field_name) and field_name[k] not in '.[':
        k += 1
    first = field_name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < len(field_name):
        if field_name[k] == '.':
            j = k + 1
            while j < len(field_name) and field_name[j] not in '.[':
                j += 1
            attr = field_name[k + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            k = j
        else:
            j = field_name.find(']', k)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[k + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            k = j + 1
            if k < len(field_name) and field_name[k] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)


class Formatter:
    """The machinery of str.format, with hooks to override in subclasses."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                # automatic numbering ('{}') and manual ('{0}') cannot mix
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """(object, first key used) for a field name like 'a.b[0]'."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
