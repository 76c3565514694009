"""Filename matching with shell patterns: * ? [seq] [!seq]."""

import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (after os.path.normcase)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        res = bytes(translate(str(pat, "ISO-8859-1")), "ISO-8859-1")
    else:
        res = translate(pat)
    return re.compile(res).match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    match = _compile_pattern(pat)
    return match(name) is not None


def translate(pat):
    """Translate a shell PATTERN to a regular expression."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not out or out[-1] != ".*":  # consecutive stars are one
                out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
                continue
            stuff = pat[i:j]
            i = j + 1
            out.append(_translate_set(stuff))
        else:
            out.append(re.escape(c))
    return "(?s:%s)\\Z" % "".join(out)


def _translate_set(stuff):
    # [seq] / [!seq] -> a regex class; reversed ranges match nothing
    negate = stuff.startswith("!")
    if negate:
        stuff = stuff[1:]
    items = []
    k = 0
    while k < len(stuff):
        c = stuff[k]
        if k + 2 < len(stuff) and stuff[k + 1] == "-":
            d = stuff[k + 2]
            if c <= d:
                items.append(_set_char(c) + "-" + _set_char(d))
            k += 3
        else:
            items.append(_set_char(c))
            k += 1
    if not items:
        return "." if negate else "(?!)"
    return "[%s%s]" % ("^" if negate else "", "".join(items))


def _set_char(c):
    return "\\" + c if c in "\\-^[]&~|" else c
