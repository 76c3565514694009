"""Windows pathname manipulation (path arithmetic only: for PureWindowsPath
and code that handles Windows paths on POSIX)."""

import os

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext", "basename",
           "dirname", "sep", "altsep", "pathsep", "curdir", "pardir", "extsep", "normpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "\\"
pathsep = ";"
altsep = "/"
defpath = ".;C:\\bin"
devnull = "nul"


def _seps(p):
    return (b"\\", b"/", b":") if isinstance(p, bytes) else ("\\", "/", ":")


def normcase(s):
    """Normalize case of pathname: lower case and backslashes."""
    s = os.fspath(s)
    sp, alt, _ = _seps(s)
    return s.replace(alt, sp).lower()


def splitroot(p):
    """(drive, root, tail): drive is 'c:' or a UNC share, root a single separator or ''."""
    p = os.fspath(p)
    sp, alt, colon = _seps(p)
    normp = p.replace(alt, sp)
    if normp[:1] == sp:
        if normp[1:2] == sp:
            # UNC (\\server\share) or device (\\?\device) drive
            start = 8 if normp[:8].upper() == sp * 2 + "?" + sp + "UNC" + sp else 2
            index = normp.find(sp, start)
            if index == -1:
                return p, p[:0], p[:0]
            index2 = normp.find(sp, index + 1)
            if index2 == -1:
                return p, p[:0], p[:0]
            return p[:index2], p[index2:index2 + 1], p[index2 + 1:]
        return p[:0], p[:1], p[1:]
    if normp[1:2] == colon:
        if normp[2:3] == sp:
            return p[:2], p[2:3], p[3:]
        return p[:2], p[:0], p[2:]
    return p[:0], p[:0], p


def splitdrive(p):
    """(drive, rest) where drive is 'c:' or a UNC share ('\\\\server\\share'), else ''."""
    drive, root, tail = splitroot(p)
    return drive, root + tail


def isabs(s):
    """Whether the path starts at a root: a separator (even without a drive, as
    CPython 3.12 still has it) or a drive letter followed by one."""
    s = os.fspath(s)
    sp, alt, colon = _seps(s)
    head = s[:3].replace(alt, sp)
    return head.startswith(sp) or head[1:3] == colon + sp


def _glue(tail, more, sp, alt):
    # tail + more with one separator between them (none after a trailing one)
    if tail and tail[-1:] not in (sp, alt):
        tail += sp
    return tail + more


def join(path, *paths):
    """Join path components the Windows way: a component with a root replaces
    what came before (keeping the drive), one on another drive replaces everything."""
    path = os.fspath(path)
    sp, alt, colon = _seps(path)
    try:
        drive, root, tail = splitroot(path)
        for piece in map(os.fspath, paths):
            new_drive, new_root, new_tail = splitroot(piece)
            if new_root:
                drive, root, tail = new_drive or drive, new_root, new_tail
            elif new_drive and new_drive.lower() != drive.lower():
                drive, root, tail = new_drive, new_root, new_tail
            else:
                drive = new_drive or drive  # the same drive may come in another case
                tail = _glue(tail, new_tail, sp, alt)
        if tail and not root and drive and drive[-1:] not in (colon, sp, alt):
            root = sp  # a UNC share and a relative path still need a separator
        return drive + root + tail
    except (TypeError, AttributeError, BytesWarning):
        import posixpath
        posixpath._explain_types("join", (path,) + paths)
        raise


def split(p):
    """Split a pathname into (head, tail)."""
    p = os.fspath(p)
    sp, alt, _ = _seps(p)
    d, r, p = splitroot(p)
    i = len(p)
    while i and p[i - 1:i] not in (sp, alt):
        i -= 1
    head, tail = p[:i], p[i:]
    return d + r + head.rstrip(sp + alt), tail


def splitext(p):
    """(root, ext) of the last name, as posixpath.splitext treats it."""
    import posixpath
    p = os.fspath(p)
    sp, alt, _ = _seps(p)
    head, tail = split(p)
    root, ext = posixpath.splitext(tail)
    return p[:len(p) - len(tail)] + root if ext else p, ext


def basename(p):
    """The last name of the path (after the last separator)."""
    return split(p)[1]


def dirname(p):
    """Everything before the last name (see split)."""
    return split(p)[0]


def normpath(path):
    """The path with backslashes, no empty or '.' names and 'name\\..' pairs folded."""
    path = os.fspath(path)
    sp, alt, _ = _seps(path)
    dot = "." if isinstance(path, str) else b"."
    dotdot = dot + dot
    path = path.replace(alt, sp)
    drive, root, tail = splitroot(path)
    parts = []
    for comp in tail.split(sp):
        if not comp or comp == dot:
            continue
        if comp == dotdot:
            if parts and parts[-1] != dotdot:
                parts.pop()
                continue
            if root:
                continue
        parts.append(comp)
    result = drive + root + sp.join(parts)
    return result or dot
