"""Additional handlers for the logging package: rotating files, buffering
and queues."""

import io
import os
import re
import time
import logging

_MIDNIGHT = 24 * 60 * 60


def _is_special(path):
    # an existing path that is no regular file (/dev/null, a pipe...) is never rotated
    return os.path.exists(path) and not os.path.isfile(path)


def _remove_if_present(path):
    if os.path.exists(path):
        os.remove(path)


class BaseRotatingHandler(logging.FileHandler):
    """Base class for handlers that rotate log files at a certain point."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        """Emit a record, rolling over first if it is time."""
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        return default_name if not callable(self.namer) else self.namer(default_name)

    def rotate(self, source, dest):
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over to log.1, log.2... when the file would exceed maxBytes."""

    def __init__(self, filename, mode="a", maxBytes=0, backupCount=0, encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            mode = "a"
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _backup_name(self, number):
        return self.rotation_filename("%s.%d" % (self.baseFilename, number))

    def doRollover(self):
        """Shift the backups up one number (the oldest falls off) and start a new file."""
        self._close_stream()
        if self.backupCount > 0:
            for number in range(self.backupCount, 1, -1):
                if os.path.exists(self._backup_name(number - 1)):
                    os.replace(self._backup_name(number - 1), self._backup_name(number))
            _remove_if_present(self._backup_name(1))
            self.rotate(self.baseFilename, self._backup_name(1))
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        # true when this record would take a non-empty file to maxBytes
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        size = self.stream.tell()
        return (size > 0 and size + len(self.format(record) + "\n") >= self.maxBytes
                and not _is_special(self.baseFilename))


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls over at intervals: when='S', 'M', 'H', 'D', 'midnight' or 'W0'-'W6'."""

    def __init__(self, filename, when="h", interval=1, backupCount=0, encoding=None, delay=False, utc=False,
                 atTime=None, errors=None):
        encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, "a", encoding=encoding, delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        units = {"S": (1, "%Y-%m-%d_%H-%M-%S", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$"),
                 "M": (60, "%Y-%m-%d_%H-%M", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$"),
                 "H": (3600, "%Y-%m-%d_%H", r"^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$"),
                 "D": (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
                 "MIDNIGHT": (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$")}
        if self.when.startswith("W"):
            if len(self.when) != 2 or not "0" <= self.when[1] <= "6":
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(self.when[1])
            seconds, self.suffix, ext = _MIDNIGHT * 7, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"
        elif self.when in units:
            seconds, self.suffix, ext = units[self.when]
        else:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        self.extMatch = re.compile(ext, re.ASCII)
        self.interval = seconds * interval
        filename = self.baseFilename
        t = int(os.stat(filename).st_mtime) if os.path.exists(filename) else int(time.time())
        self.rolloverAt = self.computeRollover(t)

    def computeRollover(self, currentTime):
        """Work out the rollover time based on the specified time."""
        result = currentTime + self.interval
        if self.when == "MIDNIGHT" or self.when.startswith("W"):
            t = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
            current = t[3] * 3600 + t[4] * 60 + t[5]
            rotate = 0 if self.atTime is None else \
                (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
            r = rotate - current
            if r <= 0:
                r += _MIDNIGHT
            result = currentTime + r
            if self.when.startswith("W"):
                day = t[6]
                if day != self.dayOfWeek:
                    days = (self.dayOfWeek - day) % 7
                    result += days * _MIDNIGHT
        return result

    def shouldRollover(self, record):
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if _is_special(self.baseFilename):
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        """The time-stamped backups beyond the newest backupCount, oldest first."""
        directory, base = os.path.split(self.baseFilename)
        prefix = base + "."
        stamped = sorted(os.path.join(directory, name) for name in os.listdir(directory)
                         if name.startswith(prefix) and self.extMatch.match(name[len(prefix):]))
        return stamped[:max(0, len(stamped) - self.backupCount)]

    def doRollover(self):
        """Rename the file after the start of the period it covers and start a new one."""
        self._close_stream()
        period_start = (time.gmtime if self.utc else time.localtime)(self.rolloverAt - self.interval)
        backup = self.rotation_filename(self.baseFilename + "." + time.strftime(self.suffix, period_start))
        _remove_if_present(backup)
        self.rotate(self.baseFilename, backup)
        if self.backupCount > 0:
            for expired in self.getFilesToDelete():
                os.remove(expired)
        if not self.delay:
            self.stream = self._open()
        self.rolloverAt = self.computeRollover(int(time.time()))


class WatchedFileHandler(logging.FileHandler):
    """A FileHandler that reopens the file when it was moved or removed."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            sres = os.fstat(self.stream.fileno())
            self.dev, self.ino = sres.st_dev, sres.st_ino

    def reopenIfNeeded(self):
        try:
            status = os.stat(self.baseFilename)
            moved = (status.st_dev, status.st_ino) != (self.dev, self.ino)
        except FileNotFoundError:
            moved = True
        if moved and self.stream is not None:
            self._close_stream()
            self.stream = self._open()
            self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """A handler class which buffers logging records in memory."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and passes them to a target handler when full or
    when a record of flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity) or (record.levelno >= self.flushLevel)

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.target = None
            BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Sends records to a queue (queue.Queue, multiprocessing queues...)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue
        self.listener = None

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        # only the formatted text travels: args, exceptions and stacks may not pickle
        import copy
        text = self.format(record)
        prepared = copy.copy(record)
        prepared.__dict__.update(message=text, msg=text, args=None, exc_info=None, exc_text=None,
                                 stack_info=None)
        return prepared

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records from a queue and hands them to handlers (on a thread)."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        import threading
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        # the listener thread: hand records on until the sentinel arrives
        task_done = getattr(self.queue, "task_done", lambda: None)
        while True:
            record = self.dequeue(True)
            try:
                if record is self._sentinel:
                    return
                self.handle(record)
            finally:
                task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None
