"""The 'asyncio' logger. Once the program has imported `logging`, messages go
to logging.getLogger('asyncio') (so basicConfig, levels and handlers apply);
before that, asyncio does not import it (it is large) and writes to stderr
the way logging's last-resort handler would: the text, then the traceback."""

import sys
import _asyncio


def _write(text):
    err = getattr(sys, 'stderr', None)
    if err is not None:
        try:
            err.write(text)
            return
        except Exception:
            pass
    _asyncio._write_stderr(text)


def _logging_logger():
    logging = sys.modules.get('logging')
    return None if logging is None else logging.getLogger('asyncio')


class _Logger:
    name = 'asyncio'

    def _log(self, level, msg, args, kwargs):
        real = _logging_logger()
        if real is not None:
            kwargs.setdefault('stacklevel', 3)
            real.log(level, msg, *args, **kwargs)
            return
        if level < 30:
            return
        if args:
            msg = msg % args
        text = str(msg) + '\n'
        exc_info = kwargs.get('exc_info')
        if exc_info:
            if exc_info is True:
                exc_info = sys.exc_info()
            exc = exc_info[1] if isinstance(exc_info, tuple) else exc_info
            if exc is not None:
                text += _asyncio._format_exception(exc)
        _write(text)

    def critical(self, msg, *args, **kwargs):
        self._log(50, msg, args, kwargs)

    def error(self, msg, *args, **kwargs):
        self._log(40, msg, args, kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self._log(40, msg, args, dict(kwargs, exc_info=exc_info))

    def warning(self, msg, *args, **kwargs):
        self._log(30, msg, args, kwargs)

    def info(self, msg, *args, **kwargs):
        self._log(20, msg, args, kwargs)

    def debug(self, msg, *args, **kwargs):
        self._log(10, msg, args, kwargs)

    def isEnabledFor(self, level):
        real = _logging_logger()
        return real.isEnabledFor(level) if real is not None else level >= 30


logger = _Logger()
