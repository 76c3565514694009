"""Command-line parsing with the argparse API: arguments declared with
add_argument() turn a list of strings into a Namespace; the parser also
writes usage, help and error messages."""

import os as _os
import re as _re
import sys as _sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "BooleanOptionalAction", "FileType",
           "HelpFormatter", "ArgumentDefaultsHelpFormatter", "RawDescriptionHelpFormatter",
           "RawTextHelpFormatter", "MetavarTypeHelpFormatter", "Namespace", "Action", "ONE_OR_MORE",
           "OPTIONAL", "PARSER", "REMAINDER", "SUPPRESS", "ZERO_OR_MORE"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."

# A subparser leaves the strings it did not recognise on the namespace under
# this name; the parent parser moves them to its own leftovers.
_LEFTOVERS = "_unrecognized_args"

# What each symbolic nargs means.  usage: template for the metavars and how
# many metavars it takes; pattern: a regex over the argument-kind string (one
# letter per argument: "A" a value, "O" an option, "-" the "--" marker);
# missing: the error when an option's values are absent.  ZERO_OR_MORE and
# integer counts are built in _nargs_usage and _nargs_pattern.
_NARGS = {
    None: ("%s", 1, "(-*A-*)", "expected one argument"),
    OPTIONAL: ("[%s]", 1, "(-*A?-*)", "expected at most one argument"),
    ONE_OR_MORE: ("%s [%s ...]", 2, "(-*A[A-]*)", "expected at least one argument"),
    PARSER: ("%s ...", 1, "(-*A[-AO]*)", None),
    REMAINDER: ("...", 0, "([-AO]*)", None),
    SUPPRESS: ("", 0, "(-*-*)", None),
    ZERO_OR_MORE: (None, 1, "(-*[A-]*)", None),
}

