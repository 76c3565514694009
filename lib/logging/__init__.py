"""Logging: loggers in a dotted-name hierarchy, handlers that emit records,
formatters that lay them out, filters, and basicConfig()."""

import io
import os
import sys
import threading
import time

__all__ = ["BASIC_FORMAT", "BufferingFormatter", "CRITICAL", "DEBUG", "ERROR", "FATAL", "FileHandler",
           "Filter", "Formatter", "Handler", "INFO", "LogRecord", "Logger", "LoggerAdapter", "NOTSET",
           "NullHandler", "StreamHandler", "WARN", "WARNING", "addLevelName", "basicConfig",
           "captureWarnings", "critical", "debug", "disable", "error", "exception", "fatal",
           "getLevelName", "getLogger", "getLoggerClass", "info", "log", "makeLogRecord",
           "setLoggerClass", "shutdown", "warn", "warning", "getLogRecordFactory",
           "setLogRecordFactory", "lastResort", "raiseExceptions", "getLevelNamesMapping",
           "getHandlerByName", "getHandlerNames"]

raiseExceptions = True
logThreads = logMultiprocessing = logProcesses = logAsyncioTasks = True

_start_ns = time.time_ns()


# {==== levels

CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET = 50, 40, 30, 20, 10, 0
FATAL, WARN = CRITICAL, WARNING

_nameToLevel = dict(CRITICAL=CRITICAL, FATAL=FATAL, ERROR=ERROR, WARN=WARN, WARNING=WARNING, INFO=INFO,
                    DEBUG=DEBUG, NOTSET=NOTSET)
# the aliases FATAL and WARN are names only: a level number prints as its main name
_levelToName = {level: name for name, level in _nameToLevel.items() if name not in ("FATAL", "WARN")}


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, the number of a level name, else "Level <level>"."""
    for table in (_levelToName, _nameToLevel):
        if level in table:
            return table[level]
    return "Level %s" % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    # a level given as a number or as a registered name -> the number
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    if level not in _nameToLevel:
        raise ValueError("Unknown level: %r" % level)
    return _nameToLevel[level]


class _NoLock:
    """Stands in for a handler's lock: Ay runs one thread of Python code per VM at a time."""

    def acquire(self, *args):
        return True

    def release(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


# }====
# {==== records

def _task_name():
    # the running asyncio task's name, when asyncio is in use and a task runs
    asyncio = sys.modules.get("asyncio") if logAsyncioTasks else None
    if asyncio is None:
        return None
    try:
        return asyncio.current_task().get_name()
    except Exception:
        return None


class LogRecord:
    """One logging event: what was logged, where from, and when."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        now_ns = time.time_ns()
        # a lone non-empty dict argument feeds formats like "%(key)s"
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        try:
            filename = os.path.basename(pathname)
            module = os.path.splitext(filename)[0]
        except (TypeError, ValueError, AttributeError):
            filename, module = pathname, "Unknown module"
        self.__dict__.update(
            name=name, msg=msg, args=args, levelname=getLevelName(level), levelno=level, pathname=pathname,
            filename=filename, module=module, exc_info=exc_info, exc_text=None, stack_info=sinfo,
            lineno=lineno, funcName=func, created=now_ns / 1e9,
            msecs=now_ns % 1_000_000_000 // 1_000_000 + 0.0, relativeCreated=(now_ns - _start_ns) / 1e6,
            thread=threading.get_ident() if logThreads else None,
            threadName=threading.current_thread().name if logThreads else None,
            processName="MainProcess" if logMultiprocessing else None,
            process=os.getpid() if logProcesses else None, taskName=_task_name())

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        return text % self.args if self.args else text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes come from a dict (e.g. one sent over a socket)."""
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# }====
# {==== formatters

class PercentStyle:
    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"
    _field_pattern = r"%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]"

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError("Formatting field not found in record: %s" % e)

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        # a format must have at least one field of its own style
        import re
        if not re.search(self._field_pattern, self._fmt, re.I):
            raise ValueError(self._no_fields_message())

    def _no_fields_message(self):
        return "Invalid format '%s' for '%%' style" % self._fmt

    def _values(self, record):
        return {**self._defaults, **record.__dict__} if self._defaults else record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)


class StrFormatStyle(PercentStyle):
    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"
    _field_pattern = r"\{"

    def _no_fields_message(self):
        return "invalid format: no fields"

    def _format(self, record):
        return self._fmt.format(**self._values(record))


