"""Shell-style wildcard matching of file names: * ? [seq] [!seq]."""

import functools
import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches the pattern, both first put through os.path.normcase."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    """Whether name matches the pattern exactly as given (case counts)."""
    return _matcher(pat)(name) is not None


def filter(names, pat):
    """The names that match the pattern (compared as fnmatch() does)."""
    match = _matcher(os.path.normcase(pat))
    normcase = os.path.normcase
    return [name for name in names if match(normcase(name))]


@functools.lru_cache(maxsize=32768, typed=True)
def _matcher(pat):
    if isinstance(pat, bytes):
        # latin-1 maps every byte to the character with the same number, and back
        return re.compile(translate(pat.decode("latin-1")).encode("latin-1")).match
    return re.compile(translate(pat)).match


def translate(pat):
    """The regular expression (a string) matching what the shell pattern matches."""
    # the pattern as fixed regex pieces between its (merged) stars
    segments = [[]]
    after_star = False
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not after_star:
                segments.append([])
            after_star = True
            continue
        after_star = False
        if c == "?":
            segments[-1].append(".")
        elif c == "[":
            end = _set_end(pat, i)
            if end < 0:
                segments[-1].append("\\[")
            else:
                segments[-1].append(_set_regex(pat[i:end]))
                i = end + 1
        else:
            segments[-1].append(re.escape(c))
    fixed = ["".join(segment) for segment in segments]
    body = fixed[0]
    if len(fixed) > 1:
        # each star before a fixed piece matches lazily and never backtracks (an atomic group)
        body += "".join("(?>.*?%s)" % piece for piece in fixed[1:-1]) + ".*" + fixed[-1]
    return "(?s:%s)\\Z" % body


def _set_end(pat, start):
    """Index of the ']' closing the set that opens just before start, or -1.
    A ']' right after '[' or '[!' is a member, not the end."""
    j = start
    if pat[j:j + 1] == "!":
        j += 1
    if pat[j:j + 1] == "]":
        j += 1
    return pat.find("]", j)


def _set_regex(members):
    """The regex class for the shell set [members]."""
    if "-" in members:
        text = "-".join(chunk.replace("\\", "\\\\").replace("-", "\\-") for chunk in _range_chunks(members))
    else:
        text = members.replace("\\", "\\\\")
    text = re.sub(r"([&~|])", r"\\\1", text)  # not regex set operators
    if not text:
        return "(?!)"  # an empty set matches nothing
    if text == "!":
        return "."  # and its negation anything
    if text[0] == "!":
        text = "^" + text[1:]
    elif text[0] in "^[":
        text = "\\" + text
    return "[%s]" % text


def _range_chunks(members):
    """members cut at the hyphens that make ranges ('a-cx-z' -> ['a', 'cx', 'z']),
    dropping reversed ranges together with their end points."""
    chunks = []
    start = 0
    search = 2 if members.startswith("!") else 1
    while (dash := members.find("-", search)) >= 0:
        chunks.append(members[start:dash])
        start, search = dash + 1, dash + 3
    if members[start:]:
        chunks.append(members[start:])
    else:
        chunks[-1] += "-"  # a trailing hyphen is a member
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return chunks
