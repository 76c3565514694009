"""Filesystem paths as objects: PurePosixPath and PureWindowsPath do path
arithmetic only; Path (PosixPath here) adds the file-system calls."""

import fnmatch
import io
import itertools
import ntpath
import operator
import os
import posixpath
import re
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath",
           "WindowsPath"]

# Device names Windows reserves in every directory (with any extension).
_WINDOWS_DEVICES = frozenset(["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"] +
                             [kind + digit for kind in ("COM", "LPT") for digit in "123456789\xb9\xb2\xb3"])


class UnsupportedOperation(NotImplementedError):
    """Raised when a path operation is not available on this system."""


def _parse(flavour, text):
    """Split one path string into (drive, root, names), dropping empty and '.' names."""
    sep = flavour.sep
    if flavour.altsep:
        text = text.replace(flavour.altsep, sep)
    drive, root, rest = flavour.splitroot(text)
    if not root and drive.startswith(sep) and not drive.endswith(sep):
        # A UNC share ("\\srv\share", "\\?\UNC\srv\share") implies a root.
        pieces = drive.split(sep)[2:]
        if len(pieces) == 4 or (len(pieces) == 2 and pieces[0] not in "?."):
            root = sep
    return drive, root, [name for name in rest.split(sep) if name and name != "."]


def _split_suffix(name):
    """(stem, suffix) of a file name; leading dots and a trailing dot are not suffixes."""
    dot = name.rfind(".")
    if 0 < dot < len(name) - 1:
        return name[:dot], name[dot:]
    return name, ""


class _Parents:
    """path.parents: the ancestors of a path, nearest first, as a read-only sequence."""

    def __init__(self, path):
        self._path = path
        self._depth = len(path._names)

    def __len__(self):
        return self._depth

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._depth)))
        if not -self._depth <= index < self._depth:
            raise IndexError(index)
        keep = self._depth - 1 - index % self._depth
        path = self._path
        return path._derive(path.drive, path.root, path._names[:keep])

    def __repr__(self):
        return "<%s.parents>" % type(self._path).__name__


