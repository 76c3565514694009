"""High-level file operations: copying files and trees, removing trees,
moving, finding programs, disk usage and the terminal size."""

import os
import sys
import stat
from collections import namedtuple

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move",
           "rmtree", "Error", "SpecialFileError", "ExecError", "disk_usage", "get_terminal_size",
           "which", "ignore_patterns", "chown", "SameFileError"]

COPY_BUFSIZE = 64 * 1024

_DiskUsage = namedtuple("usage", "total used free")


class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile() was given the same file as source and destination."""


class SpecialFileError(OSError):
    """The operation can't handle this kind of file (e.g. copying a named pipe)."""


class ExecError(OSError):
    """A command could not be run."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy everything left in file object fsrc to fdst, length bytes at a time."""
    read, write = fsrc.read, fdst.write
    while chunk := read(length or COPY_BUFSIZE):
        write(chunk)


def _samefile(src, dst):
    try:
        if isinstance(src, os.DirEntry):
            return os.path.samestat(src.stat(), os.stat(dst))
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _is_fifo(name):
    try:
        return stat.S_ISFIFO(os.stat(name).st_mode)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of file src to dst (a symlink src is copied as a link
    when not follow_symlinks); return dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for name in (src, dst):
        if _is_fifo(name):
            raise SpecialFileError("`%s` is a named pipe" % os.fspath(name))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as source:
        try:
            with open(dst, "wb") as target:
                copyfileobj(source, target)
        except IsADirectoryError as error:
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f"Directory does not exist: {dst}") from error
    return dst


