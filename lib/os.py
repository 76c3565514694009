"""OS routines for POSIX: the posix module plus path handling (os.path),
the environ mapping, walk, makedirs and friends."""

import sys
import posix
from posix import *
from posix import _exit, stat_result, terminal_size, DirEntry

import posixpath as path

sys.modules["os.path"] = path

name = "posix"
linesep = "\n"
curdir = "."
pardir = ".."
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
error = OSError

supports_dir_fd = set()
supports_fd = {stat, chdir, listdir, chmod, truncate, utime}
supports_effective_ids = set()
supports_follow_symlinks = {stat}
supports_bytes_environ = True

P_WAIT, P_NOWAIT, P_NOWAITO = 0, 1, 1


class PathLike:
    """Anything with __fspath__ counts as an os.PathLike (isinstance checks use the hook)."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


def fsencode(filename):
    """A path as bytes: str is encoded as UTF-8 with surrogateescape, bytes pass unchanged."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    """A path as str: bytes are decoded as UTF-8 with surrogateescape, str passes unchanged."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def getlogin():
    """Return the name of the user logged in on the controlling terminal."""
    for var in ("LOGNAME", "USER"):
        if var in environ:
            return environ[var]
    raise OSError(2, "No such file or directory")


class _Environ:
    """os.environ: a mapping of the process environment; changes go to putenv/unsetenv."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key) from None
        unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    __hash__ = None

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % kv for kv in self._data.items())

    def __or__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not hasattr(other, "keys"):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value=None):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._MISSING:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError("popitem(): dictionary is empty")
        key = next(reversed(list(self._data)))
        return key, self.pop(key)

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value


environ = _Environ(posix.environ)


def getenv(key, default=None):
    """os.environ[key], or default when the variable is not set."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The directories a program name is looked up in: the PATH of env (default os.environ), else defpath."""
    if env is None:
        env = environ
    path_list = env.get("PATH")
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def _split_last(name):
    """(parent, last name) of a path, ignoring a trailing slash."""
    parent, last = path.split(name)
    return (parent, last) if last else path.split(parent)


def _ancestors(name):
    """The directories above name as written in it, nearest first."""
    parent, last = _split_last(name)
    while parent and last:
        yield parent
        parent, last = path.split(parent)


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir() that first creates the missing directories above name (with the default mode)."""
    missing = []
    for ancestor in _ancestors(name):
        if path.exists(ancestor):
            break
        missing.append(ancestor)
    for ancestor in reversed(missing):
        try:
            mkdir(ancestor)
        except FileExistsError:
            pass  # made meanwhile, or the 'x/..' of one just made
    if missing and _split_last(name)[1] in (curdir, b"."):
        return  # 'new/.' is the directory just made
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """rmdir() name, then each directory above it while they are empty."""
    rmdir(name)
    for ancestor in _ancestors(name):
        try:
            rmdir(ancestor)
        except OSError:
            return  # not empty (or not ours): stop climbing


def _parent_of(name):
    """The directory part of name; None if there is none or name ends with a slash."""
    head, tail = path.split(name)
    return head if head and tail else None


def renames(old, new):
    """rename() that creates the directories new needs and prunes those old leaves empty."""
    target_dir = _parent_of(new)
    if target_dir and not path.exists(target_dir):
        makedirs(target_dir)
    rename(old, new)
    source_dir = _parent_of(old)
    if source_dir:
        try:
            removedirs(source_dir)
        except OSError:
            pass  # still holds other files


def _scan(top, onerror):
    """[(entry, is_dir)] for the directory top, or None if it can't be opened.
    Errors go to onerror; one while reading keeps the entries read so far."""
    try:
        entries = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return None
    listing = []
    with entries:
        try:
            for entry in entries:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                listing.append((entry, is_dir))
        except OSError as error:
            if onerror is not None:
                onerror(error)
    return listing


def _is_symlink(entry):
    try:
        return entry.is_symlink()
    except OSError:
        return True  # can't tell: don't descend


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for top and every directory below it,
    parents first (topdown: dirnames may be pruned in place) or last."""
    pending = [fspath(top)]  # directories to visit, and bottom-up results waiting for their subtrees
    while pending:
        top = pending.pop()
        if isinstance(top, tuple):
            yield top
            continue
        listing = _scan(top, onerror)
        if listing is None:
            continue
        dirs = [entry.name for entry, is_dir in listing if is_dir]
        files = [entry.name for entry, is_dir in listing if not is_dir]
        if topdown:
            yield top, dirs, files
            # the caller may have pruned or edited dirs
            below = [path.join(top, name) for name in dirs]
            pending += [p for p in reversed(below) if followlinks or not path.islink(p)]
        else:
            # decide about links now: the caller sees dirs only afterwards
            pending.append((top, dirs, files))
            pending += [entry.path for entry, is_dir in reversed(listing)
                        if is_dir and (followlinks or not _is_symlink(entry))]


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def popen(cmd, mode="r", buffering=-1):
    """Run cmd through the shell; the returned file reads its output (mode 'r')
    or feeds its input (mode 'w'), and its close() gives the exit status."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    our_end = "stdout" if mode == "r" else "stdin"
    proc = subprocess.Popen(cmd, shell=True, text=True, bufsize=buffering, **{our_end: subprocess.PIPE})
    return _wrap_close(getattr(proc, our_end), proc)


class _wrap_close:
    """The file os.popen returns: the pipe, whose close() also reaps the shell."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)

    def close(self):
        """None on success, else the wait status (exit code << 8, negative for a signal)."""
        self._stream.close()
        return (self._proc.wait() << 8) or None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def _fscodec():
    return "utf-8", "surrogateescape"
