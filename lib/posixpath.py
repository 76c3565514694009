"""Pathname operations on POSIX systems (what os.path is)."""

import os
import sys
import stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink",
           "exists", "lexists", "isdir", "isfile", "ismount", "expanduser", "expandvars",
           "normpath", "abspath", "samefile", "sameopenfile", "samestat", "curdir", "pardir",
           "sep", "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath", "commonpath", "isjunction"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f"{funcname}() argument must be str, bytes, or os.PathLike object, "
                            f"not {s.__class__.__name__!r}") from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return os.fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = os.fspath(a)
    sep = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep  # a type check, as CPython does
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types("join", a, *p)
        raise
    return path


def split(p):
    """Split a pathname into (head, tail): tail is everything after the final slash."""
    p = os.fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext) with ext empty or starting with '.'."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b"/", b"."
    else:
        sep, dot = "/", "."
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # leading dots of the file name do not start an extension
        name_start = sep_index + 1
        while name_start < dot_index:
            if p[name_start:name_start + 1] != dot:
                return p[:dot_index], p[dot_index:]
            name_start += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always empty."""
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    """Split a pathname into drive, root and tail (drive is always empty here)."""
    p = os.fspath(p)
    sep = _sep(p)
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    # exactly two leading slashes are kept (POSIX leaves their meaning open)
    return empty, p[:2], p[2:]


def basename(p):
    """Returns the final component of a pathname"""
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = os.fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component"""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    if isinstance(paths[0], bytes):
        sep, cur = b"/", b"."
    else:
        sep, cur = "/", "."
    try:
        split_paths = [path.split(sep) for path in paths]
        kinds = set(p[:1] == sep for p in paths)
        if len(kinds) != 1:
            raise ValueError("Can't mix absolute and relative paths") from None
        absolute = kinds.pop()
        split_paths = [[c for c in s if c and c != cur] for s in split_paths]
        lo, hi = min(split_paths), max(split_paths)
        common = lo
        for i, c in enumerate(lo):
            if c != hi[i]:
                common = lo[:i]
                break
        return (sep if absolute else sep[:0]) + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types("commonpath", *paths)
        raise


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b"/", b"", b".", b".."
    else:
        sep, empty, dot, dotdot = "/", "", ".", ".."
    if path == empty:
        return dot
    _, root, tail = splitroot(path)
    parts = []
    for comp in tail.split(sep):
        if not comp or comp == dot:
            continue
        if comp != dotdot or (not root and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    return (root + sep.join(parts)) or dot


def abspath(path):
    """Return an absolute path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    filename = os.fspath(filename)
    sep = _sep(filename)
    cur = filename[:0] + (b"." if isinstance(filename, bytes) else ".")
    resolved = _resolve(filename[:0], filename, strict, {}, sep, cur)
    return abspath(resolved)


def _resolve(path, rest, strict, seen, sep, cur):
    # Walks `rest` one component at a time onto the resolved `path`,
    # expanding symbolic links (seen maps links to their results; None while
    # one is being resolved, which detects loops).
    pardir = cur + cur
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == cur:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            path = newpath
            continue
        if not stat.S_ISLNK(st.st_mode):
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                os.stat(newpath)  # raises ELOOP
            return join(newpath, rest)
        seen[newpath] = None
        path = _resolve(path, os.readlink(newpath), strict, seen, sep, cur)
        seen[newpath] = path
    return path


def relpath(path, start=None):
    """Return a relative version of a path"""
    path = os.fspath(path)
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        cur, par, sep = b".", b"..", b"/"
    else:
        cur, par, sep = ".", "..", "/"
    start = cur if start is None else os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [par] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return cur
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types("relpath", path, start)
        raise


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown, do nothing."""
    path = os.fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if "HOME" in os.environ:
            home = os.environ["HOME"]
        else:
            home = _passwd_home(None)
            if home is None:
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode("utf-8", "surrogateescape")
        home = _passwd_home(name)
        if home is None:
            return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def _passwd_home(user):
    # The home directory of `user` (None: the current uid) from /etc/passwd.
    uid = os.getuid()
    try:
        with open("/etc/passwd") as f:
            for line in f:
                fields = line.rstrip("\n").split(":")
                if len(fields) < 7:
                    continue
                if (fields[0] == user) if user is not None else (fields[2] == str(uid)):
                    return fields[5]
    except OSError:
        pass
    return None


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
are left unchanged."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    dollar = b"$" if is_bytes else "$"
    if dollar not in path:
        return path
    text = path.decode("latin-1") if is_bytes else path
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == "{":
            end = text.find("}", i + 2)
            if end < 0:
                out.append(text[i:])
                break
            name = text[i + 2:end]
            stop = end + 1
        else:
            stop = i + 1
            while stop < n and (text[stop].isalnum() and text[stop].isascii() or text[stop] == "_"):
                stop += 1
            name = text[i + 1:stop]
            if not name:
                out.append(c)
                i += 1
                continue
        if is_bytes:
            value = os.environ.get(name)
            value = None if value is None else os.fsencode(value).decode("latin-1")
        else:
            value = os.environ.get(name)
        out.append(text[i:stop] if value is None else value)
        i = stop
    result = "".join(out)
    return result.encode("latin-1") if is_bytes else result


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_test(path, test, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return False
    return test(st.st_mode)


def isfile(path):
    """Test whether a path is a regular file"""
    return _mode_test(path, stat.S_ISREG)


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    return _mode_test(s, stat.S_ISDIR)


def islink(path):
    """Test whether a path is a symbolic link"""
    return _mode_test(path, stat.S_ISLNK, follow=False)


def isjunction(path):
    """Test whether a path is a junction (never, on POSIX)"""
    os.fspath(path)
    return False


def ismount(path):
    """Test whether a path is a mount point"""
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b".." if isinstance(path, bytes) else "..")
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    return samestat(os.fstat(fp1), os.fstat(fp2))
