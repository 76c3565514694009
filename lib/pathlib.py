"""Object-oriented filesystem paths: PurePath for path arithmetic and Path
for the file system (POSIX flavour; PureWindowsPath for path arithmetic)."""

import fnmatch
import io
import ntpath
import os
import posixpath
import re
import sys
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ["UnsupportedOperation", "PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath",
           "WindowsPath"]


class UnsupportedOperation(NotImplementedError):
    """An exception that is raised when an unsupported operation is called on a path object."""
    pass


class _PathParents:
    """The logical ancestors of a path (path.parents)."""

    def __init__(self, path):
        self._path = path
        self._drv = path.drive
        self._root = path.root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parsed(self._drv, self._root, self._tail[:-idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """Base class for manipulating paths without I/O."""

    _flavour = posixpath

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == "nt" else PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        paths = []
        for arg in args:
            if isinstance(arg, PurePath):
                if arg._flavour is ntpath and self._flavour is posixpath:
                    paths.extend(path.replace("\\", "/") for path in arg._raw_paths)
                else:
                    paths.extend(arg._raw_paths)
            else:
                try:
                    path = os.fspath(arg)
                except TypeError:
                    path = arg
                if not isinstance(path, str):
                    raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a "
                                    "str, not %r" % type(path).__name__)
                paths.append(path)
        self._raw_paths = paths
        self._parsed = None

    def with_segments(self, *pathsegments):
        """Construct a new path object from any number of path-like objects."""
        return type(self)(*pathsegments)

    @classmethod
    def _parse_path(cls, path):
        flavour = cls._flavour
        if not path:
            return "", "", []
        sep = flavour.sep
        altsep = flavour.altsep
        if altsep:
            path = path.replace(altsep, sep)
        drv, root, rel = flavour.splitroot(path)
        if not root and drv.startswith(sep) and not drv.endswith(sep):
            drv_parts = drv.split(sep)
            if len(drv_parts) == 4 and drv_parts[2] not in "?.":
                root = sep
            elif len(drv_parts) == 6:
                root = sep
        parsed = [x for x in rel.split(sep) if x and x != "."]
        return drv, root, parsed

    def _load(self):
        if self._parsed is None:
            paths = self._raw_paths
            if len(paths) == 0:
                path = ""
            elif len(paths) == 1:
                path = paths[0]
            else:
                path = self._flavour.join(*paths)
            self._parsed = self._parse_path(path)
        return self._parsed

    @property
    def _tail(self):
        return self._load()[2]

    @classmethod
    def _format_parsed(cls, drv, root, tail):
        if drv or root:
            return drv + root + cls._flavour.sep.join(tail)
        if tail and cls._flavour.splitdrive(tail[0])[0]:
            tail = ["."] + tail
        return cls._flavour.sep.join(tail)

    def _from_parsed(self, drv, root, tail):
        path = self.with_segments(self._format_parsed(drv, root, tail))
        path._parsed = (drv, root, list(tail))
        return path

    def __str__(self):
        drv, root, tail = self._load()
        return self._format_parsed(drv, root, tail) or "."

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/) slashes."""
        return str(self).replace(self._flavour.sep, "/")

    def __bytes__(self):
        """Return the bytes representation of the path."""
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return "file://" + quote_from_bytes(os.fsencode(str(self)))

    @property
    def _str_normcase(self):
        if self._flavour is posixpath:
            return str(self)
        return str(self).lower()

    @property
    def _parts_normcase(self):
        return self._str_normcase.split(self._flavour.sep)

    def __hash__(self):
        return hash(self._str_normcase)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str_normcase == other._str_normcase and self._flavour is other._flavour

    def _check_comparable(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return False
        return True

    def __lt__(self, other):
        if not self._check_comparable(other):
            return NotImplemented
        return self._parts_normcase < other._parts_normcase

    def __le__(self, other):
        if not self._check_comparable(other):
            return NotImplemented
        return self._parts_normcase <= other._parts_normcase

    def __gt__(self, other):
        if not self._check_comparable(other):
            return NotImplemented
        return self._parts_normcase > other._parts_normcase

    def __ge__(self, other):
        if not self._check_comparable(other):
            return NotImplemented
        return self._parts_normcase >= other._parts_normcase

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return self._load()[0]

    @property
    def root(self):
        """The root of the path, if any."""
        return self._load()[1]

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self.drive + self.root

    @property
    def name(self):
        """The final path component, if any."""
        tail = self._tail
        if not tail:
            return ""
        return tail[-1]

    @property
    def suffix(self):
        """The final component's last suffix, if any."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any."""
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + suffix for suffix in name.split(".")[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, tail = f.splitroot(name)
        if drv or root or not tail or f.sep in tail or (f.altsep and f.altsep in tail) or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        parsed = self._load()
        return self._from_parsed(parsed[0], parsed[1], parsed[2][:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed."""
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        parsed = self._load()
        return self._from_parsed(parsed[0], parsed[1], parsed[2][:-1] + [name])

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """Return the relative path to another path identified by the passed arguments."""
        if _deprecated:
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        for step, path in enumerate([other] + list(other.parents)):
            if self.is_relative_to(path):
                break
            elif not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            elif path.name == "..":
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        parts = [".."] * step + self._tail[len(path._tail):]
        return self.with_segments(*parts) if parts else self.with_segments()

    def is_relative_to(self, other, /, *_deprecated):
        """Return True if the path is relative to another path or False."""
        if _deprecated:
            other = self.with_segments(other, *_deprecated)
        elif not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    @property
    def parts(self):
        """An object providing sequence-like access to the components in the filesystem path."""
        drv, root, tail = self._load()
        if drv or root:
            return (drv + root,) + tuple(tail)
        return tuple(tail)

    def joinpath(self, *pathsegments):
        """Combine this path with one or several arguments, and return a new path."""
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        drv, root, tail = self._load()
        if not tail:
            return self
        return self._from_parsed(drv, root, tail[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if applicable, a drive)."""
        if self._flavour is ntpath:
            return bool(self.drive and self.root)
        return bool(self.root)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved by the system, if any."""
        return False

    def match(self, path_pattern, *, case_sensitive=None):
        """Return True if this path matches the given pattern (from the right)."""
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        if case_sensitive is None:
            case_sensitive = self._flavour is posixpath
        pat_parts = path_pattern.parts
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self.parts
        if path_pattern.anchor:
            if len(parts) != len(pat_parts):
                return False
        elif len(parts) < len(pat_parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not case_sensitive:
                part, pat = part.lower(), pat.lower()
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True

    def __reduce__(self):
        return (self.__class__, self.parts)


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    _flavour = posixpath
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems."""
    _flavour = ntpath
    __slots__ = ()


class Path(PurePath):
    """PurePath subclass that can make system calls."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == "nt" else PosixPath
        return object.__new__(cls)

    def stat(self, *, follow_symlinks=True):
        """Return the result of the stat() system call on this path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """Like stat(), except if the path points to a symlink, the symlink's status information is returned."""
        return self.stat(follow_symlinks=False)

    def exists(self, *, follow_symlinks=True):
        """Whether this path exists."""
        try:
            self.stat(follow_symlinks=follow_symlinks)
        except (OSError, ValueError):
            return False
        return True

    def _mode_is(self, test, follow_symlinks=True):
        try:
            return test(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except (OSError, ValueError):
            return False

    def is_dir(self):
        """Whether this path is a directory."""
        return self._mode_is(S_ISDIR)

    def is_file(self):
        """Whether this path is a regular file (also True for symlinks pointing to regular files)."""
        return self._mode_is(S_ISREG)

    def is_symlink(self):
        """Whether this path is a symbolic link."""
        return self._mode_is(S_ISLNK, follow_symlinks=False)

    def is_socket(self):
        return self._mode_is(S_ISSOCK)

    def is_fifo(self):
        return self._mode_is(S_ISFIFO)

    def is_block_device(self):
        return self._mode_is(S_ISBLK)

    def is_char_device(self):
        return self._mode_is(S_ISCHR)

    def is_junction(self):
        return False

    def is_mount(self):
        """Check if this path is a mount point"""
        return os.path.ismount(self)

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.with_segments(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file pointed by this path and return a file object, as the built-in open() function does."""
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """Open the file in bytes mode, read it, and close the file."""
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """Open the file in text mode, read it, and close the file."""
        encoding = io.text_encoding(encoding)
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Open the file in bytes mode, write to it, and close the file."""
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Open the file in text mode, write to it, and close the file."""
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        encoding = io.text_encoding(encoding)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def iterdir(self):
        """Yield path objects of the directory contents."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _make_child_relpath(self, name):
        drv, root, tail = self._load()
        return self._from_parsed(drv, root, tail + [name])

    def glob(self, pattern, *, case_sensitive=None):
        """Iterate over this subtree and yield all existing files (of any kind, including directories)
        matching the given relative pattern."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, pattern_parts = self._parse_path(pattern)
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            pattern_parts.append("")
        yield from self._glob_parts(self, pattern_parts, case_sensitive)

    def rglob(self, pattern, *, case_sensitive=None):
        """Recursively yield all existing files (of any kind, including directories) matching the given
        relative pattern, anywhere in this subtree."""
        drv, root, pattern_parts = self._parse_path(pattern)
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            pattern_parts.append("")
        yield from self._glob_parts(self, ["**"] + pattern_parts, case_sensitive)

    def _glob_parts(self, base, parts, case_sensitive):
        if not parts:
            yield base
            return
        part, rest = parts[0], parts[1:]
        if part == "":
            if base.is_dir():
                yield base
            return
        if part == "**":
            seen = set()
            for path in self._walk_dirs(base):
                for found in self._glob_parts(path, rest, case_sensitive):
                    if found not in seen:
                        seen.add(found)
                        yield found
            return
        if part == "..":
            yield from self._glob_parts(base._make_child_relpath(".."), rest, case_sensitive)
            return
        if not any(c in part for c in "*?["):
            child = base._make_child_relpath(part)
            if rest or child.exists() or child.is_symlink():
                if rest:
                    if child.is_dir():
                        yield from self._glob_parts(child, rest, case_sensitive)
                else:
                    yield child
            return
        if case_sensitive is None:
            case_sensitive = self._flavour is posixpath
        try:
            with os.scandir(base) as it:
                entries = list(it)
        except OSError:
            return
        for entry in entries:
            name = entry.name
            if part[0] != "." and name.startswith("."):
                continue
            matched = fnmatch.fnmatchcase(name, part) if case_sensitive else \
                fnmatch.fnmatchcase(name.lower(), part.lower())
            if not matched:
                continue
            if rest:
                try:
                    if not entry.is_dir():
                        continue
                except OSError:
                    continue
            yield from self._glob_parts(base._make_child_relpath(name), rest, case_sensitive)

    def _walk_dirs(self, base):
        yield base
        try:
            with os.scandir(base) as it:
                entries = list(it)
        except OSError:
            return
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False) and not entry.name.startswith("."):
                    yield from self._walk_dirs(base._make_child_relpath(entry.name))
            except OSError:
                pass

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Walk the directory tree from this directory, similar to os.walk()."""
        for root, dirs, files in os.walk(self, topdown=top_down, onerror=on_error, followlinks=follow_symlinks):
            yield self.with_segments(root), dirs, files

    def absolute(self):
        """Return an absolute version of this path by prepending the current working directory."""
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        """Make the path absolute, resolving all symlinks on the way and also normalizing it."""
        return self.with_segments(os.path.realpath(self, strict=strict))

    def owner(self):
        """Return the login name of the file owner."""
        raise UnsupportedOperation("owner() is not supported")

    def group(self):
        """Return the group name of the file gid."""
        raise UnsupportedOperation("group() is not supported")

    def readlink(self):
        """Return the path to which the symbolic link points."""
        return self.with_segments(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        """Create this file with the given access mode, if it doesn't exist."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a new directory at this given path."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permissions of the path, like os.chmod()."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove this file or link."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove this directory.  The directory must be empty."""
        os.rmdir(self)

    def rename(self, target):
        """Rename this path to the target path; returns the new Path instance."""
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        """Rename this path to the target path, overwriting if that path exists."""
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symlink pointing to the target path."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link pointing to the same file as *target*."""
        os.link(target, self)

    def expanduser(self):
        """Return a new path with expanded ~ and ~user constructs."""
        if not (self.drive or self.root) and self._tail and self._tail[0][:1] == "~":
            homedir = os.path.expanduser(self._tail[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            drv, root, tail = self._parse_path(homedir)
            return self._from_parsed(drv, root, tail + self._tail[1:])
        return self

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory."""
        return cls("~").expanduser()

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise UnsupportedOperation("cannot instantiate %r on your system" % (cls.__name__,))