_SPACES = _re.compile(r"\s+", _re.ASCII)
_NEGATIVE_NUMBER = _re.compile(r"^-\d+$|^-\d*\.\d+$")
# one unit of a wrapped usage line: a bracketed group or a word
_USAGE_UNIT = _re.compile(r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+")


def _known_nargs(nargs):
    return (nargs is None or isinstance(nargs, str)) and nargs in _NARGS


class _AttributeHolder:
    """repr() as Name(key=value, ...); keys that are not identifiers go in **{...}."""

    def __repr__(self):
        shown = [repr(arg) for arg in self._get_args()]
        odd = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append("%s=%r" % (name, value))
            else:
                odd[name] = value
        if odd:
            shown.append("**%r" % (odd,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """The parsed values, as attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


# ---- help formatting


class _Section:
    def __init__(self, parent, heading):
        self.parent = parent
        self.heading = heading
        self.entries = []       # (kind, payload); kind names a _render_* method


class HelpFormatter:
    """Lays out usage and help text.  Entries are collected first and rendered
    by format_help(), once the widest argument label (which decides the help
    column) is known."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, 2 * indent_increment))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        self._root_section = self._current_section = _Section(None, None)

    def _indent(self):
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._current_indent -= self._indent_increment

    # -- collecting

    def start_section(self, heading):
        self._indent()
        section = _Section(self._current_section, heading)
        self._current_section.entries.append(("section", section))
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._current_section.entries.append(("text", text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._current_section.entries.append(("usage", (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        labels = [action] + list(self._subactions(action))
        widest = max(len(self._format_action_invocation(a)) for a in labels)
        self._action_max_length = max(self._action_max_length, widest + self._current_indent)
        self._current_section.entries.append(("action", action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- rendering

    def format_help(self):
        text = self._render_section(self._root_section)
        if not text:
            return text
        return _re.sub(r"\n\n\n+", "\n\n", text).strip("\n") + "\n"

    def _render_section(self, section):
        nested = section.parent is not None
        if nested:
            self._indent()
        renderers = {"section": self._render_section, "text": self._format_text,
                     "usage": lambda args: self._format_usage(*args), "action": self._format_action}
        body = "".join(filter(None, (renderers[kind](payload) for kind, payload in section.entries)))
        if nested:
            self._dedent()
        if not body:
            return ""
        heading = ""
        if section.heading is not None and section.heading is not SUPPRESS:
            heading = " " * self._current_indent + section.heading + ":\n"
        return "\n" + heading + body + "\n"

    def _format_text(self, text):
        if "%(prog)" in text:
            text = text % {"prog": self._prog}
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, " " * self._current_indent) + "\n\n"

    def _format_action(self, action):
        help_column = min(self._action_max_length + 2, self._max_help_position)
        label = self._format_action_invocation(action)
        label_room = help_column - self._current_indent - 2
        margin = " " * self._current_indent
        if action.help and len(label) <= label_room:
            out = [margin + label.ljust(label_room) + "  "]
            first_margin = ""
        else:
            out = [margin + label + "\n"]
            first_margin = " " * help_column
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, max(self._width - help_column, 11))
                out.append(first_margin + lines[0] + "\n")
                out.extend(" " * help_column + line + "\n" for line in lines[1:])
        elif not out[0].endswith("\n"):
            out.append("\n")
        subactions = self._subactions(action)
        if subactions:
            self._indent()
            out.extend(self._format_action(sub) for sub in subactions)
            self._dedent()
        return "".join(out)

    @staticmethod
    def _subactions(action):
        listing = getattr(action, "_get_subactions", None)
        return listing() if listing is not None else []

    def _expand_help(self, action):
        params = {name: getattr(value, "__name__", value)
                  for name, value in vars(action).items() if value is not SUPPRESS}
        params["prog"] = self._prog
        if params.get("choices") is not None:
            params["choices"] = ", ".join(str(choice) for choice in params["choices"])
        return self._get_help_string(action) % params

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return self._metavars(action, self._get_default_metavar_for_positional(action), 1)[0]
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        values = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ", ".join(option + " " + values for option in action.option_strings)

    def _metavars(self, action, default_metavar, count):
        """The metavar names shown for action: its metavar tuple, or one name repeated count times."""
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = "{" + ",".join(str(choice) for choice in action.choices) + "}"
        else:
            name = default_metavar
        return name if isinstance(name, tuple) else (name,) * count

    def _format_args(self, action, default_metavar):
        nargs = action.nargs
        if nargs == ZERO_OR_MORE:
            names = self._metavars(action, default_metavar, 1)
            return ("[%s [%s ...]]" if len(names) == 2 else "[%s ...]") % names
        if _known_nargs(nargs):
            template, count = _NARGS[nargs][:2]
        elif isinstance(nargs, int):
            template, count = " ".join(["%s"] * nargs), nargs
        else:
            raise ValueError("invalid nargs value")
        # a metavar tuple of the wrong length makes % raise TypeError
        return template % self._metavars(action, default_metavar, count) if count else template

    # -- usage

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = "usage: "
        prog = self._prog
        if usage is not None:
            text = usage % {"prog": prog}
        elif not actions:
            text = prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            body = self._format_actions_usage(optionals + positionals, groups)
            text = prog + " " + body if body else prog
            room = self._width - self._current_indent
            if len(prefix) + len(text) > room:
                opt_units = self._usage_units(optionals, groups)
                pos_units = self._usage_units(positionals, groups)
                text = "\n".join(self._wrap_usage(prefix, prog, opt_units, pos_units, room))
        return prefix + text + "\n\n"

    def _usage_units(self, actions, groups):
        return [unit for chunk in self._usage_chunks(actions, groups) for unit in _USAGE_UNIT.findall(chunk)]

    @staticmethod
    def _wrap_usage(prefix, prog, opt_units, pos_units, room):
        def pack(units, column, first_column=None):
            # greedy fill; a line that would pass `room` starts anew at `column`
            lines, line = [], []
            end = column if first_column is None else first_column
            for unit in units:
                if line and end + 1 + len(unit) > room:
                    lines.append(line)
                    line, end = [], column
                end += len(unit) + (1 if line else 0)
                line.append(unit)
            if line:
                lines.append(line)
            margin = " " * column
            text = [margin + " ".join(words) for words in lines]
            if first_column is not None and text:
                text[0] = text[0][column:]
            return text

        if len(prefix) + len(prog) <= 0.75 * room:
            # parts follow prog, continuation lines aligned under the first part
            column = len(prefix) + len(prog) + 1
            if opt_units:
                return pack([prog] + opt_units, column, len(prefix)) + pack(pos_units, column)
            if pos_units:
                return pack([prog] + pos_units, column, len(prefix))
            return [prog]
        # a long prog stands alone; options and positionals get separate lines if one line is not enough
        column = len(prefix)
        lines = pack(opt_units + pos_units, column)
        if len(lines) > 1:
            lines = pack(opt_units, column) + pack(pos_units, column)
        return [prog] + lines

    def _format_actions_usage(self, actions, groups):
        return " ".join(self._usage_chunks(actions, groups)).strip()

    def _usage_chunks(self, actions, groups):
        """Usage text per action, a mutually exclusive group listed in one
        piece when its members appear together, in order, in actions."""
        group_at = {}
        grouped = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f"empty group {group}")
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            if actions[start:start + len(members)] == members:
                group_at[start] = group
                grouped.update(members)
        chunks = []
        index = 0
        while index < len(actions):
            group = group_at.get(index)
            if group is None:
                action = actions[index]
                if action.help is not SUPPRESS:
                    chunks.append(self._action_usage(action, action in grouped))
                index += 1
                continue
            index += len(group._group_actions)
            shown = [self._action_usage(a, True) for a in group._group_actions if a.help is not SUPPRESS]
            if shown:
                body = " | ".join(shown)
                if not group.required:
                    body = "[" + body + "]"
                elif len(shown) > 1:
                    body = "(" + body + ")"
                chunks.append(body)
        return chunks

    def _action_usage(self, action, in_group):
        if not action.option_strings:
            text = self._format_args(action, self._get_default_metavar_for_positional(action))
            # a group's own brackets make an optional positional's redundant
            if in_group and text[:1] == "[" and text[-1:] == "]":
                text = text[1:-1]
            return text
        if action.nargs == 0:
            text = action.format_usage()
        else:
            text = action.option_strings[0] + " " + \
                self._format_args(action, self._get_default_metavar_for_optional(action))
        return text if action.required or in_group else "[" + text + "]"

    # -- text wrapping, which subclasses may replace

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_SPACES.sub(" ", text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        wrapper = textwrap.TextWrapper(width, initial_indent=indent, subsequent_indent=indent)
        return wrapper.fill(_SPACES.sub(" ", text).strip())


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the line breaks and spacing of descriptions and epilogs."""

    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks and spacing of all help text."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends each argument's default to its help."""

    def _get_help_string(self, action):
        text = action.help or ""
        shows_default = action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE)
        if "%(default)" not in text and action.default is not SUPPRESS and shows_default:
            text += " (default: %(default)s)"
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names argument values after their type."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    _get_default_metavar_for_positional = _get_default_metavar_for_optional


# ---- errors


def _get_action_name(action):
    """How error messages name an argument."""
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    for name in (action.metavar, action.dest):
        if name not in (None, SUPPRESS):
            return name
    if action.choices:
        return "{" + ",".join(action.choices) + "}"
    return None


class ArgumentError(Exception):
    """A bad argument declaration or a bad command line, naming the argument."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return "%s" % self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type function; its message becomes the parser's error."""


# ---- actions


class Action(_AttributeHolder):
    """What to do when an argument is seen: subclasses implement __call__."""

    _FIELDS = ("option_strings", "dest", "nargs", "const", "default", "type", "choices", "required", "help",
               "metavar")

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        values = (option_strings, dest, nargs, const, default, type, choices, required, help, metavar)
        vars(self).update(zip(self._FIELDS, values))

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in self._FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


def _check_value_nargs(kind, nargs, const, alternative):
    if nargs == 0:
        raise ValueError("nargs for %s actions must be != 0; if %s" % (kind, alternative))
    if const is not None and nargs != OPTIONAL:
        raise ValueError("nargs must be %r to supply const" % OPTIONAL)


def _grow_list(namespace, dest, items):
    # a copy, so that a list given as the default is never changed
    current = getattr(namespace, dest, None)
    if current is None:
        current = []
    elif type(current) is list:
        current = current[:]
    else:
        import copy
        current = copy.copy(current)
    current.extend(items)
    setattr(namespace, dest, current)


class BooleanOptionalAction(Action):
    """--flag sets True, the added --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False, help=None,
                 metavar=None):
        spellings = []
        for option in option_strings:
            spellings.append(option)
            if option.startswith("--"):
                spellings.append("--no-" + option[2:])
        super().__init__(spellings, dest, nargs=0, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def format_usage(self):
        return " | ".join(self.option_strings)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _check_value_nargs("store", nargs, const, "you have nothing to store, actions such as store true "
                           "or store const may be more appropriate")
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _check_value_nargs("append", nargs, const, "arg strings are not supplying the value to append, the "
                           "append const action may be more appropriate")
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _grow_list(namespace, self.dest, [values])


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        _grow_list(namespace, self.dest, values)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _grow_list(namespace, self.dest, [self.const])


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, (getattr(namespace, self.dest, None) or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        formatter = parser._get_formatter()
        formatter.add_text(parser.version if self.version is None else self.version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The subcommand positional: its first value picks a parser for the rest."""

    class _ChoicesPseudoAction(Action):
        # a line in the help listing for one subcommand
        def __init__(self, name, aliases, help):
            label = name + (" (%s)" % ", ".join(aliases) if aliases else "")
            super().__init__([], name, help=help, metavar=label)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None,
                 metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, nargs=PARSER, choices=self._name_parser_map, required=required,
                         help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, "conflicting subparser: %s" % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, "conflicting subparser alias: %s" % alias)
        if "help" in kwargs:
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, kwargs.pop("help")))
        parser = self._parser_class(**kwargs)
        for key in (name, *aliases):
            self._name_parser_map[key] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        chosen = self._name_parser_map.get(name)
        if chosen is None:
            raise ArgumentError(self, "unknown parser %r (choices: %s)" % (name, ", ".join(self._name_parser_map)))
        sub_namespace, leftovers = chosen.parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if leftovers:
            vars(namespace).setdefault(_LEFTOVERS, []).extend(leftovers)


class FileType:
    """A type= function that opens the named file ("-" is stdin/stdout)."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize, self._encoding, self._errors = mode, bufsize, encoding, errors

    def __call__(self, string):
        if string == "-":
            binary = "b" in self._mode
            if "r" in self._mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            if any(c in self._mode for c in "wax"):
                return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        shown = [repr(self._mode)]
        if self._bufsize != -1:
            shown.append(repr(self._bufsize))
        shown += ["%s=%r" % (key, value) for key, value in (("encoding", self._encoding), ("errors", self._errors))
                  if value is not None]
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))


_ACTIONS = {None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
            "store_true": _StoreTrueAction, "store_false": _StoreFalseAction, "append": _AppendAction,
            "append_const": _AppendConstAction, "count": _CountAction, "help": _HelpAction,
            "version": _VersionAction, "parsers": _SubParsersAction, "extend": _ExtendAction}


# ---- containers: the parser and its groups


class _ActionsContainer:
    """Declares arguments.  Groups share their parser's tables, so an argument
    added to a group is known to the parser."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {"action": dict(_ACTIONS)}
        self._conflict_handler()    # reject an unknown handler now
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in filter(lambda a: a.dest in kwargs, self._actions):
            action.default = kwargs[action.dest]

    def get_default(self, dest):
        declared = (a.default for a in self._actions if a.dest == dest and a.default is not None)
        return next(declared, self._defaults.get(dest))

    def add_argument(self, *args, **kwargs):
        """add_argument(name or flags..., action=, nargs=, const=, default=, type=, choices=, required=,
        help=, metavar=, dest=)"""
        if not args or len(args) == 1 and args[0][0] not in self.prefix_chars:
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            if kwargs["dest"] in self._defaults:
                kwargs["default"] = self._defaults[kwargs["dest"]]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        return self._add_action(self._make_action(kwargs))

    def _make_action(self, kwargs):
        make = self._pop_action_class(kwargs)
        if not callable(make):
            raise ValueError('unknown action "%s"' % (make,))
        action = make(**kwargs)
        converter = self._registry_get("type", action.type, action.type)
        problem = None
        if not callable(converter):
            problem = "%r is not callable"
        elif converter is FileType:
            problem = "%r is a FileType class object, instance of it must be passed"
        if problem:
            raise ValueError(problem % (converter,))
        self._check_metavar(action)
        return action

    def _check_metavar(self, action):
        pass    # only a parser, which can format usage, checks this

    def add_argument_group(self, *args, **kwargs):
        self._action_groups.append(_ArgumentGroup(self, *args, **kwargs))
        return self._action_groups[-1]

    def add_mutually_exclusive_group(self, **kwargs):
        self._mutually_exclusive_groups.append(_MutuallyExclusiveGroup(self, **kwargs))
        return self._mutually_exclusive_groups[-1]

    def _add_action(self, action):
        clashes = [(option, self._option_string_actions[option]) for option in action.option_strings
                   if option in self._option_string_actions]
        if clashes:
            self._conflict_handler()(action, clashes)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        """Copy a parent parser's arguments, keeping its groups."""
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError("cannot merge actions - two groups are named %r" % (group.title,))
            by_title[group.title] = group
        destination = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(title=group.title, description=group.description,
                                                                conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                destination[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            copy = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                destination[action] = copy
        for action in container._actions:
            destination.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get("nargs")
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or nargs == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        for option in args:
            if option[0] not in chars:
                raise ValueError("invalid option string %r: must start with a character %r" % (option, chars))
        dest = kwargs.pop("dest", None)
        if dest is None:
            longs = [option for option in args if len(option) > 1 and option[1] in chars]
            dest = (longs or args)[0].lstrip(chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % args[-1])
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=list(args))

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop("action", default)
        return self._registry_get("action", action, action)

    def _conflict_handler(self):
        handler = getattr(self, "_handle_conflict_%s" % self.conflict_handler, None)
        if handler is None:
            raise ValueError("invalid conflict_resolution value: %r" % self.conflict_handler)
        return handler

    def _handle_conflict_error(self, action, clashes):
        noun = "string" if len(clashes) == 1 else "strings"
        raise ArgumentError(action, "conflicting option %s: %s" % (noun, ", ".join(o for o, _ in clashes)))

    def _handle_conflict_resolve(self, action, clashes):
        # the newer argument takes the option strings; an older one left with none goes away
        for option, older in clashes:
            self._option_string_actions.pop(option, None)
            older.option_strings.remove(option)
        for older in {id(older): older for _, older in clashes}.values():
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        for setting in ("conflict_handler", "prefix_chars", "argument_default"):
            kwargs.setdefault(setting, getattr(container, setting))
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        for shared in ("_registries", "_actions", "_option_string_actions", "_defaults",
                       "_mutually_exclusive_groups"):
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _add_help_section(self, formatter):
        formatter.start_section(self.title)
        formatter.add_text(self.description)
        formatter.add_arguments(self._group_actions)
        formatter.end_section()

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn("Nesting argument groups is deprecated.", category=DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._group_actions.remove(action)
        self._container._remove_action(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn("Nesting mutually exclusive groups is deprecated.", category=DeprecationWarning,
                      stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)


# ---- the parser


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses command lines into Namespace objects."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        _ActionsContainer.__init__(self, description, prefix_chars, argument_default, conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ""
        vars(self).update(prog=prog, usage=usage, epilog=epilog, formatter_class=formatter_class,
                          fromfile_prefix_chars=fromfile_prefix_chars, add_help=add_help,
                          allow_abbrev=allow_abbrev, exit_on_error=exit_on_error)
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        self._subparsers = None
        self.register("type", None, lambda string: string)
        if add_help:
            dash = "-" if "-" in prefix_chars else prefix_chars[0]
            self.add_argument(dash + "h", dash * 2 + "help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(getattr(parent, "_defaults", {}))

    def _get_kwargs(self):
        return [(name, getattr(self, name))
                for name in ("prog", "usage", "description", "formatter_class", "conflict_handler", "add_help")]

    def _check_metavar(self, action):
        try:
            self._get_formatter()._format_args(action, None)
        except TypeError:
            raise ValueError("length of metavar tuple does not match nargs")

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            self._subparsers = self.add_argument_group(kwargs.pop("title", "subcommands"),
                                                       kwargs.pop("description", None))
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            # subcommand progs start with this parser's prog and positionals
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(), self._mutually_exclusive_groups, "")
            kwargs["prog"] = formatter.format_help().strip()
        action = self._pop_action_class(kwargs, "parsers")(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # -- parsing

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        self._reject_extras(extras)
        return namespace

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        self._reject_extras(extras)
        return namespace

    def _reject_extras(self, extras):
        if extras:
            self.error("unrecognized arguments: %s" % " ".join(extras))

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        # defaults first; values already on a given namespace win
        for action in self._actions:
            if action.dest is not SUPPRESS and action.default is not SUPPRESS \
                    and not hasattr(namespace, action.dest):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, extras = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if hasattr(namespace, _LEFTOVERS):
            extras.extend(getattr(namespace, _LEFTOVERS))
            delattr(namespace, _LEFTOVERS)
        return namespace, extras

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Options anywhere among the positionals: a first pass takes the
        options, a second the positionals from what is left."""
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError("parse_intermixed_args: positional arg with nargs=%s" % action.nargs)
        if any(action in positionals for group in self._mutually_exclusive_groups
               for action in group._group_actions):
            raise TypeError("parse_intermixed_args: positional in mutuallyExclusiveGroup")
        saved_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[len("usage: "):]    # as the full parser, during both passes
            with _Overrides(positionals, nargs=SUPPRESS, default=SUPPRESS):
                namespace, rest = self.parse_known_args(args, namespace)
            with _Overrides(self._get_optional_actions() + self._mutually_exclusive_groups, required=False):
                return self.parse_known_args(rest, namespace)
        finally:
            self.usage = saved_usage

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        return _Parse(self, arg_strings, namespace).run()

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                expanded.append(arg)
                continue
            try:
                with open(arg[1:]) as source:
                    lines = source.read().splitlines()
            except OSError as err:
                self.error(str(err))
            from_file = [word for line in lines for word in self.convert_arg_line_to_args(line)]
            expanded.extend(self._read_args_from_files(from_file))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _has_negative_number_options(self):
        return any(_NEGATIVE_NUMBER.match(option) for option in self._option_string_actions)

    def _parse_optional(self, arg):
        """(action, option string, attached value) for an option-like arg,
        action None for an unknown option; None for a positional value."""
        if not arg or arg[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg in known:
            return known[arg], arg, None
        if len(arg) == 1:
            return None
        name, equals, value = arg.partition("=")
        if equals and name in known:
            return known[name], name, value
        candidates = self._get_option_tuples(arg)
        if len(candidates) > 1:
            names = ", ".join(option for _, option, _ in candidates)
            self.error("ambiguous option: %s could match %s" % (arg, names))
        if candidates:
            return candidates[0]
        if _NEGATIVE_NUMBER.match(arg) and not self._has_negative_number_options():
            return None
        if " " in arg:
            return None
        return None, arg, None

    def _get_option_tuples(self, arg):
        known = self._option_string_actions
        if arg[1] in self.prefix_chars:
            # a long option may be abbreviated to any unique prefix
            if not self.allow_abbrev:
                return []
            prefix, equals, value = arg.partition("=")
            value = value if equals else None
            return [(known[option], option, value) for option in known if option.startswith(prefix)]
        # "-xVALUE": a short option with its value attached, or a single-dash long option's prefix
        short = arg[:2]
        return [(known[option], option, arg[2:] if option == short else None)
                for option in known if option == short or option.startswith(arg)]

    def _get_nargs_pattern(self, action):
        nargs = action.nargs
        if _known_nargs(nargs):
            pattern = _NARGS[nargs][2]
        else:
            pattern = "(-*" + "-*".join("A" * nargs) + "-*)"
        if action.option_strings:
            # an option's values never include "--"
            pattern = pattern.replace("-*", "").replace("-", "")
        return pattern

    def _match_argument(self, action, kinds):
        """How many of the arguments described by kinds the action takes."""
        found = _re.match(self._get_nargs_pattern(action), kinds)
        if found is None:
            message = _NARGS[action.nargs][3] if _known_nargs(action.nargs) else None
            if message is None:
                noun = "argument" if action.nargs == 1 else "arguments"
                message = "expected %s %s" % (action.nargs, noun)
            raise ArgumentError(action, message)
        return len(found.group(1))

    def _match_arguments_partial(self, actions, kinds):
        # the longest run of leading actions that can all match together
        for count in range(len(actions), 0, -1):
            pattern = "".join(self._get_nargs_pattern(action) for action in actions[:count])
            found = _re.match(pattern, kinds)
            if found is not None:
                return [len(group) for group in found.groups()]
        return []

    # -- values

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and "--" in arg_strings:
            arg_strings.remove("--")
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            if action.default is None:
                return arg_strings
            self._check_value(action, action.default)
            return action.default
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, string) for string in arg_strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._check_value(action, value)
        return values

    def _get_value(self, action, arg_string):
        converter = self._registry_get("type", action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, "%r is not callable" % (converter,))
        try:
            return converter(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, "invalid %s value: %r" % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            listed = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, listed))

    # -- output

    def _formatter_with_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter

    def format_usage(self):
        return self._formatter_with_usage().format_help()

    def format_help(self):
        formatter = self._formatter_with_usage()
        formatter.add_text(self.description)
        for group in self._action_groups:
            group._add_help_section(formatter)
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file or _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file or _sys.stdout)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass    # no usable stream: the message is dropped

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and message to stderr and exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))


class _Overrides:
    """Temporarily set attributes on several objects."""

    def __init__(self, targets, **values):
        self._targets = targets
        self._values = values
        self._saved = []

    def __enter__(self):
        for target in self._targets:
            for name, value in self._values.items():
                self._saved.append((target, name, getattr(target, name)))
                setattr(target, name, value)

    def __exit__(self, *exc):
        for target, name, value in reversed(self._saved):
            setattr(target, name, value)


class _Parse:
    """One run of a parser over a list of strings."""

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.seen_given = set()     # seen with a value other than the default
        self.pending = parser._get_positional_actions()
        # for each member of a mutually exclusive group, the members it excludes
        self.excludes = {}
        for group in parser._mutually_exclusive_groups:
            for action in group._group_actions:
                self.excludes.setdefault(action, []).extend(a for a in group._group_actions if a is not action)
        # one letter per string: "O" option, "A" value, "-" the "--" after which all are values
        self.options = {}
        kinds = []
        for index, string in enumerate(strings):
            if string == "--":
                kinds.append("-")
                kinds.extend("A" * (len(strings) - index - 1))
                break
            parsed = parser._parse_optional(string)
            if parsed is None:
                kinds.append("A")
            else:
                self.options[index] = parsed
                kinds.append("O")
        self.kinds = "".join(kinds)

    def run(self):
        parser, namespace = self.parser, self.namespace
        position = 0
        for option_index in sorted(self.options):
            if option_index < position:
                continue    # already taken as a value of an earlier option
            if position < option_index:
                position = self.take_positionals(position)
                if position > option_index:
                    continue
                # values no positional could take are leftovers
                self.extras.extend(self.strings[position:option_index])
            position = self.take_option(option_index)
        position = self.take_positionals(position)
        self.extras.extend(self.strings[position:])

        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif isinstance(action.default, str) and hasattr(namespace, action.dest) \
                    and getattr(namespace, action.dest) is action.default:
                # a string default is converted like a given value, but only when it is used
                setattr(namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error("the following arguments are required: %s" % ", ".join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(action in self.seen_given for action in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                parser.error("one of the arguments %s is required" % " ".join(names))
        return namespace, self.extras

    def apply(self, action, strings, option_string=None):
        self.seen.add(action)
        values = self.parser._get_values(action, strings)
        if values is not action.default:
            self.seen_given.add(action)
            for other in self.excludes.get(action, ()):
                if other in self.seen_given:
                    raise ArgumentError(action, "not allowed with argument %s" % _get_action_name(other))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def take_positionals(self, start):
        counts = self.parser._match_arguments_partial(self.pending, self.kinds[start:])
        for action, count in zip(self.pending, counts):
            self.apply(action, self.strings[start:start + count])
            start += count
        del self.pending[:len(counts)]
        return start

    def take_option(self, index):
        """Apply the option at index (a cluster like -abc may hold several); return the next index."""
        parser = self.parser
        action, option_string, attached = self.options[index]
        if action is None:
            self.extras.append(self.strings[index])
            return index + 1
        steps = []
        while attached is not None:
            wanted = parser._match_argument(action, "A")
            if wanted == 1:
                steps.append((action, [attached], option_string))
                break
            is_short = option_string[1] not in parser.prefix_chars
            if wanted != 0 or not is_short or attached == "":
                raise ArgumentError(action, "ignored explicit argument %r" % attached)
            # a short flag with more letters after it: the next letter is the next option
            steps.append((action, [], option_string))
            option_string = option_string[0] + attached[0]
            if option_string not in parser._option_string_actions:
                raise ArgumentError(action, "ignored explicit argument %r" % attached)
            action = parser._option_string_actions[option_string]
            attached = attached[1:] or None
        else:
            count = parser._match_argument(action, self.kinds[index + 1:])
            steps.append((action, self.strings[index + 1:index + 1 + count], option_string))
            index += count
        for step in steps:
            self.apply(*step)
        return index + 1
