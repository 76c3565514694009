"""The 'asyncio' logger: messages go to stderr the way logging's last-resort
handler prints them (just the text, then the traceback if any)."""

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


class _Logger:
    name = 'asyncio'
    level = 0

    def _emit(self, msg, args, exc_info):
        if args:
            msg = msg % args
        text = str(msg) + '\n'
        if exc_info:
            if exc_info is True:
                exc_info = sys.exc_info()
            exc = exc_info[1] if isinstance(exc_info, tuple) else exc_info
            if exc is not None:
                text += _asyncio._format_exception(exc)
        _write(text)

    def error(self, msg, *args, exc_info=None, **kwargs):
        self._emit(msg, args, exc_info)

    exception = error
    critical = error

    def warning(self, msg, *args, exc_info=None, **kwargs):
        self._emit(msg, args, exc_info)

    def info(self, msg, *args, **kwargs):
        pass

    def debug(self, msg, *args, **kwargs):
        pass

    def isEnabledFor(self, level):
        return level >= 30


logger = _Logger()
