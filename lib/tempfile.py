"""Temporary files and directories, created securely (O_EXCL, mode 0600/0700)
with random names."""

import io
import os
import sys

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    return "".join(_NAME_CHARS[b % len(_NAME_CHARS)] for b in os.urandom(8))


def _candidate_dirs():
    for var in ("TMPDIR", "TEMP", "TMP"):
        value = os.getenv(var)
        if value:
            yield value
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    try:
        yield os.getcwd()
    except OSError:
        yield os.curdir


def _find_tempdir():
    for d in _candidate_dirs():
        if d != os.curdir:
            d = os.path.abspath(d)
        for _ in range(100):
            name = os.path.join(d, _random_name())
            try:
                fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                try:
                    os.write(fd, b"blat")
                finally:
                    os.close(fd)
                    os.unlink(name)
                return d
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % list(_candidate_dirs()))


def gettempdir():
    """The directory temporary files go to (tempfile.tempdir, found on first use), as str."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return os.fsdecode(tempdir)


def gettempdirb():
    """gettempdir() as bytes."""
    return os.fsencode(gettempdir())


def gettempprefix():
    """The name prefix ('tmp') of temporary files and directories, as str."""
    return template


def gettempprefixb():
    """gettempprefix() as bytes."""
    return os.fsencode(template)


def _sanitize(prefix, suffix, dir):
    # Defaults, and the type (str or bytes) every part must share.
    kinds = {type(x) for x in (prefix, suffix, dir) if x is not None}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    use_bytes = kinds == {bytes}
    if suffix is None:
        suffix = b"" if use_bytes else ""
    if prefix is None:
        prefix = gettempprefixb() if use_bytes else template
    if dir is None:
        dir = gettempdirb() if use_bytes else gettempdir()
    return prefix, suffix, dir, use_bytes


def _create(prefix, suffix, dir, make):
    # Tries random names until `make(path)` does not find one taken.
    prefix, suffix, dir, use_bytes = _sanitize(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        name = _random_name()
        if use_bytes:
            name = os.fsencode(name)
        path = os.path.join(dir, prefix + name + suffix)
        try:
            result = make(path)
        except FileExistsError:
            continue
        return os.path.abspath(path), result
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create and return a unique temporary file: (fd, absolute path)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    path, fd = _create(prefix, suffix, dir, lambda p: os.open(p, flags, 0o600))
    return fd, path


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create and return a unique temporary directory (absolute path)."""
    path, _ = _create(prefix, suffix, dir, lambda p: os.mkdir(p, 0o700))
    return path


def mktemp(suffix="", prefix=template, dir=None):
    """Return an absolute pathname that did not exist when checked (unsafe)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with a name that removes the file when closed."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._delete_on_close = delete_on_close
        self._removed = False

    def _remove(self):
        if not self._removed:
            self._removed = True
            try:
                os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        if self.delete:
            self._remove()
        return result

    def close(self):
        self.file.close()
        if self.delete and self._delete_on_close:
            self._remove()

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object at %#x>" % id(self)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None, delete_on_close=True):
    """A temporary file with a visible name (file.name), removed on close
    when delete is true."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        os.unlink(name)
        os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete, delete_on_close)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file with no name in the file system."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        os.unlink(name)
        return io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        os.close(fd)
        raise


class SpooledTemporaryFile(io.IOBase):
    """A temporary file kept in memory until it grows past max_size (or
    fileno() is needed), then moved to a real temporary file."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = io.BytesIO()
        else:  # text over bytes, so that tell() counts bytes as it will after rollover
            self._file = io.TextIOWrapper(io.BytesIO(), io.text_encoding(encoding), errors, newline)
        self._max_size = max_size
        self._rolled = False
        self._args = (mode, buffering, encoding, newline, suffix, prefix, dir, errors)

    def _spill_if_big(self):
        if self._max_size and not self._rolled and self._file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file (once)."""
        if self._rolled:
            return
        mode, buffering, encoding, newline, suffix, prefix, dir, errors = self._args
        disk = TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, errors=errors)
        memory = self._file
        where = memory.tell()
        if hasattr(disk, "buffer"):
            memory.flush()
            disk.buffer.write(memory.buffer.getvalue())
        else:
            disk.write(memory.getvalue())
        disk.seek(where, 0)
        self._file = disk
        self._rolled = True

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    closed = property(lambda self: self._file.closed)
    name = property(lambda self: self._file.name if self._rolled else None)

    def fileno(self):
        self.rollover()  # only a real file has a descriptor
        return self._file.fileno()

    def write(self, s):
        count = self._file.write(s)
        self._spill_if_big()
        return count

    def writelines(self, iterable):
        self._file.writelines(iterable)
        self._spill_if_big()


def _pass_to_file(name):
    def method(self, *args):
        return getattr(self._file, name)(*args)
    method.__name__ = name
    return method


for _name in ("close", "flush", "read", "readline", "readlines", "seek", "tell", "truncate", "readable", "writable",
              "seekable"):
    setattr(SpooledTemporaryFile, _name, _pass_to_file(_name))
del _name


class TemporaryDirectory:
    """A new directory that cleanup(), or the end of the with block it
    names, removes with everything in it (unless delete=False)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *,
                 delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._cleaned = False

    def cleanup(self):
        already, self._cleaned = self._cleaned, True
        if already or not os.path.exists(self.name):
            return
        import shutil
        try:
            shutil.rmtree(self.name)
        except OSError:
            if not self._ignore_cleanup_errors:
                raise

    def __enter__(self):
        return self.name

    def __exit__(self, *exc_info):
        if self._delete:
            self.cleanup()

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.name)

    def __class_getitem__(cls, item):
        return cls
