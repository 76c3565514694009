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
    """Split a pathname into drive, root and tail."""
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
    """Split a pathname into drive/UNC sharepoint and relative path specifiers."""
    drive, root, tail = splitroot(p)
    return drive, root + tail


def isabs(s):
    """Test whether a path is absolute"""
    drive, root, _ = splitroot(s)
    return bool(root)


def join(path, *paths):
    """Join two or more pathname components, inserting backslashes as needed."""
    path = os.fspath(path)
    sp, seps_alt, colon = _seps(path)
    result_drive, result_root, result_path = splitroot(path)
    for p in map(os.fspath, paths):
        p_drive, p_root, p_path = splitroot(p)
        if p_root:
            if p_drive or not result_drive:
                result_drive = p_drive
            result_root = p_root
            result_path = p_path
            continue
        if p_drive and p_drive != result_drive:
            if p_drive.lower() != result_drive.lower():
                result_drive, result_root, result_path = p_drive, p_root, p_path
                continue
            result_drive = p_drive
        if result_path and result_path[-1:] not in (sp, seps_alt):
            result_path = result_path + sp
        result_path = result_path + p_path
    if (result_path and not result_root and result_drive and result_drive[-1:] not in (colon, sp, seps_alt)):
        return result_drive + sp + result_path
    return result_drive + result_root + result_path


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
    """Split the extension from a pathname."""
    import posixpath
    p = os.fspath(p)
    sp, alt, _ = _seps(p)
    head, tail = split(p)
    root, ext = posixpath.splitext(tail)
    return p[:len(p) - len(tail)] + root if ext else p, ext


def basename(p):
    """Returns the final component of a pathname"""
    return split(p)[1]


def dirname(p):
    """Returns the directory component of a pathname"""
    return split(p)[0]


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
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