def _both_links(src, dst):
    return os.path.islink(src) and os.path.islink(dst)


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    if not follow_symlinks and _both_links(src, dst):
        return  # no lchmod here: a link's own mode can't be set
    os.chmod(dst, stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits and access/modification times of src
    (of the links themselves, where the system allows, when both are
    symlinks and not follow_symlinks)."""
    follow = follow_symlinks or not _both_links(src, dst)
    st = src.stat(follow_symlinks=follow) if isinstance(src, os.DirEntry) else os.stat(src, follow_symlinks=follow)
    if follow or os.utime in os.supports_follow_symlinks:
        os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow)
    if follow or os.chmod in os.supports_follow_symlinks:
        try:
            os.chmod(dst, stat.S_IMODE(st.st_mode), follow_symlinks=follow)
        except NotImplementedError:
            pass  # some systems can't change a link's mode


def _copy_and(copy_metadata, name, doc):
    def copier(src, dst, *, follow_symlinks=True):
        if os.path.isdir(dst):
            dst = os.path.join(dst, os.path.basename(src))
        copyfile(src, dst, follow_symlinks=follow_symlinks)
        copy_metadata(src, dst, follow_symlinks=follow_symlinks)
        return dst
    copier.__name__ = copier.__qualname__ = name
    copier.__doc__ = doc
    return copier


copy = _copy_and(copymode, "copy", "Copy file src to dst (a file or a directory to put it in) with its "
                                   "permission bits, like cp; return the new file's path.")
copy2 = _copy_and(copystat, "copy2", "copy() that also copies the access and modification times.")


def ignore_patterns(*patterns):
    """An ignore= callable for copytree(): skip names matching any of the glob patterns."""
    import fnmatch

    def _ignore_patterns(path, names):
        return {name for name in names if any(fnmatch.fnmatch(name, pattern) for pattern in patterns)}
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Copy the directory tree src to a new directory dst (which may exist
    with dirs_exist_ok); return dst. Failures of single files are collected
    and raised together as Error([(src, dst, why), ...]) at the end."""
    with os.scandir(src) as it:
        entries = list(it)
    skip = ignore(os.fspath(src), [entry.name for entry in entries]) if ignore is not None else ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    failures = []
    for entry in entries:
        if entry.name in skip:
            continue
        source, target = os.path.join(src, entry.name), os.path.join(dst, entry.name)
        try:
            _copy_entry(entry, source, target, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                        dirs_exist_ok)
        except Error as err:
            failures += err.args[0]
        except OSError as why:
            failures.append((source, target, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        failures.append((src, dst, str(why)))
    if failures:
        raise Error(failures)
    return dst


def _copy_entry(entry, source, target, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok):
    """copytree()'s work for one directory entry."""
    if entry.is_symlink():
        if symlinks:
            os.symlink(os.readlink(source), target)
            copystat(source, target, follow_symlinks=False)
            return
        if ignore_dangling_symlinks and not os.path.exists(source):
            return
    if entry.is_dir():
        copytree(source, target, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
    else:
        copy_function(entry if copy_function in (copy, copy2) else source, target)


def _error_reporter(ignore_errors, onerror, onexc):
    """rmtree()'s way of dealing with a failed call: func(path) raised exc."""
    def report(func, path, exc):
        if ignore_errors:
            return
        if onexc is not None:
            onexc(func, path, exc)
        elif onerror is not None:
            onerror(func, path, (type(exc), exc, exc.__traceback__))
        else:
            raise exc
    return report


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Delete the directory path and everything below it. A symlink is refused.
    Failures go to onexc(func, path, exc) (or the older onerror(func, path,
    exc_info)), are ignored with ignore_errors, else raised."""
    report = _error_reporter(ignore_errors, onerror, onexc)
    try:
        st = os.lstat(path)
    except OSError as err:
        report(os.lstat, path, err)
        return
    if stat.S_ISLNK(st.st_mode):
        report(os.path.islink, path, OSError("Cannot call rmtree on a symbolic link"))
        return
    _remove_tree(path, report)


def _attempt(func, path, report):
    try:
        func(path)
    except OSError as err:
        report(func, path, err)


def _listing(path, report):
    try:
        with os.scandir(path) as it:
            return list(it)
    except OSError as err:
        report(os.scandir, path, err)
        return []


def _is_real_dir(entry):
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _remove_tree(path, report):
    for entry in _listing(path, report):
        if _is_real_dir(entry):
            _remove_tree(entry.path, report)
        else:
            _attempt(os.unlink, entry.path, report)
    _attempt(os.rmdir, path, report)


def _inside(inner, outer):
    """Whether path inner is outer or lies below it (lexically)."""
    inner, outer = os.path.abspath(inner), os.path.abspath(outer)
    return inner == outer or inner.startswith(outer.rstrip(os.sep) + os.sep)


def move(src, dst, copy_function=copy2):
    """Move file or directory src to dst (or into dst when that is a directory):
    a rename when possible, else copy and delete. Return the new path."""
    if os.path.isdir(dst):
        if _samefile(src, dst) and not os.path.islink(src):
            os.rename(src, dst)  # the same directory: maybe just a change of case
            return
        target = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(os.sep)))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    else:
        target = dst
    try:
        os.rename(src, target)
    except OSError:  # most likely another file system
        _move_by_copy(src, dst, target, copy_function)
    return target


def _move_by_copy(src, dst, target, copy_function):
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(dst, src):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)


def chown(path, user=None, group=None):
    """Not available in Ay (it has no user/group database lookups)."""
    raise NotImplementedError("chown is not supported")


def disk_usage(path):
    """(total, used, free) bytes of the file system holding path, as a named tuple."""
    fs = os.statvfs(path)
    block = fs.f_frsize
    return _DiskUsage(fs.f_blocks * block, (fs.f_blocks - fs.f_bfree) * block, fs.f_bavail * block)


def _env_size(name):
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size: $COLUMNS and $LINES when set, else the size of the
    terminal on stdout, else fallback."""
    columns, lines = _env_size("COLUMNS"), _env_size("LINES")
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        columns = columns if columns > 0 else size.columns or fallback[0]
        lines = lines if lines > 0 else size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _runnable(name, mode):
    return os.path.exists(name) and os.access(name, mode) and not os.path.isdir(name)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd: cmd itself when it names a directory,
    else the first match along path (default $PATH); None if not found."""
    folder, name = os.path.split(cmd)
    if folder:
        folders = [folder]
    else:
        if path is None:
            path = os.environ.get("PATH")
        if path is None:
            try:
                path = os.confstr("CS_PATH")
            except (AttributeError, ValueError):
                path = os.defpath
        if not path:
            return None
        if isinstance(cmd, bytes):
            folders = os.fsencode(path).split(os.fsencode(os.pathsep))
        else:
            folders = os.fsdecode(path).split(os.pathsep)
    for folder in dict.fromkeys(folders):  # each directory once, in order
        candidate = os.path.join(folder, name)
        if _runnable(candidate, mode):
            return candidate
    return None
