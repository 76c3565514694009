"""INI-style configuration files: [sections] of "name = value" options, a
default section whose options every section sees, multi-line values,
%(name)s or ${section:name} interpolation and typed getters."""

import functools
import io
import os
import re
import sys
from collections import ChainMap
from collections.abc import MutableMapping

__all__ = ("NoSectionError", "DuplicateOptionError", "DuplicateSectionError", "NoOptionError",
           "InterpolationError", "InterpolationDepthError", "InterpolationMissingOptionError",
           "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError", "ConfigParser",
           "RawConfigParser", "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "LegacyInterpolation", "SectionProxy", "ConverterMapping", "DEFAULTSECT",
           "MAX_INTERPOLATION_DEPTH")

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10
_UNSET = object()


# ---- errors: each keeps its constructor arguments as args and as attributes


class Error(Exception):
    """Base class of the module's errors; str() is the message."""

    _fields = ()

    def __init__(self, msg=""):
        self.message = msg
        Exception.__init__(self, msg)

    def _setup(self, message, *values):
        Error.__init__(self, message)
        for name, value in zip(self._fields, values):
            setattr(self, name, value)
        self.args = values

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _origin(source, lineno):
    if source is None:
        return ""
    where = "While reading from %r" % (source,)
    return where + (" [line %2d]: " % lineno if lineno is not None else ": ")


class NoSectionError(Error):
    """No section by that name."""
    _fields = ("section",)

    def __init__(self, section):
        self._setup("No section: %r" % (section,), section)


class DuplicateSectionError(Error):
    """A section read twice from one source, or added when it exists."""
    _fields = ("section", "source", "lineno")

    def __init__(self, section, source=None, lineno=None):
        noun = "Section" if source is None else "section"
        message = _origin(source, lineno) + "%s %r already exists" % (noun, section)
        self._setup(message, section, source, lineno)


class DuplicateOptionError(Error):
    """An option read twice in one section of one source."""
    _fields = ("section", "option", "source", "lineno")

    def __init__(self, section, option, source=None, lineno=None):
        noun = "Option" if source is None else "option"
        message = _origin(source, lineno) + "%s %r in section %r already exists" % (noun, option, section)
        self._setup(message, section, option, source, lineno)


class NoOptionError(Error):
    """No option by that name in the section or the defaults."""
    _fields = ("option", "section")

    def __init__(self, option, section):
        self._setup("No option %r in section: %r" % (option, section), option, section)


