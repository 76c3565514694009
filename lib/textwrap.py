"""Text wrapping and filling: wrap, fill, shorten, dedent, indent, and the
TextWrapper class that does the wrapping."""

import re

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# The whitespace that separates words (a no-break space is part of a word).
_WHITESPACE = "\t\n\x0b\x0c\r "


def _chunk_pattern():
    space = "[%s]" % re.escape(_WHITESPACE)
    solid = "[^%s]" % re.escape(_WHITESPACE)
    letter = r"[^\d\W]"
    word_char = r"[\w!\"'&.,?]"
    # a hyphen may end a chunk when letters surround it ("well-", "known")
    # and the word before it is two letters long or itself hyphenated
    hyphen = r"-(?:(?<={0}{{2}}-)|(?<={0}-{0}-))(?={0}-?{0})".format(letter)
    word = solid + r"+?(?:%s|(?=%s|\Z)|(?<=%s)(?=-{2,}\w))" % (hyphen, space, word_char)
    em_dash = r"(?<=%s)-{2,}(?=\w)" % word_char
    return "(%s+|%s|%s)" % (space, em_dash, word)


class TextWrapper:
    """Wraps text into lines of at most width characters.  The keyword
    arguments are also attributes, and may be changed between calls."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _WHITESPACE), ord(" "))
    # text splits into chunks: whitespace runs, words, parts of hyphenated
    # words and em-dashes; without hyphen breaking, into whitespace and words
    wordsep_re = re.compile(_chunk_pattern())
    wordsep_simple_re = re.compile("([%s]+)" % re.escape(_WHITESPACE))
    # a sentence ends with a lowercase letter, then . ! or ?, then maybe a quote
    sentence_end_re = re.compile(r"[a-z][.!?][\"']?\Z")

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        vars(self).update(width=width, initial_indent=initial_indent, subsequent_indent=subsequent_indent,
                          expand_tabs=expand_tabs, replace_whitespace=replace_whitespace,
                          fix_sentence_endings=fix_sentence_endings, break_long_words=break_long_words,
                          drop_whitespace=drop_whitespace, break_on_hyphens=break_on_hyphens, tabsize=tabsize,
                          max_lines=max_lines, placeholder=placeholder)

    # -- the steps of wrap(), each replaceable by subclasses

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        return text.translate(self.unicode_whitespace_trans) if self.replace_whitespace else text

    def _split(self, text):
        splitter = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return [chunk for chunk in splitter.split(text) if chunk]

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _fix_sentence_endings(self, chunks):
        # two spaces after a sentence's end
        for index in range(len(chunks) - 1):
            if chunks[index + 1] == " " and self.sentence_end_re.search(chunks[index]):
                chunks[index + 1] = "  "

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) the next chunk, too long for a line of its own, on cur_line."""
        chunk = reversed_chunks[-1]
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        cut = width - cur_len if width >= 1 else 1
        if self.break_on_hyphens and len(chunk) > cut:
            # rather after the last hyphen that fits, if something other than hyphens precedes it
            hyphen = chunk.rfind("-", 0, cut)
            if hyphen > 0 and chunk[:hyphen].strip("-"):
                cut = hyphen + 1
        cur_line.append(chunk[:cut])
        reversed_chunks[-1] = chunk[cut:]

    def _wrap_chunks(self, chunks):
        """Lines filled greedily from the chunks."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            last_indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        pending = chunks[::-1]      # the next chunk is at the end
        lines = []
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            if lines and self.drop_whitespace and not pending[-1].strip():
                pending.pop()       # no line but the first starts with whitespace
            line, used = [], 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(map(len, line))
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            if self._may_add_line(lines, pending, used, room):
                lines.append(indent + "".join(line))
            else:
                self._end_with_placeholder(lines, line, used, indent, room)
                break
        return lines

    def _may_add_line(self, lines, pending, used, room):
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        # the last line allowed: fine if nothing (or only whitespace to drop) follows
        rest_is_blank = not pending or self.drop_whitespace and len(pending) == 1 and not pending[0].strip()
        return rest_is_blank and used <= room

    def _end_with_placeholder(self, lines, line, used, indent, room):
        # the placeholder goes after the last word it fits behind, else on the previous line, else alone
        while line:
            if line[-1].strip() and used + len(self.placeholder) <= room:
                lines.append(indent + "".join(line) + self.placeholder)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    # -- the public methods

    def wrap(self, text):
        """The wrapped lines of text, without newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """text wrapped into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped into lines of at most width characters, as one string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut to fit width (ending with the placeholder if cut)."""
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(" ".join(text.split()))


_BLANK_LINE = re.compile(r"^[ \t]+$", re.MULTILINE)
_INDENT = re.compile(r"^([ \t]*)[^ \t\n]", re.MULTILINE)


def dedent(text):
    """text without the leading spaces and tabs all its non-blank lines share;
    lines of only spaces and tabs become empty."""
    text = _BLANK_LINE.sub("", text)
    indents = _INDENT.findall(text)
    if not indents:
        return text
    shortest, longest = min(indents), max(indents)
    common = 0
    # the common prefix of all is that of the smallest and largest strings
    while common < len(shortest) and shortest[common] == longest[common]:
        common += 1
    if not common:
        return text
    margin = shortest[:common]
    return "\n".join(line[common:] if line.startswith(margin) else line for line in text.split("\n"))


def indent(text, prefix, predicate=None):
    """text with prefix added to the lines predicate accepts (by default those not just whitespace)."""
    if predicate is None:
        predicate = str.strip
    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
