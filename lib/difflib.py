"""Differences between sequences: SequenceMatcher (matching blocks,
opcodes, similarity ratios), get_close_matches, Differ/ndiff and restore,
unified_diff, context_diff and diff_bytes.

Matching is Ratcliff/Obershelp style: take the longest run the two
sequences share (junk elements never start one), then do the same on the
parts left of it and right of it."""

import re
from collections import Counter as _Counter
from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest
from types import GenericAlias

__all__ = ["get_close_matches", "ndiff", "restore", "SequenceMatcher", "Differ", "IS_CHARACTER_JUNK",
           "IS_LINE_JUNK", "context_diff", "unified_diff", "diff_bytes", "Match"]

Match = _namedtuple("Match", "a b size")


def _ratio(matches, total):
    return 2.0 * matches / total if total else 1.0


# opcode tag for a gap before a matching block, by (a has a gap, b has a gap)
_GAP_TAGS = {(True, True): "replace", (True, False): "delete", (False, True): "insert", (False, False): None}


class SequenceMatcher:
    """Compares two sequences of hashable elements.  isjunk(x) marks
    elements of b that may not start a match; with autojunk, an element
    making up more than 1% of a b of 200 or more items is treated the same
    way ("popular").  b is indexed, so compare one b against many a's."""

    def __init__(self, isjunk=None, a="", b="", autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    __class_getitem__ = classmethod(GenericAlias)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is not self.a:
            self.a = a
            self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j: element -> the positions in b where it may start a match
        positions = {}
        for index, element in enumerate(self.b):
            positions.setdefault(element, []).append(index)
        self.bjunk = {e for e in positions if self.isjunk(e)} if self.isjunk else set()
        self.bpopular = set()
        if self.autojunk and len(self.b) >= 200:
            most = len(self.b) // 100 + 1
            self.bpopular = {e for e, where in positions.items() if len(where) > most and e not in self.bjunk}
        for element in self.bjunk | self.bpopular:
            del positions[element]
        self.b2j = positions

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest a[i:i+size] == b[j:j+size] inside a[alo:ahi] and
        b[blo:bhi] (earliest in a, then in b, among equals), grown by
        equal popular elements and then by equal junk at both ends."""
        a = self.a
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(self.b)
        best_i, best_j, best_size = alo, blo, 0
        # ending_at[j]: length of the match that ends at the previous a element and b[j]
        ending_at = {}
        for i in range(alo, ahi):
            extended = {}
            for j in self.b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                size = extended[j] = ending_at.get(j - 1, 0) + 1
                if size > best_size:
                    best_i, best_j, best_size = i - size + 1, j - size + 1, size
            ending_at = extended
        for junk in (False, True):
            best_i, best_j, best_size = self._grow(best_i, best_j, best_size, alo, ahi, blo, bhi, junk)
        return Match(best_i, best_j, best_size)

    def _grow(self, i, j, size, alo, ahi, blo, bhi, junk):
        """Extend a match over neighbours that are equal and are (or are not) junk."""
        a, b, is_junk = self.a, self.b, self.bjunk.__contains__
        while i > alo and j > blo and is_junk(b[j - 1]) == junk and a[i - 1] == b[j - 1]:
            i, j, size = i - 1, j - 1, size + 1
        while i + size < ahi and j + size < bhi and is_junk(b[j + size]) == junk and a[i + size] == b[j + size]:
            size += 1
        return i, j, size

    def get_matching_blocks(self):
        """Matches (i, j, n), increasing in i and j, adjacent ones merged,
        ending with the dummy (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        found = []
        pending = [(0, len(self.a), 0, len(self.b))]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, size = match = self.find_longest_match(alo, ahi, blo, bhi)
            if not size:
                continue
            found.append(match)
            if alo < i and blo < j:
                pending.append((alo, i, blo, j))
            if i + size < ahi and j + size < bhi:
                pending.append((i + size, ahi, j + size, bhi))
        merged = []
        for i, j, size in sorted(found):
            if merged:
                pi, pj, psize = merged[-1]
                if pi + psize == i and pj + psize == j:
                    merged[-1] = (pi, pj, psize + size)
                    continue
            merged.append((i, j, size))
        merged.append((len(self.a), len(self.b), 0))
        self.matching_blocks = [Match._make(block) for block in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b; tags are 'replace',
        'delete', 'insert' and 'equal'."""
        if self.opcodes is None:
            codes = []
            i = j = 0
            for block_i, block_j, size in self.get_matching_blocks():
                tag = _GAP_TAGS[i < block_i, j < block_j]
                if tag:
                    codes.append((tag, i, block_i, j, block_j))
                i, j = block_i + size, block_j + size
                if size:
                    codes.append(("equal", block_i, i, block_j, j))
            self.opcodes = codes
        return self.opcodes

    def get_grouped_opcodes(self, n=3):
        """The opcodes in hunks: changes with up to n equal elements of context."""
        def head(code):
            tag, i1, i2, j1, j2 = code
            return tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)

        def tail(code):
            tag, i1, i2, j1, j2 = code
            return tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2

        # the ends are trimmed in the cached list itself, as CPython does
        codes = self.get_opcodes() or [("equal", 0, 1, 0, 1)]
        if codes[0][0] == "equal":
            codes[0] = tail(codes[0])
        if codes[-1][0] == "equal":
            codes[-1] = head(codes[-1])
        hunk = []
        for code in codes:
            if code[0] == "equal" and code[2] - code[1] > 2 * n:
                # a long unchanged stretch closes one hunk and opens the next
                hunk.append(head(code))
                yield hunk
                hunk = [tail(code)]
            else:
                hunk.append(code)
        if hunk and (len(hunk) > 1 or hunk[0][0] != "equal"):
            yield hunk

    def ratio(self):
        """Similarity in [0, 1]: twice the matched elements over all elements."""
        matched = sum(size for _, _, size in self.get_matching_blocks())
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio() from element counts alone."""
        if self.fullbcount is None:
            self.fullbcount = _Counter(self.b)
        common = sum(min(count, self.fullbcount[element]) for element, count in _Counter(self.a).items())
        return _ratio(common, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound of ratio() from the lengths alone."""
        return _ratio(min(len(self.a), len(self.b)), len(self.a) + len(self.b))


def _at_least(matcher, bound, strictly=False):
    # the cheap upper bounds first: ratio() is only computed when they pass
    for estimate in (matcher.real_quick_ratio, matcher.quick_ratio, matcher.ratio):
        value = estimate()
        if value < bound or strictly and value == bound:
            return False
    return True


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Up to n possibilities resembling word with a ratio of at least cutoff, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if _at_least(matcher, cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for _, candidate in _nlargest(n, scored)]


# ---- line deltas


def IS_LINE_JUNK(line, pat=re.compile(r"\s*(?:#\s*)?$").match):
    """Whether line is blank or holds only a '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """Whether ch is a space or a tab."""
    return ch in ws


# marks under the characters of a similar pair of lines, by opcode: (for a, for b)
_HINT_MARKS = {"replace": ("^", "^"), "delete": ("-", ""), "insert": ("", "+"), "equal": (" ", " ")}


def _hint(line, marks):
    # tabs and other whitespace of the line show through unmarked places, so the marks line up
    return "".join(c if mark == " " and c.isspace() else mark for c, mark in zip(line, marks)).rstrip()


class Differ:
    """Turns two sequences of lines into a readable delta: '- ' lines only
    in the first, '+ ' only in the second, '  ' in both, and '? ' lines
    pointing at the changes within a pair of similar lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        for tag, alo, ahi, blo, bhi in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if tag == "replace":
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == "insert":
                yield from self._dump("+", b, blo, bhi)
            else:
                yield from self._dump("-" if tag == "delete" else " ", a, alo, ahi)

    @staticmethod
    def _dump(tag, lines, lo, hi):
        return ("%s %s" % (tag, line) for line in lines[lo:hi])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        removed, added = self._dump("-", a, alo, ahi), self._dump("+", b, blo, bhi)
        # the shorter block first
        if bhi - blo < ahi - alo:
            removed, added = added, removed
        yield from removed
        yield from added

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        """A replaced block: its most similar pair of lines (ratio above
        0.74, else its first identical pair) anchors the delta, the lines
        around it are handled the same way."""
        matcher = SequenceMatcher(self.charjunk)
        best, best_i, best_j = 0.74, None, None
        identical = None
        for j in range(blo, bhi):
            matcher.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    identical = identical or (i, j)
                    continue
                matcher.set_seq1(a[i])
                if _at_least(matcher, best, strictly=True):
                    best, best_i, best_j = matcher.ratio(), i, j
        similar = best >= 0.75
        if not similar:
            if identical is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = identical
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        if similar:
            yield from self._similar_pair(matcher, a[best_i], b[best_j])
        else:
            yield "  " + a[best_i]
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            return self._fancy_replace(a, alo, ahi, b, blo, bhi)
        if alo < ahi:
            return self._dump("-", a, alo, ahi)
        return self._dump("+", b, blo, bhi)

    @staticmethod
    def _similar_pair(matcher, aline, bline):
        matcher.set_seqs(aline, bline)
        amarks, bmarks = [], []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            amark, bmark = _HINT_MARKS[tag]
            amarks.append(amark * (i2 - i1))
            bmarks.append(bmark * (j2 - j1))
        for line, marks in ((aline, "- "), (bline, "+ ")):
            yield marks + line
            hint = _hint(line, "".join(amarks if marks == "- " else bmarks))
            if hint:
                yield "? %s\n" % hint


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """The Differ delta of two sequences of lines."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """The first (which=1) or second (which=2) sequence a Differ delta was made from."""
    wanted = {1: "- ", 2: "+ "}.get(int(which))
    if wanted is None:
        raise ValueError("unknown delta choice (must be 1 or 2): %r" % which)
    for line in delta:
        if line[:2] in ("  ", wanted):
            yield line[2:]


# ---- unified and context diffs


def _check_types(a, b, *args):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError("lines to compare must be str, not %s (%r)" % (type(lines[0]).__name__, lines[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError("all arguments must be str, not: %r" % (arg,))


def _headers(marks, names, dates, lineterm):
    for mark, name, date in zip(marks, names, dates):
        yield "%s %s%s%s" % (mark, name, "\t" + date if date else "", lineterm)


def _unified_range(start, stop):
    # "first,count"; a single line is just its number; an empty range names the line before it
    count = stop - start
    if count == 1:
        return str(start + 1)
    return "%d,%d" % (start + 1 if count else start, count)


def _context_range(start, stop):
    # "first,last"; one line (or none: the line before) is a single number
    count = stop - start
    first = start + 1 if count else start
    return str(first) if count <= 1 else "%d,%d" % (first, first + count - 1)


def unified_diff(a, b, fromfile="", tofile="", fromfiledate="", tofiledate="", n=3, lineterm="\n"):
    """The unified diff of two sequences of lines, with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    hunks = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for number, hunk in enumerate(hunks):
        if not number:
            yield from _headers(("---", "+++"), (fromfile, tofile), (fromfiledate, tofiledate), lineterm)
        yield "@@ -%s +%s @@%s" % (_unified_range(hunk[0][1], hunk[-1][2]),
                                  _unified_range(hunk[0][3], hunk[-1][4]), lineterm)
        for tag, i1, i2, j1, j2 in hunk:
            if tag == "equal":
                yield from (" " + line for line in a[i1:i2])
                continue
            yield from ("-" + line for line in a[i1:i2])
            yield from ("+" + line for line in b[j1:j2])


_CONTEXT_MARKS = {"insert": "+ ", "delete": "- ", "replace": "! ", "equal": "  "}


def context_diff(a, b, fromfile="", tofile="", fromfiledate="", tofiledate="", n=3, lineterm="\n"):
    """The context diff of two sequences of lines, with n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    hunks = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for number, hunk in enumerate(hunks):
        if not number:
            yield from _headers(("***", "---"), (fromfile, tofile), (fromfiledate, tofiledate), lineterm)
        yield "***************" + lineterm
        # each side lists its lines only when it has changes of its own
        sides = (("*** %s ****", a, 1, "insert"), ("--- %s ----", b, 3, "delete"))
        for header, lines, at, other_only in sides:
            yield header % _context_range(hunk[0][at], hunk[-1][at + 1]) + lineterm
            if any(code[0] not in ("equal", other_only) for code in hunk):
                for code in hunk:
                    if code[0] != other_only:
                        yield from (_CONTEXT_MARKS[code[0]] + line for line in lines[code[at]:code[at + 1]])


def diff_bytes(dfunc, a, b, fromfile=b"", tofile=b"", fromfiledate=b"", tofiledate=b"", n=3, lineterm=b"\n"):
    """Run unified_diff or context_diff (dfunc) on bytes; the bytes pass
    through unchanged (as surrogate-escaped text)."""
    def text(value):
        try:
            return value.decode("ascii", "surrogateescape")
        except AttributeError as err:
            raise TypeError("all arguments must be bytes, not %s (%r)" % (type(value).__name__, value)) from err

    a, b = [text(line) for line in a], [text(line) for line in b]
    names = [text(value) for value in (fromfile, tofile, fromfiledate, tofiledate)]
    lines = dfunc(a, b, *names, n, text(lineterm))
    for line in lines:
        yield line.encode("ascii", "surrogateescape")
