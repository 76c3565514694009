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


def _dots(p):
    """('.', '..') in the type of p."""
    return (b".", b"..") if isinstance(p, bytes) else (".", "..")


def _explain_types(funcname, args):
    """After a TypeError in funcname: raise a clearer one if args are not all str or all bytes."""
    kinds = set()
    for arg in args:
        if not isinstance(arg, (str, bytes)):
            raise TypeError(f"{funcname}() argument must be str, bytes, or os.PathLike object, "
                            f"not {type(arg).__name__!r}") from None
        kinds.add(isinstance(arg, bytes))
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


def _shared_length(a, b):
    """How many leading items the sequences a and b have in common."""
    count = 0
    for x, y in zip(a, b):
        if x != y:
            break
        count += 1
    return count


def normcase(s):
    """Case is significant on POSIX: the path unchanged."""
    return os.fspath(s)


def isabs(s):
    """Whether the path starts at the root."""
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join path components with '/'; a component starting with '/' discards everything before it."""
    a = os.fspath(a)
    sep = _sep(a)
    try:
        pieces = [a]
        pieces += map(os.fspath, p)
        start = max((i for i, piece in enumerate(pieces) if piece.startswith(sep)), default=0)
        path = pieces[start]
        for piece in pieces[start + 1:]:
            path += piece if not path or path.endswith(sep) else sep + piece
        return path
    except (TypeError, AttributeError, BytesWarning):
        _explain_types("join", (a,) + p)
        raise


def split(p):
    """(head, tail): tail is what follows the last '/', head loses its trailing slashes (unless all slashes)."""
    p = os.fspath(p)
    cut = p.rfind(_sep(p)) + 1
    head = p[:cut]
    return head.rstrip(_sep(p)) or head, p[cut:]


def dirname(p):
    """Everything before the last '/' (see split)."""
    return split(p)[0]


def basename(p):
    """What follows the last '/'."""
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def splitext(p):
    """(root, ext): ext is the last name's final '.suffix', or empty; leading dots don't count."""
    p = os.fspath(p)
    dot = _dots(p)[0]
    name_start = p.rfind(_sep(p)) + 1
    dot_at = p.rfind(dot)
    if p[name_start:max(dot_at, name_start)].lstrip(dot):
        return p[:dot_at], p[dot_at:]
    return p, p[:0]


def splitdrive(p):
    """POSIX paths have no drive: ('', p)."""
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    """(drive, root, tail) with drive always empty."""
    p = os.fspath(p)
    sep = _sep(p)
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    # exactly two leading slashes are kept (POSIX leaves their meaning open)
    return empty, p[:2], p[2:]


def commonprefix(m):
    """The longest common leading string (not necessarily a whole path) of the items of m."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    first, last = min(m), max(m)
    return first[:_shared_length(first, last)]


def commonpath(paths):
    """The longest path that every one of paths lies under."""
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    sep = _sep(paths[0])
    dot = _dots(paths[0])[0]
    try:
        if len({path.startswith(sep) for path in paths}) > 1:
            raise ValueError("Can't mix absolute and relative paths")
        names = [[name for name in path.split(sep) if name and name != dot] for path in paths]
        first, last = min(names), max(names)
        prefix = sep if paths[0].startswith(sep) else sep[:0]
        return prefix + sep.join(first[:_shared_length(first, last)])
    except (TypeError, AttributeError):
        _explain_types("commonpath", paths)
        raise


def normpath(path):
    """The path with empty and '.' names dropped and 'name/..' pairs folded (purely textual)."""
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
    """The absolute path with every symbolic link resolved and '.'/'..' applied.
    A missing component or a link loop is kept as is, unless strict (then OSError)."""
    filename = os.fspath(filename)
    sep = _sep(filename)
    here, up = _dots(filename)
    path = sep if filename.startswith(sep) else filename[:0]
    todo = filename.split(sep)[::-1]  # names still to walk, next one last
    links = {}  # link -> where it resolved to; None while its target is being walked
    while todo:
        name = todo.pop()
        if isinstance(name, tuple):  # the end of a link's target
            links[name[0]] = path
            continue
        if not name or name == here:
            continue
        if name == up:
            if path:
                head, last = split(path)
                path = join(head, up, up) if last == up else head
            else:
                path = up
            continue
        candidate = join(path, name)
        try:
            is_link = stat.S_ISLNK(os.lstat(candidate).st_mode)
        except OSError:
            if strict:
                raise
            is_link = False
        if not is_link:
            path = candidate
        elif links.get(candidate) is not None:
            path = links[candidate]
        elif candidate in links:  # a loop
            if strict:
                os.stat(candidate)  # raises ELOOP
            rest = [name for name in reversed(todo) if not isinstance(name, tuple)]
            return abspath(join(candidate, *rest))
        else:
            links[candidate] = None
            target = os.readlink(candidate)
            todo.append((candidate,))
            todo += target.split(sep)[::-1]
            if target.startswith(sep):
                path = sep
    return abspath(path)


def relpath(path, start=None):
    """path relative to start (default the current directory), both made absolute first."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    sep = _sep(path)
    here, up = _dots(path)
    start = here if start is None else os.fspath(start)
    try:
        origin = [name for name in abspath(start).split(sep) if name]
        target = [name for name in abspath(path).split(sep) if name]
        shared = _shared_length(origin, target)
        return sep.join([up] * (len(origin) - shared) + target[shared:]) or here
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _explain_types("relpath", (path, start))
        raise


def expanduser(path):
    """A leading '~' replaced by $HOME (or the passwd entry), '~user' by that user's home; unchanged when unknown."""
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
    """$name and ${name} replaced by environment variables; unknown ones stay as written."""
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


def _status(path, follow_symlinks=True):
    """os.stat's result, or None when path can't be stat'ed (missing, invalid)."""
    try:
        return os.stat(path, follow_symlinks=follow_symlinks)
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether path exists (False for a dangling symlink)."""
    return _status(path) is not None


def lexists(path):
    """Whether path exists (True for a dangling symlink)."""
    return _status(path, follow_symlinks=False) is not None


def _kind_test(name, test, follow_symlinks=True):
    def check(path):
        st = _status(path, follow_symlinks)
        return st is not None and test(st.st_mode)
    check.__name__ = check.__qualname__ = name
    return check


isfile = _kind_test("isfile", stat.S_ISREG)
isdir = _kind_test("isdir", stat.S_ISDIR)
islink = _kind_test("islink", stat.S_ISLNK, follow_symlinks=False)


def isjunction(path):
    """Test whether a path is a junction (never, on POSIX)"""
    os.fspath(path)
    return False


def ismount(path):
    """Whether path is a mount point: its parent is on another device, or is the same directory."""
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


def _stat_field(name, field):
    def get(filename):
        return getattr(os.stat(filename), field)
    get.__name__ = get.__qualname__ = name
    return get


getsize = _stat_field("getsize", "st_size")
getmtime = _stat_field("getmtime", "st_mtime")
getatime = _stat_field("getatime", "st_atime")
getctime = _stat_field("getctime", "st_ctime")


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return (s1.st_dev, s1.st_ino) == (s2.st_dev, s2.st_ino)


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))