class InterpolationError(Error):
    """A value whose references cannot be expanded."""
    _fields = ("option", "section")

    def __init__(self, option, section, msg):
        self._setup(msg, option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A reference to an option that does not exist."""
    _fields = ("option", "section", "rawval", "reference")

    def __init__(self, option, section, rawval, reference):
        self._setup("Bad value substitution: option %r in section %r contains an interpolation key %r which is "
                    "not a valid option name. Raw value: %r" % (option, section, reference, rawval),
                    option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A malformed reference."""


class InterpolationDepthError(InterpolationError):
    """References nested deeper than MAX_INTERPOLATION_DEPTH (usually a cycle)."""
    _fields = ("option", "section", "rawval")

    def __init__(self, option, section, rawval):
        self._setup("Recursion limit exceeded in value substitution: option %r in section %r contains an "
                    "interpolation key which cannot be substituted in %d steps. Raw value: %r"
                    % (option, section, MAX_INTERPOLATION_DEPTH, rawval), option, section, rawval)


class ParsingError(Error):
    """Lines of a source that are neither headers, options nor comments; errors lists them."""
    _fields = ("source",)

    def __init__(self, source):
        self._setup("Source contains parsing errors: %r" % (source,), source)
        self.errors = []

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += "\n\t[line %2d]: %s" % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """An option before the first section header."""
    _fields = ("source", "lineno", "line")

    def __init__(self, filename, lineno, line):
        self._setup("File contains no section headers.\nfile: %r, line: %d\n%r" % (filename, lineno, line),
                    filename, lineno, line)


# ---- interpolation


class Interpolation:
    """No interpolation: values pass through unchanged.  Subclasses may
    transform values as they are read, written, got and set."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    before_read = before_write = before_set


class _ReferenceSyntax(Interpolation):
    """Expansion shared by the %(name)s and ${name} syntaxes: `sign` starts a
    reference (two of them stand for one) and `opener` must follow it."""

    sign = opener = ""
    _reference = None

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        if value:   # an option without a value reads as ""
            self._expand(parser, section, option, value, defaults, 1, pieces)
        return "".join(pieces)

    def before_set(self, parser, section, option, value):
        leftover = self._reference.sub("", value.replace(self.sign * 2, ""))
        if self.sign in leftover:
            raise ValueError("invalid interpolation syntax in %r at position %d" % (value, leftover.find(self.sign)))
        return value

    def _expand(self, parser, section, option, value, lookup, depth, pieces):
        raw = parser.get(section, option, raw=True, fallback=value)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        sign = self.sign
        position = 0
        while True:
            at = value.find(sign, position)
            if at < 0:
                pieces.append(value[position:])
                return
            pieces.append(value[position:at])
            after = value[at + 1:at + 2]
            if after == sign:
                pieces.append(sign)
                position = at + 2
                continue
            if after != self.opener:
                raise InterpolationSyntaxError(option, section, "'%s' must be followed by '%s' or '%s', found: %r"
                                               % (sign, sign, self.opener, value[at:]))
            found = self._reference.match(value, at)
            if found is None:
                raise InterpolationSyntaxError(option, section, "bad interpolation variable reference %r"
                                               % value[at:])
            position = found.end()
            self._follow(parser, section, option, found.group(1), lookup, depth, pieces, raw, value[position:])


class BasicInterpolation(_ReferenceSyntax):
    """%(name)s is the value of option name in the same section (or the
    defaults); %% is a percent sign."""

    sign, opener = "%", "("
    _reference = re.compile(r"%\(([^)]+)\)s")

    def _follow(self, parser, section, option, name, lookup, depth, pieces, raw, rest):
        name = parser.optionxform(name)
        if name not in lookup:
            raise InterpolationMissingOptionError(option, section, raw, name)
        value = lookup[name]
        if "%" in value:
            # nested references still report the option first asked for
            self._expand(parser, section, option, value, lookup, depth + 1, pieces)
        else:
            pieces.append(value)


class ExtendedInterpolation(_ReferenceSyntax):
    """${name} is an option of the same section, ${section:name} one of
    another section; $$ is a dollar sign."""

    sign, opener = "$", "{"
    _reference = re.compile(r"\$\{([^}]+)\}")

    def _follow(self, parser, section, option, reference, lookup, depth, pieces, raw, rest):
        path = reference.split(":")
        if len(path) > 2:
            raise InterpolationSyntaxError(option, section, "More than one ':' found: %r" % (rest,))
        try:
            if len(path) == 1:
                target_section, target = section, parser.optionxform(path[0])
                value = lookup[target]
            else:
                target_section, target = path[0], parser.optionxform(path[1])
                value = parser.get(target_section, target, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, raw, reference) from None
        if "$" not in value:
            pieces.append(value)
            return
        scope = dict(parser.items(target_section, raw=True))
        self._expand(parser, target_section, target, value, scope, depth + 1, pieces)


class LegacyInterpolation(Interpolation):
    """Deprecated: %(name)s expanded by repeated %-formatting."""

    _names = re.compile(r"%\(([^)]*)\)s")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import warnings
        warnings.warn("LegacyInterpolation has been deprecated since Python 3.2 and will be removed from the "
                      "configparser module in Python 3.13. Use BasicInterpolation or ExtendedInterpolation "
                      "instead.", DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        original = value
        rounds = MAX_INTERPOLATION_DEPTH
        while rounds and value and "%(" in value:
            rounds -= 1
            value = self._names.sub(lambda m: "%%(%s)s" % parser.optionxform(m.group(1)), value)
            try:
                value = value % vars
            except KeyError as e:
                raise InterpolationMissingOptionError(option, section, original, e.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, original)
        return value


# ---- reading


def _inline_comment_start(line, prefixes):
    """Where an inline comment starts: a prefix at the start or after
    whitespace.  The prefixes advance one occurrence at a time, together;
    the first round with a hit decides."""
    cursors = dict.fromkeys(prefixes, -1)
    while cursors:
        hits = []
        for prefix in list(cursors):
            at = line.find(prefix, cursors[prefix] + 1)
            if at < 0:
                del cursors[prefix]
                continue
            cursors[prefix] = at
            if at == 0 or line[at - 1].isspace():
                hits.append(at)
        if hits:
            return min(hits)
    return None


class _Reader:
    """One pass over the lines of a source.  Values are lists of lines
    until the parser joins them at the end."""

    def __init__(self, parser, source):
        self.parser = parser
        self.source = source
        self.added = set()          # section names and (section, option) pairs this source gave
        self.section_name = None
        self.options = None         # the current section's dict
        self.option = None          # the option later indented lines continue
        self.indent = 0
        self.errors = None

    def feed(self, lineno, line):
        parser = self.parser
        cut = 0 if line.strip().startswith(tuple(parser._comment_prefixes)) else \
            _inline_comment_start(line, parser._inline_comment_prefixes)
        text = line[:cut].strip()
        if not text:
            if not parser._empty_lines_in_values:
                self.indent = sys.maxsize      # a blank line ends the value
            elif cut is None and self.continues():
                self.options[self.option].append("")
            return
        first = parser.NONSPACECRE.search(line)
        indent = first.start() if first else 0
        if self.options is not None and self.option and indent > self.indent:
            self.options[self.option].append(text)
            return
        self.indent = indent
        header = parser.SECTCRE.match(text)
        if header:
            self.start_section(lineno, header.group("header"))
        elif self.options is None:
            raise MissingSectionHeaderError(self.source, lineno, line)
        else:
            self.add_option(lineno, line, text)

    def continues(self):
        return self.options is not None and self.option and self.options[self.option] is not None

    def start_section(self, lineno, name):
        parser = self.parser
        self.section_name, self.option = name, None
        if name in parser._sections:
            if parser._strict and name in self.added:
                raise DuplicateSectionError(name, self.source, lineno)
            self.options = parser._sections[name]
        elif name == parser.default_section:
            self.options = parser._defaults
            return
        else:
            self.options = parser._create_section(name)
        self.added.add(name)

    def add_option(self, lineno, line, text):
        parser = self.parser
        found = parser._optcre.match(text)
        if not found:
            self.note_error(lineno, line)
            return
        name, value = found.group("option", "value")
        if not name:
            self.note_error(lineno, line)
        name = parser.optionxform(name.rstrip())
        key = (self.section_name, name)
        if parser._strict and key in self.added:
            raise DuplicateOptionError(self.section_name, name, self.source, lineno)
        self.added.add(key)
        self.option = name
        self.options[name] = None if value is None else [value.strip()]

    def note_error(self, lineno, line):
        if self.errors is None:
            self.errors = ParsingError(self.source)
        self.errors.append(lineno, repr(line))


# ---- the parsers


class RawConfigParser(MutableMapping):
    """A configuration without interpolation; a mapping from section names
    (the default section first) to SectionProxy objects."""

    _OPTION_PATTERN = r"(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"
    # with allow_no_value a line may be a bare name
    _BARE_OPTION_PATTERN = r"(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$"
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(r"\[(?P<header>.+)\]")
    OPTCRE = re.compile(_OPTION_PATTERN.format(delim="=|:"))
    OPTCRE_NV = re.compile(_BARE_OPTION_PATTERN.format(delim="=|:"))
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = dict.fromkeys(("1", "yes", "true", "on"), True)
    BOOLEAN_STATES.update(dict.fromkeys(("0", "no", "false", "off"), False))

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *, delimiters=("=", ":"),
                 comment_prefixes=("#", ";"), inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT, interpolation=_UNSET,
                 converters=_UNSET):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self.default_section = default_section
        self._delimiters = tuple(delimiters)
        self._allow_no_value = allow_no_value
        if delimiters == ("=", ":"):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            pattern = self._BARE_OPTION_PATTERN if allow_no_value else self._OPTION_PATTERN
            self._optcre = re.compile(pattern.format(delim="|".join(map(re.escape, delimiters))))
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._empty_lines_in_values = empty_lines_in_values
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        elif not isinstance(interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of Interpolation; got an object of "
                            "type %s" % (type(interpolation),))
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, without the default section."""
        return list(self._sections)

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError("Invalid section name: %r" % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._create_section(section)

    def _create_section(self, name):
        options = self._sections[name] = self._dict()
        self._proxies[name] = SectionProxy(self, name)
        return options

    def has_section(self, section):
        """Whether the section exists; the default section does not count."""
        return section in self._sections

    def options(self, section):
        """The section's option names, then the defaults' names it lacks."""
        if section not in self._sections:
            raise NoSectionError(section)
        names = self._sections[section].copy()
        names.update(self._defaults)
        return list(names)

    def has_option(self, section, option):
        """Whether section (the defaults when section is empty or the default
        section) has the option, itself or through the defaults."""
        if section and section != self.default_section and section not in self._sections:
            return False
        name = self.optionxform(option)
        return name in self._defaults or name in self._options_of(section)

    def _options_of(self, section):
        """The option dict that set() and remove_option() change."""
        if not section or section == self.default_section:
            return self._defaults
        if section not in self._sections:
            raise NoSectionError(section)
        return self._sections[section]

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._options_of(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Remove an option; whether it was there."""
        options = self._options_of(section)
        name = self.optionxform(option)
        return options.pop(name, _UNSET) is not _UNSET

    def remove_section(self, section):
        """Remove a section; whether it was there."""
        if section not in self._sections:
            return False
        del self._sections[section], self._proxies[section]
        return True

    def optionxform(self, optionstr):
        return optionstr.lower()

    # -- reading

    def read(self, filenames, encoding=None):
        """Read the named files, skipping those that cannot be opened; returns the names read."""
        if isinstance(filenames, (str, bytes)) or hasattr(filenames, "__fspath__"):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        return [os.fspath(name) if hasattr(name, "__fspath__") else name
                for name in filenames if self._read_path(name, encoding)]

    def _read_path(self, name, encoding):
        try:
            with open(name, encoding=encoding) as fp:
                self._read(fp, name)
        except OSError:
            return False
        return True

    def read_file(self, f, source=None):
        """Read from any iterable of lines; source names it in error messages."""
        if source is None:
            source = getattr(f, "name", "<???>")
        self._read(f, source)

    def read_string(self, string, source="<string>"):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source="<dict>"):
        """Read {section: {option: value}}; values become strings (None stays None)."""
        given = set()
        for section, options in dictionary.items():
            section = str(section)
            known = section == self.default_section or section in self._sections
            if not known or self._strict and section in given:
                self.add_section(section)   # for a repeated section, this raises the right error
            given.add(section)
            for option, value in options.items():
                key = (section, self.optionxform(str(option)))
                if self._strict and key in given:
                    raise DuplicateOptionError(*key, source)
                given.add(key)
                self.set(*key, None if value is None else str(value))

    def _read(self, fp, fpname):
        reader = _Reader(self, fpname)
        for lineno, line in enumerate(fp, start=1):
            reader.feed(lineno, line)
        # every value, not only this source's, goes through before_read once more
        named = [(self.default_section, self._defaults)] + list(self._sections.items())
        for section, options in named:
            for option, value in options.items():
                if isinstance(value, list):
                    value = "\n".join(value).rstrip()
                options[option] = self._interpolation.before_read(self, section, option, value)
        if reader.errors is not None:
            raise reader.errors

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    # -- getting

    def _unify_values(self, section, vars):
        """Where get() looks: vars, then the section, then the defaults."""
        if section in self._sections:
            own = self._sections[section]
        elif section == self.default_section:
            own = {}
        else:
            raise NoSectionError(section)
        given = {self.optionxform(key): None if value is None else str(value)
                 for key, value in (vars or {}).items()}
        return ChainMap(given, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The option's value, interpolated unless raw; fallback (when given)
        stands in for a missing section or option."""
        try:
            values = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        if option not in values:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        value = values[option]
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, values)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, **kwargs):
        return self._get_conv(section, option, int, **kwargs)

    def getfloat(self, section, option, **kwargs):
        return self._get_conv(section, option, float, **kwargs)

    def getboolean(self, section, option, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, **kwargs)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError("Not a boolean: %s" % value)
        return state

    def items(self, section=_UNSET, raw=False, vars=None):
        """With a section: its (name, value) pairs, defaults included; without:
        the (section name, proxy) pairs."""
        if section is _UNSET:
            return super().items()
        if section not in self._sections and section != self.default_section:
            raise NoSectionError(section)
        values = self._defaults.copy()
        values.update(self._sections.get(section, {}))
        names = list(values)
        for key, value in (vars or {}).items():
            values[self.optionxform(key)] = value
        if raw:
            return [(name, values[name]) for name in names]
        get = self._interpolation.before_get
        return [(name, get(self, section, name, values[name], values)) for name in names]

    def popitem(self):
        """Remove the first section and return (name, proxy); never the default section."""
        if not self._sections:
            raise KeyError
        name = next(iter(self._sections))
        proxy = self[name]
        del self[name]
        return name, proxy

    # -- writing

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in .ini form."""
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = " %s " % delimiter
        blocks = [(self.default_section, self._defaults)] if self._defaults else []
        blocks += self._sections.items()
        for name, options in blocks:
            self._write_section(fp, name, options.items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter):
        lines = ["[%s]\n" % section_name]
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                lines.append("%s\n" % key)
            else:
                # continuation lines are indented so that reading them back joins them
                lines.append("%s%s%s\n" % (key, delimiter, str(value).replace("\n", "\n\t")))
        fp.write("".join(lines) + "\n")

    # -- the mapping of section names to proxies

    def __getitem__(self, key):
        if key == self.default_section or key in self._sections:
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return      # a section's own proxy: reading it back would empty it first
        replaced = self._defaults if key == self.default_section else self._sections.get(key)
        if replaced is not None:
            replaced.clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if key not in self._sections:
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or key in self._sections

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        yield self.default_section
        yield from self._sections

    # -- value checks (ConfigParser)

    def _validate_value_types(self, *, section="", option="", value=""):
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if (value or not self._allow_no_value) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    converters = property(lambda self: self._converters, doc="The ConverterMapping of the typed getters.")


class ConfigParser(RawConfigParser):
    """A configuration with %(name)s interpolation whose names and values must be strings."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # the constructor's defaults are taken as they are, uninterpolated
        interpolation, self._interpolation = self._interpolation, Interpolation()
        try:
            super()._read_defaults(defaults)
        finally:
            self._interpolation = interpolation


class SectionProxy(MutableMapping):
    """One section of a parser as a mapping of option names to values."""

    def __init__(self, parser, name):
        self._parser, self._name = parser, name
        for converter in parser.converters:
            self._add_getter("get" + converter, getattr(parser, "get" + converter))

    def _add_getter(self, attribute, parser_getter):
        setattr(self, attribute, functools.partial(self.get, _impl=parser_getter))

    def __repr__(self):
        return "<Section: %s>" % self._name

    parser = property(lambda self: self._parser, doc="The parser this proxy reads (read-only).")
    name = property(lambda self: self._name, doc="The section's name (read-only).")

    def __getitem__(self, key):
        if key not in self:
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        parser = self._parser
        parser._validate_value_types(option=key, value=value)
        parser.set(self._name, key, value)

    def __delitem__(self, key):
        if key not in self or not self._parser.remove_option(self._name, key):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __iter__(self):
        return iter(self._options())

    def __len__(self):
        return len(self._options())

    def _options(self):
        if self._name == self._parser.default_section:
            return self._parser.defaults()
        return self._parser.options(self._name)

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The option's value, or fallback; typed getters (getint...) pass their parser method as _impl."""
        getter = _impl or self._parser.get
        return getter(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """A parser's converters by name.  Setting "x" adds getx() to the parser
    and its section proxies; the built-in ones (int, float, boolean) map to None."""

    def __init__(self, parser):
        self._parser = parser
        self._data = {attribute[3:]: None for attribute in dir(parser)
                      if attribute.startswith("get") and len(attribute) > 3 and callable(getattr(parser, attribute))}

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError("Incompatible key: {} (type: {})".format(key, type(key)))
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        getter = functools.partial(self._parser._get_conv, conv=value)
        getter.converter = value
        attribute = "get" + key
        setattr(self._parser, attribute, getter)
        for proxy in self._parser.values():
            proxy._add_getter(attribute, getter)

    def __delitem__(self, key):
        if not key or not isinstance(key, str):
            raise KeyError(key)
        del self._data[key]
        attribute = "get" + key
        for holder in (self._parser, *self._parser.values()):
            vars(holder).pop(attribute, None)

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