def _ordering(compare):
    def method(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return compare(self._sort_key, other._sort_key)
    method.__name__ = "__%s__" % compare.__name__
    return method


class PurePath:
    """A path in the syntax of a flavour (posixpath or ntpath), without I/O."""

    _flavour = posixpath

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == "nt" else PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        flavour = self._flavour
        texts = []
        for arg in args:
            if isinstance(arg, PurePath):
                text = str(arg) if arg._names or arg.drive or arg.root else ""
                if arg._flavour is ntpath and flavour is posixpath:
                    text = text.replace("\\", "/")
            else:
                try:
                    text = os.fspath(arg)
                except TypeError:
                    text = arg
                if not isinstance(text, str):
                    raise TypeError("argument should be a str or an os.PathLike object where __fspath__ "
                                    "returns a str, not %r" % type(text).__name__)
            texts.append(text)
        joined = flavour.join(*texts) if len(texts) > 1 else "".join(texts)
        self._drive, self._root, self._names = _parse(flavour, joined)
        self._str = self._format(self._drive, self._root, self._names) or "."

    @classmethod
    def _format(cls, drive, root, names):
        sep = cls._flavour.sep
        if not drive and not root and names and cls._flavour.splitdrive(names[0])[0]:
            # keep a first name like "c:x" from reading as a drive
            names = ["."] + names
        return drive + root + sep.join(names)

    def with_segments(self, *pathsegments):
        """A new path of this type from the given segments (subclasses may pass extra state)."""
        return type(self)(*pathsegments)

    def _derive(self, drive, root, names):
        return self.with_segments(self._format(drive, root, names) or ".")

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def __reduce__(self):
        return (type(self), self.parts)

    def as_posix(self):
        """The path with forward slashes."""
        return self._str.replace(self._flavour.sep, "/")

    def as_uri(self):
        """The path as a file: URI (absolute paths only)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        drive = self.drive
        if len(drive) == 2 and drive[1] == ":":
            head, text = "file:///" + drive, self.as_posix()[2:]
        elif drive:
            head, text = "file:", self.as_posix()
        else:
            head, text = "file://", self._str
        return head + quote_from_bytes(os.fsencode(text))

    # Windows paths compare case-insensitively; both flavours compare name by name.
    @property
    def _cased(self):
        return self._str if self._flavour is posixpath else self._str.lower()

    @property
    def _sort_key(self):
        return self._cased.split(self._flavour.sep)

    def __hash__(self):
        return hash(self._cased)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._flavour is other._flavour and self._cased == other._cased

    __lt__ = _ordering(operator.lt)
    __le__ = _ordering(operator.le)
    __gt__ = _ordering(operator.gt)
    __ge__ = _ordering(operator.ge)

    drive = property(lambda self: self._drive, doc="The drive (letter or UNC share), or ''.")
    root = property(lambda self: self._root, doc="The root separator, or ''.")
    anchor = property(lambda self: self._drive + self._root, doc="Drive and root together.")
    name = property(lambda self: self._names[-1] if self._names else "", doc="The last name, or ''.")
    suffix = property(lambda self: _split_suffix(self.name)[1], doc="The last name's extension, or ''.")
    stem = property(lambda self: _split_suffix(self.name)[0], doc="The last name without its extension.")

    @property
    def suffixes(self):
        """Every extension of the last name, in order."""
        name = self.name
        if name.endswith("."):
            return []
        return ["." + ext for ext in name.lstrip(".").split(".")[1:]]

    @property
    def parts(self):
        """The anchor (if any) followed by each name."""
        anchor = self.anchor
        return ((anchor,) if anchor else ()) + tuple(self._names)

    @property
    def parent(self):
        """The path without its last name (the path itself when it has none)."""
        if not self._names:
            return self
        return self._derive(self._drive, self._root, self._names[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        """The path with its last name replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        flavour = self._flavour
        if name in ("", ".") or flavour.sep in name or (flavour.altsep and flavour.altsep in name):
            raise ValueError("Invalid name %r" % (name,))
        return self._derive(self._drive, self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        """The path with the last name's stem replaced, keeping its extension."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with the last name's extension replaced (or added, or removed with '')."""
        flavour = self._flavour
        bad_char = flavour.sep in suffix or (flavour.altsep and flavour.altsep in suffix)
        if bad_char or suffix == "." or (suffix and suffix[0] != "."):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        return self.with_name(self.stem + suffix)

    def _as_path(self, other, extra):
        if extra or not isinstance(other, PurePath):
            return self.with_segments(other, *extra)
        return other

    def is_relative_to(self, other, /, *_deprecated):
        """Whether this path is other or lies below it."""
        other = self._as_path(other, _deprecated)
        return other == self or other in self.parents

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """This path relative to other; with walk_up, climb out of other with '..' as needed."""
        other = self._as_path(other, _deprecated)
        base, climbs = other, 0
        while not self.is_relative_to(base):
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if base.name == "..":
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
            if not base._names:
                raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
            base, climbs = base.parent, climbs + 1
        return self.with_segments(*([".."] * climbs + self._names[len(base._names):]))

    def joinpath(self, *pathsegments):
        """This path extended by the given segments (an absolute one restarts it)."""
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        return self._joined(self, key)

    def __rtruediv__(self, key):
        return self._joined(key, self)

    def _joined(self, *segments):
        try:
            return self.with_segments(*segments)
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        """Whether the path has a root (and, on Windows, a drive)."""
        return bool(self._root) and (self._flavour is posixpath or bool(self._drive))

    def is_reserved(self):
        """Whether the last name is a Windows device name (never for POSIX paths or UNC shares)."""
        if self._flavour is posixpath or not self._names or self._drive.startswith("\\\\"):
            return False
        device = self._names[-1].partition(".")[0].partition(":")[0].rstrip(" ")
        return device.upper() in _WINDOWS_DEVICES

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path's trailing names match the glob pattern, name by name
        (an anchored pattern must match the whole path)."""
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        if case_sensitive is None:
            case_sensitive = self._flavour is posixpath
        wanted = path_pattern.parts
        if not wanted:
            raise ValueError("empty pattern")
        have = self.parts
        if len(have) < len(wanted) or (path_pattern.anchor and len(have) != len(wanted)):
            return False
        fold = (lambda text: text) if case_sensitive else str.lower
        return all(fnmatch.fnmatchcase(fold(name), fold(pat))
                   for name, pat in zip(have[len(have) - len(wanted):], wanted))


class PurePosixPath(PurePath):
    """A pure path with POSIX syntax."""
    _flavour = posixpath
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path with Windows syntax (drives, UNC shares, either slash)."""
    _flavour = ntpath
    __slots__ = ()


def _mode_test(name, test, follow_symlinks=True):
    """A Path.is_* method: does the file's mode pass test? (False when it can't be stat'ed)"""
    def method(self):
        try:
            return test(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except (OSError, ValueError):
            return False
    method.__name__ = name
    method.__qualname__ = "Path." + name
    return method

def _glob_steps(base, steps):
    """Paths reached from base by the compiled glob steps: a regex matches one name,
    '..' goes up, '**' is this directory or any below it, '' ends at a directory."""
    if not steps or steps[0] == "":
        yield base
        return
    step, rest = steps[0], steps[1:]
    if step == "..":
        yield from _glob_steps(base._child(".."), rest)
    elif step == "**":
        while rest[:1] == ["**"]:
            rest = rest[1:]
        seen = set()
        starts = (dirpath._child(name) for dirpath, dirnames, _ in base.walk() for name in dirnames)
        for start in itertools.chain([base], starts):
            for found in _glob_steps(start, rest):
                if found not in seen:
                    seen.add(found)
                    yield found
    else:
        try:
            with os.scandir(base) as it:
                entries = list(it)
        except PermissionError:
            return
        for entry in entries:
            if rest:
                try:
                    if not entry.is_dir():
                        continue
                except OSError:
                    continue
            if step.match(entry.name):
                yield from _glob_steps(base._child(entry.name), rest)


class Path(PurePath):
    """A path on this system's file system."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == "nt" else PosixPath
        return object.__new__(cls)

    # queries

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.stat(self, follow_symlinks=False)

    def exists(self, *, follow_symlinks=True):
        try:
            self.stat(follow_symlinks=follow_symlinks)
        except (OSError, ValueError):
            return False
        return True

    is_dir = _mode_test("is_dir", S_ISDIR)
    is_file = _mode_test("is_file", S_ISREG)
    is_symlink = _mode_test("is_symlink", S_ISLNK, follow_symlinks=False)
    is_socket = _mode_test("is_socket", S_ISSOCK)
    is_fifo = _mode_test("is_fifo", S_ISFIFO)
    is_block_device = _mode_test("is_block_device", S_ISBLK)
    is_char_device = _mode_test("is_char_device", S_ISCHR)

    def is_junction(self):
        return False  # junctions exist on Windows only

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        """Whether other_path names the same file (same device and inode)."""
        if not isinstance(other_path, Path):
            other_path = self.with_segments(other_path)
        return os.path.samestat(self.stat(), other_path.stat())

    def owner(self):
        raise UnsupportedOperation("owner() is not supported")

    def group(self):
        raise UnsupportedOperation("group() is not supported")

    def readlink(self):
        return self.with_segments(os.readlink(self))

    # contents

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=io.text_encoding(encoding), errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        data = memoryview(data)
        with self.open("wb") as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=io.text_encoding(encoding), errors=errors, newline=newline) as f:
            return f.write(data)

    # directories

    def _child(self, name):
        return self._derive(self._drive, self._root, self._names + [name])

    def iterdir(self):
        for name in os.listdir(self):
            yield self._child(name)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Like os.walk, yielding (dirpath, dirnames, filenames) with dirpath a Path;
        symlinks to directories count as files unless follow_symlinks."""
        try:
            with os.scandir(self) as it:
                entries = list(it)
        except OSError as error:
            if on_error is not None:
                on_error(error)
            return
        dirnames, filenames = [], []
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=follow_symlinks)
            except OSError:
                is_dir = False
            (dirnames if is_dir else filenames).append(entry.name)
        if top_down:
            yield self, dirnames, filenames
        for name in dirnames:
            yield from self._child(name).walk(top_down, on_error, follow_symlinks)
        if not top_down:
            yield self, dirnames, filenames

    def glob(self, pattern, *, case_sensitive=None):
        """Paths below this directory matching the relative glob pattern
        ('**' is any number of directories; a trailing separator keeps directories only)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        yield from self._glob(pattern, [], case_sensitive)

    def rglob(self, pattern, *, case_sensitive=None):
        """glob() with '**/' in front of the pattern."""
        yield from self._glob(pattern, ["**"], case_sensitive)

    def _glob(self, pattern, prefix, case_sensitive):
        flavour = self._flavour
        drive, root, names = _parse(flavour, pattern)
        if drive or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1:] in (flavour.sep, flavour.altsep or flavour.sep):
            names.append("")
        if any("**" in name and name != "**" for name in names):
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
        if case_sensitive is None:
            case_sensitive = flavour is posixpath
        if not self.is_dir():
            return iter(())
        flags = 0 if case_sensitive else re.IGNORECASE
        steps = [name if name in ("", "**", "..") else re.compile(fnmatch.translate(name), flags)
                 for name in prefix + names]
        return _glob_steps(self, steps)



    # derived paths

    def absolute(self):
        """The path made absolute against the current directory (without resolving '..' or links)."""
        return self if self.is_absolute() else self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        """The absolute path with symlinks and '..' resolved."""
        return self.with_segments(os.path.realpath(self, strict=strict))

    def expanduser(self):
        """The path with a leading '~' or '~user' replaced by that home directory."""
        if self._drive or self._root or not self._names or not self._names[0].startswith("~"):
            return self
        home = self._flavour.expanduser(self._names[0])
        if home.startswith("~"):
            raise RuntimeError("Could not determine home directory.")
        return self.with_segments(home, *self._names[1:])

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    # changes to the file system

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or with exist_ok just update the times of an existing one."""
        if exist_ok:
            try:
                os.utime(self)
                return
            except OSError:
                pass  # most likely missing: create it
        flags = os.O_CREAT | os.O_WRONLY | (0 if exist_ok else os.O_EXCL)
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory; parents creates missing ancestors too."""
        parent = self.parent
        if parents and parent != self and not parent.exists():
            parent.mkdir(parents=True, exist_ok=True)
        try:
            os.mkdir(self, mode)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        os.chmod(self, mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        os.link(target, self)

    # a Path used as a context manager does nothing (kept for old code)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return None


class PosixPath(Path, PurePosixPath):
    """A path on a POSIX file system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A path on a Windows file system (cannot be created here)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise UnsupportedOperation("cannot instantiate %r on your system" % (cls.__name__,))