class StringTemplateStyle(StrFormatStyle):
    default_format = "${message}"
    asctime_format = "${asctime}"
    asctime_search = "${asctime}"
    _field_pattern = r"\$"

    def usesTime(self):
        return "$asctime" in self._fmt or self.asctime_search in self._fmt

    def _format(self, record):
        import string
        return string.Template(self._fmt).substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character -> (style class, the format basicConfig() uses by default)
_STYLES = {"%": (PercentStyle, BASIC_FORMAT),
           "{": (StrFormatStyle, "{levelname}:{name}:{message}"),
           "$": (StringTemplateStyle, "${levelname}:${name}:${message}")}


def _style_entry(style):
    if style not in _STYLES:
        raise ValueError("Style must be one of: %s" % ",".join(_STYLES))
    return _STYLES[style]


class Formatter:
    """Lays a LogRecord out as text: the format, then exception and stack text on lines below."""

    converter = time.localtime
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        self._style = _style_entry(style)[0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        return self.default_msec_format % (text, record.msecs) if self.default_msec_format else text

    def formatException(self, ei):
        import traceback
        text = "".join(traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text.endswith("\n") else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        for below in (record.exc_text, record.stack_info and self.formatStack(record.stack_info)):
            if below:
                text += below if text.endswith("\n") else "\n" + below
        return text


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records: header, one line format per record, footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        return "".join([self.formatHeader(records), *map(self.linefmt.format, records),
                        self.formatFooter(records)])


# }====
# {==== filters and handlers

class Filter:
    """Passes the records of one logger and of its descendants ('' passes all)."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        return not self.name or record.name == self.name or record.name.startswith(self.name + ".")


class Filterer:
    """The filter list that loggers and handlers share."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """False when some filter rejects the record, else the record (a filter may
        hand back a replacement)."""
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, "filter") else check(record)
            if not verdict:
                return False
            if isinstance(verdict, LogRecord):
                record = verdict
        return record


_handlers = {}      # name -> handler, for getHandlerByName()
_handlerList = []   # every handler made, for shutdown()


def getHandlerByName(name):
    return _handlers.get(name)


def getHandlerNames():
    return frozenset(_handlers)


class Handler(Filterer):
    """Sends records somewhere; subclasses say where by defining emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        _handlers.pop(self._name, None)
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _NoLock()

    def _at_fork_reinit(self):
        pass

    def acquire(self):
        self.lock.acquire()

    def release(self):
        self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        verdict = self.filter(record)
        if verdict:
            self.emit(verdict if isinstance(verdict, LogRecord) else record)
        return verdict

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name in _handlers:
            del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised by emit() on stderr, without raising it."""
        if not (raiseExceptions and sys.stderr):
            return
        import traceback
        kind, error, tb = sys.exc_info()
        report = ["--- Logging error ---\n", *traceback.format_exception(kind, error, tb), "Call stack:\n"]
        # where the program called logging: the first frame out of the logging package
        frame = sys._getframe(1)
        while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "logging":
            frame = frame.f_back
        if frame is not None:
            report += traceback.format_stack(frame)
        else:
            report.append("Logged from file %s, line %s\n" % (record.filename, record.lineno))
        try:
            report.append("Message: %r\nArguments: %s\n" % (record.msg, record.args))
        except Exception:
            report.append("Unable to print the message and arguments - possible formatting error.\n"
                          "Use the traceback above to help find the error.\n")
        try:
            sys.stderr.write("".join(report))
        except OSError:
            pass

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record and a terminator to a stream (sys.stderr by default)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        flush = getattr(self.stream, "flush", None) if self.stream else None
        if flush:
            flush()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switch to another stream; returns the previous one (None when unchanged)."""
        if stream is self.stream:
            return None
        self.flush()
        previous, self.stream = self.stream, stream
        return previous

    def __repr__(self):
        name = str(getattr(self.stream, "name", ""))
        return "<%s %s(%s)>" % (type(self).__name__, name + " " if name else "", getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (at the first record when delay is set)."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = encoding if "b" in mode else io.text_encoding(encoding)
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        stream = None if delay else self._open()
        Handler.__init__(self)
        self.stream = stream

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def _close_stream(self):
        # flush and close the file, if open; the next record reopens it
        stream = self.stream
        if not stream:
            return
        try:
            self.flush()
        finally:
            self.stream = None
            if hasattr(stream, "close"):
                stream.close()

    def close(self):
        try:
            self._close_stream()
        finally:
            StreamHandler.close(self)

    def emit(self, record):
        # after close() only a mode that cannot truncate ("w" can) reopens the file
        if self.stream is None and (self.mode != "w" or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """Writes to whatever sys.stderr is when a record is emitted."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Swallows every record (for libraries that leave handler choice to the application)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# }====
# {==== loggers

class PlaceHolder:
    """Marks, in Manager.loggerDict, a dotted name that so far only has descendants."""


def _check_logger_class(klass):
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    global _loggerClass
    _check_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager:
    """The logger hierarchy: loggers by name, each linked to its nearest existing ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = NOTSET
        self.loggerDict = {}
        self.loggerClass = self.logRecordFactory = None
        self.emittedNoHandlerWarning = False

    # the level that disable() sets, checked like any other level
    disable = property(lambda self: self._disable,
                       lambda self, level: setattr(self, "_disable", _checkLevel(level)))

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        logger = self.loggerDict.get(name)
        if not isinstance(logger, Logger):
            logger = (self.loggerClass or _loggerClass)(name)
            logger.manager = self
            self.loggerDict[name] = logger
            self._link(logger)
        return logger

    def _link(self, logger):
        # parent: the nearest ancestor that is a logger (missing ones get placeholders)
        logger.parent = self.root
        prefix = logger.name
        while "." in prefix:
            prefix = prefix.rpartition(".")[0]
            ancestor = self.loggerDict.setdefault(prefix, PlaceHolder())
            if isinstance(ancestor, Logger):
                logger.parent = ancestor
                break
        # descendants made earlier skipped this name: those linked above it now hang below it
        below = logger.name + "."
        for other in self.loggerDict.values():
            if (isinstance(other, Logger) and other.name.startswith(below)
                    and not other.parent.name.startswith(below)):
                other.parent = logger

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _clear_cache(self):
        for logger in (self.root, *self.loggerDict.values()):
            if isinstance(logger, Logger):
                logger._cache.clear()


def _level_method(level, name):
    def log_at_level(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    log_at_level.__name__ = name
    log_at_level.__qualname__ = "Logger." + name
    return log_at_level


def _is_logging_frame(frame):
    return os.path.normcase(frame.f_code.co_filename) == _srcfile


class Logger(Filterer):
    """A named channel: records at or above its effective level go to its handlers and,
    while propagate is set, to its ancestors' handlers."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}  # level -> isEnabledFor(level)

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    debug = _level_method(DEBUG, "debug")
    info = _level_method(INFO, "info")
    warning = _level_method(WARNING, "warning")
    error = _level_method(ERROR, "error")
    critical = _level_method(CRITICAL, "critical")
    fatal = critical

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line number, function name, stack text) of the stacklevel-th
        frame out that is not logging's own (the outermost one if the stack ends first)."""
        frame = sys._getframe(0)
        while stacklevel > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _is_logging_frame(frame):
                stacklevel -= 1
        sinfo = None
        if stack_info:
            import traceback
            sinfo = "Stack (most recent call last):\n" + "".join(traceback.format_stack(frame)).rstrip("\n")
        return frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key in extra or ():
            if key in ("message", "asctime") or key in record.__dict__:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        elif exc_info and not isinstance(exc_info, tuple):
            exc_info = sys.exc_info()
        self.handle(self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, sinfo))

    def handle(self, record):
        verdict = False if self.disabled else self.filter(record)
        if verdict:
            self.callHandlers(verdict if isinstance(verdict, LogRecord) else record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def _lineage(self, propagating):
        # this logger and its ancestors; with propagating, only as far as records travel
        logger = self
        while logger:
            yield logger
            if propagating and not logger.propagate:
                return
            logger = logger.parent

    def hasHandlers(self):
        return any(logger.handlers for logger in self._lineage(True))

    def callHandlers(self, record):
        seen_handler = False
        for logger in self._lineage(True):
            for handler in logger.handlers:
                seen_handler = True
                if record.levelno >= handler.level:
                    handler.handle(record)
        if seen_handler:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        return next((logger.level for logger in self._lineage(False) if logger.level), NOTSET)

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        if level not in self._cache:
            self._cache[level] = self.manager.disable < level and level >= self.getEffectiveLevel()
        return self._cache[level]

    def getChild(self, suffix):
        return self.manager.getLogger(suffix if self is self.root else self.name + "." + suffix)

    def getChildren(self):
        # loggers linked to this one that sit exactly one name level below it
        depth = 0 if self is self.root else self.name.count(".") + 1
        return {logger for logger in self.manager.loggerDict.values()
                if isinstance(logger, Logger) and logger.parent is self and logger.name.count(".") == depth}

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        return getLogger, (self.name,)


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


def _adapter_method(level, name):
    def log_at_level(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    log_at_level.__name__ = name
    log_at_level.__qualname__ = "LoggerAdapter." + name
    return log_at_level


class LoggerAdapter:
    """Wraps a logger so every call carries extra context (see process())."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    debug = _adapter_method(DEBUG, "debug")
    info = _adapter_method(INFO, "info")
    warning = _adapter_method(WARNING, "warning")
    error = _adapter_method(ERROR, "error")
    critical = _adapter_method(CRITICAL, "critical")

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    manager = property(lambda self: self.logger.manager)
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)

_srcfile = os.path.normcase(addLevelName.__code__.co_filename)


# }====
# {==== configuration and module-level functions

def basicConfig(**kwargs):
    """Give the root logger a handler (on stderr unless told otherwise) with a
    Formatter, unless it has handlers already; force=True replaces them."""
    if kwargs.pop("force", False):
        for handler in root.handlers[:]:
            root.removeHandler(handler)
            handler.close()
    if root.handlers:
        return
    handlers = kwargs.pop("handlers", None)
    targets = [key for key in ("stream", "filename") if key in kwargs]
    if handlers is not None and targets:
        raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
    if len(targets) == 2:
        raise ValueError("'stream' and 'filename' should not be specified together")
    encoding = kwargs.pop("encoding", None)
    errors = kwargs.pop("errors", "backslashreplace")
    if handlers is None:
        filename = kwargs.pop("filename", None)
        mode = kwargs.pop("filemode", "a")
        if not filename:
            handlers = [StreamHandler(kwargs.pop("stream", None))]
        elif "b" in mode:
            handlers = [FileHandler(filename, mode, encoding=encoding, errors=None)]
        else:
            handlers = [FileHandler(filename, mode, encoding=io.text_encoding(encoding), errors=errors)]
    datefmt = kwargs.pop("datefmt", None)
    style = kwargs.pop("style", "%")
    formatter = Formatter(kwargs.pop("format", _style_entry(style)[1]), datefmt, style)
    for handler in handlers:
        if handler.formatter is None:
            handler.setFormatter(formatter)
    for handler in handlers:
        root.addHandler(handler)
    level = kwargs.pop("level", None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError("Unrecognised argument(s): %s" % ", ".join(kwargs))


def getLogger(name=None):
    """The logger of that dotted name, made on first use; the root logger for no name."""
    if not name or name == root.name:
        return root
    return Logger.manager.getLogger(name)


def _root_function(name):
    # logging.info(...) and friends: root's method, configuring the root first if bare
    method = getattr(Logger, name)

    def call_root(*args, **kwargs):
        if not root.handlers:
            basicConfig()
        method(root, *args, **kwargs)
    call_root.__name__ = call_root.__qualname__ = name
    return call_root


critical = fatal = _root_function("critical")
error = _root_function("error")
warning = _root_function("warning")
info = _root_function("info")
debug = _root_function("debug")
log = _root_function("log")


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead", DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at this level or below, whatever the loggers' levels."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler, newest first."""
    for handler in reversed(handlerList[:]):
        try:
            handler.flush()
            handler.close()
        except (OSError, ValueError):
            pass  # its stream went away first
        except Exception:
            if raiseExceptions:
                raise


_warnings_showwarning = None  # warnings.showwarning while warnings are captured


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if file is not None:  # an explicit destination is honoured as before
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    logger = getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning("%s", warnings.formatwarning(message, category, filename, lineno, line))


def captureWarnings(capture):
    """Send warnings to the 'py.warnings' logger (True) or back to warnings' own output."""
    global _warnings_showwarning
    import warnings
    if capture and _warnings_showwarning is None:
        _warnings_showwarning, warnings.showwarning = warnings.showwarning, _showwarning
    elif not capture and _warnings_showwarning is not None:
        warnings.showwarning, _warnings_showwarning = _warnings_showwarning, None
