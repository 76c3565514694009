"""Source lines of files by name, cached: for tracebacks, warnings and inspect."""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname) once read. mtime is None for lines
# that did not come from a file (a loader's source, or an entry put here by
# hand): those are never stale. A 1-tuple (get_lines,) is a lazy entry: the
# module loader's get_source, not called yet.
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line number lineno (from 1, newline included), or '' when there is none."""
    lines = getlines(filename, module_globals)
    return lines[lineno - 1] if 1 <= lineno <= len(lines) else ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) > 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _is_pseudo(filename):
    # "<stdin>", "<string>"...: no file is behind such a name
    return not filename or (filename[0] == "<" and filename[-1] == ">")


def checkcache(filename=None):
    """Forget the lines of files that changed on disk (all, or just filename's)."""
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) == 1 or entry[1] is None:
            continue  # nothing was read from a file
        size, mtime, _, fullname = entry
        try:
            status = os.stat(fullname)
            unchanged = (status.st_size, status.st_mtime) == (size, mtime)
        except (OSError, ValueError):
            unchanged = False
        if not unchanged:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """(Re)read filename's lines into the cache: the file itself, else the
    module loader's source, else a relative name found along sys.path.
    [] when there is nothing to read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) > 1:
        del cache[filename]
    if _is_pseudo(filename):
        return []
    try:
        fullname, status = filename, os.stat(filename)
    except OSError:
        from_loader = _loader_lines(filename, module_globals)
        if from_loader is not None:
            return from_loader
        found = None if os.path.isabs(filename) else _search_path(filename)
        if found is None:
            return []
        fullname, status = found
    lines = _read_source(fullname)
    if lines is None:
        return []
    cache[filename] = (status.st_size, status.st_mtime, lines, fullname)
    return lines


def _loader_lines(filename, module_globals):
    # None: no loader could help; otherwise its lines (cached), [] for no source
    if not lazycache(filename, module_globals):
        return None
    try:
        source = cache[filename][0]()
    except (ImportError, OSError):
        return None
    if source is None:
        return []
    lines = [line + '\n' for line in source.splitlines()]
    cache[filename] = (len(source), None, lines, filename)
    return lines


def _search_path(name):
    for directory in sys.path:
        try:
            candidate = os.path.join(directory, name)
            return candidate, os.stat(candidate)
        except (TypeError, AttributeError, OSError):
            continue
    return None


def _declared_encoding(data):
    # PEP 263: a "coding[:=]name" comment on line 1, or on line 2 when line 1
    # is a comment or blank
    for raw in data.split(b"\n", 2)[:2]:
        line = raw.decode("latin-1").lstrip(" \t\f")
        if not line.startswith("#"):
            if line.strip():
                return None
            continue
        marker = max(line.find("coding:"), line.find("coding="))
        if marker >= 0:
            name = line[marker + 7:].lstrip(" \t")
            end = 0
            while end < len(name) and (name[end].isalnum() or name[end] in "-_."):
                end += 1
            if end:
                return name[:end]
    return None


def _read_source(path):
    """A source file's lines as Python reads it (declared encoding or UTF-8,
    universal newlines, a newline after the last line); None if unreadable."""
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError:
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    else:
        encoding = _declared_encoding(data) or "utf-8"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    pieces = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    last = pieces.pop()
    return [piece + "\n" for piece in pieces] + ([last + "\n"] if last else [])


def lazycache(filename, module_globals):
    """Note the module loader's get_source for filename so its lines can be
    read when needed; true when the cache holds such a lazy entry."""
    if filename in cache:
        return len(cache[filename]) == 1
    if _is_pseudo(filename) or not module_globals or "__name__" not in module_globals:
        return False
    spec = module_globals.get("__spec__")
    name = getattr(spec, "name", None) or module_globals["__name__"]
    loader = getattr(spec, "loader", None)
    if loader is None:
        loader = module_globals.get("__loader__")
    get_source = getattr(loader, "get_source", None)
    if not (name and get_source):
        return False
    cache[filename] = (lambda: get_source(name),)
    return True
