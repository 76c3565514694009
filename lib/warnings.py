"""Warnings: warn() and warn_explicit(), the filter list deciding what becomes
of each warning (shown once, always, never, or raised), the output hooks
showwarning/formatwarning, and catch_warnings to change all that for a block."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

# Each filter is (action, message regex or None, category, module regex or
# None, lineno or 0); the first one matching a warning decides its action.
# A release build starts with DeprecationWarning shown for __main__ only and
# a few categories ignored (plain strings there match exactly).
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
# bumped on each change to the filters: per-module registries then start over
_filters_version = 1

# in the order -W abbreviations are resolved
_ACTIONS = ("default", "always", "ignore", "module", "once", "error")


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ---------------------------------------------------------------- output

class WarningMessage(object):
    """One warning with where it comes from (what catch_warnings(record=True) collects)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        for name, value in zip(self._WARNING_DETAILS,
                               (message, category, filename, lineno, file, line, source)):
            setattr(self, name, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno}, line : {self.line!r}}}")


def _standard_format(msg):
    """'file:line: Category: message' and, if known, the source line indented."""
    text = f"{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    return text + f"  {line.strip()}\n" if line else text


def _standard_show(msg):
    out = sys.stderr if msg.file is None else msg.file
    if out is None:  # no stderr (pythonw-like embedding)
        return
    try:
        out.write(_format(msg))
    except OSError:
        pass


# catch_warnings(record=True) swaps this for a list's append
_showwarnmsg_impl = _standard_show
_formatwarnmsg_impl = _standard_format


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (default: sys.stderr). Programs may replace it."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """A warning as text, the standard way. Programs may replace it."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


# the originals, to tell whether a program replaced them
_showwarning_orig, _formatwarning_orig = showwarning, formatwarning


def _show(msg):
    hook = globals().get('showwarning', _showwarning_orig)
    if hook is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _format(msg):
    hook = globals().get('formatwarning', _formatwarning_orig)
    if hook is _formatwarning_orig:
        return _formatwarnmsg_impl(msg)
    return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


# ---------------------------------------------------------------- filters

def _check(condition, message):
    # the documented AssertionErrors (CPython's asserts), kept under -O too
    if not condition:
        raise AssertionError(message)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter at the front (or the end, with append): `action` for the
    warnings whose text starts matching regex `message` (case-insensitive),
    of a subclass of `category`, from a module matching regex `module`, at
    line `lineno` (0: any)."""
    _check(action in _ACTIONS, f"invalid action: {action!r}")
    _check(isinstance(message, str), "message must be a string")
    _check(isinstance(category, type) and issubclass(category, Warning),
           "category must be a Warning subclass")
    _check(isinstance(module, str), "module must be a string")
    _check(isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0")
    if message or module:
        import re
        message = re.compile(message, re.I) if message else None
        module = re.compile(module) if module else None
    _add_filter((action, message or None, category, module or None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter matching every message and module (see filterwarnings)."""
    _check(action in _ACTIONS, f"invalid action: {action!r}")
    _check(isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def _add_filter(entry, append):
    # an equal filter is not added twice; at the front it moves there
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    """Removes every filter."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    """A filter field: None matches anything, a str exactly, else a regex."""
    if pattern is None:
        return True
    return pattern == text if isinstance(pattern, str) else pattern.match(text)


def _action_for(text, category, module, lineno):
    for entry in filters:
        action, message, cat, mod, line = entry
        if (_matches(message, text) and issubclass(category, cat) and _matches(mod, module)
                and line in (0, lineno)):
            return action, entry
    return defaultaction, None


# ---------------------------------------------------------------- -W options

class _OptionError(Exception):
    """A -W option that cannot be understood."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    """Applies one -W option, action:message:category:module:lineno (each part optional)."""
    parts = [part.strip() for part in arg.split(':')]
    if len(parts) > 5:
        raise _OptionError(f"too many fields (max 5): {arg!r}")
    action, message, category, module, lineno = parts + [''] * (5 - len(parts))
    action, category = _getaction(action), _getcategory(category)
    if message or module:
        import re
        # given literally, not as regexes; the module name must match whole
        message = re.escape(message)
        module = re.escape(module) + r'\Z' if module else module
    filterwarnings(action, message, category, module, _option_lineno(lineno))


def _option_lineno(text):
    if not text:
        return 0
    try:
        number = int(text)
    except (ValueError, OverflowError):
        raise _OptionError(f"invalid lineno {text!r}") from None
    if number < 0:
        raise _OptionError(f"invalid lineno {number!r}")
    return number


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for candidate in _ACTIONS:
        if candidate.startswith(action):
            return candidate
    raise _OptionError(f"invalid action: {action!r}")


def _getcategory(category):
    if not category:
        return Warning
    module_name, _, name = category.rpartition('.')
    if module_name:
        try:
            module = __import__(module_name, None, None, [name])
        except ImportError:
            raise _OptionError(f"invalid module name: {module_name!r}") from None
    else:
        import builtins as module
    found = getattr(module, name, None)
    if found is None:
        raise _OptionError(f"unknown warning category: {category!r}")
    if not issubclass(found, Warning):
        raise _OptionError(f"invalid warning category: {category!r}")
    return found


# ---------------------------------------------------------------- warn

def _caller_frame(stacklevel, skip_file_prefixes):
    """The frame `stacklevel` levels up from warn()'s caller (frames of files
    under skip_file_prefixes not counted); None beyond the outermost."""
    frame = sys._getframe(2)
    for _ in range(stacklevel - 1):
        frame = frame.f_back
        while frame is not None and skip_file_prefixes and \
                frame.f_code.co_filename.startswith(skip_file_prefixes):
            frame = frame.f_back
        if frame is None:
            return None
    return frame


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issues a warning: the filters decide whether it is shown, ignored or
    raised. stacklevel=2 blames the caller of the function calling warn()."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, not "
                        f"{type(skip_file_prefixes).__name__}")
    if skip_file_prefixes:
        stacklevel = max(2, stacklevel)
    try:
        frame = _caller_frame(stacklevel, skip_file_prefixes)
    except ValueError:
        frame = None
    if frame is None:  # beyond the outermost frame
        namespace, filename, lineno = sys.__dict__, "sys", 1
    else:
        namespace, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    registry = namespace.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, namespace.get('__name__', "<string>"),
                  registry, namespace, source)


def _first_time(action, registry, key):
    """Records the warning for actions that show it once per place, module or
    process; False when it was shown already."""
    text, category, _ = key
    if action == "once":
        registry[key] = 1
        if onceregistry.get((text, category)):
            return False
        onceregistry[(text, category)] = 1
    elif action == "module":
        registry[key] = 1
        if registry.get((text, category, 0)):
            return False
        registry[(text, category, 0)] = 1
    elif action == "default":
        registry[key] = 1
    return True


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning attributed to an explicit place (see warn())."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry.get(key):  # shown from this place already
        return
    action, entry = _action_for(text, category, module, lineno)
    if action == "ignore":
        return
    import linecache
    linecache.getlines(filename, module_globals)  # lets the source line of a loader's module show
    if action == "error":
        raise message
    if action not in _ACTIONS:
        raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {entry}")
    if _first_time(action, registry, key):
        _show(WarningMessage(message, category, filename, lineno, source=source))


# ---------------------------------------------------------------- catch_warnings

class catch_warnings(object):
    """Saves the warnings state (filters, showwarning) on entry and restores it
    on exit. record=True collects the warnings in the list `as` binds instead
    of showing them; action (with category, lineno, append) adds a simplefilter."""

    # the module attributes a block may change, restored on exit
    _SAVED = ('filters', 'showwarning', '_showwarnmsg_impl')

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = ["record=True"] if self._record else []
        if self._module is not sys.modules['warnings']:
            args.append(f"module={self._module!r}")
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        module = self._module
        self._saved = [getattr(module, name) for name in self._SAVED]
        module.filters = module.filters[:]
        module._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        module._showwarnmsg_impl = log.append
        # a replaced showwarning() would bypass the recording
        module.showwarning = module._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        for name, value in zip(self._SAVED, self._saved):
            setattr(self._module, name, value)
        self._module._filters_mutated()


# ---------------------------------------------------------------- deprecation helpers

class deprecated:
    """Decorator (PEP 702): using the decorated class or function issues
    `category` (DeprecationWarning) with the message; category=None only
    marks it (__deprecated__)."""

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError("Expected an object of type str for 'message', not "
                            f"{type(message).__name__!r}")
        self.message, self.category, self.stacklevel = message, category, stacklevel

    def _warn(self, extra_levels):
        warn(self.message, category=self.category, stacklevel=self.stacklevel + extra_levels)

    def __call__(self, arg, /):
        if self.category is None:
            arg.__deprecated__ = self.message
            return arg
        import functools
        if isinstance(arg, type):
            return self._wrap_class(arg, functools)
        if not callable(arg):
            raise TypeError("@deprecated decorator with non-None category must be applied to "
                            f"a class or callable, not {arg!r}")

        @functools.wraps(arg)
        def wrapper(*args, **kwargs):
            self._warn(2)
            return arg(*args, **kwargs)
        arg.__deprecated__ = wrapper.__deprecated__ = self.message
        return wrapper

    def _wrap_class(self, cls, functools):
        original_new = cls.__new__

        @functools.wraps(original_new)
        def __new__(klass, *args, **kwargs):
            if klass is cls:  # subclasses are not deprecated themselves
                self._warn(2)
            if original_new is not object.__new__:
                return original_new(klass, *args, **kwargs)
            # object.__new__ refuses arguments that no __init__ takes
            if klass.__init__ is object.__init__ and (args or kwargs):
                raise TypeError(f"{klass.__name__}() takes no arguments")
            return original_new(klass)
        cls.__new__ = staticmethod(__new__)
        cls.__deprecated__ = __new__.__deprecated__ = self.message
        return cls


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warns that the stdlib's `name` goes away in version `remove`, a
    (major, minor) pair; once that version is out, fails instead."""
    version = f"{remove[0]}.{remove[1]}"
    if _version[:2] > remove or (_version[:2] == remove and _version[3] != "alpha"):
        raise RuntimeError(f"{name!r} was slated for removal after Python {version} alpha")
    # blame the caller of the deprecated API, not its implementation
    warn(message.format(name=name, remove=version), DeprecationWarning, stacklevel=3)


if getattr(sys, 'warnoptions', None):
    _processoptions(sys.warnoptions)
