"""A tolerant HTML tokenizer: HTMLParser reads markup fed to it in pieces and
calls handle_starttag, handle_data, handle_endtag... for what it finds."""

import re as _re

from html import unescape

__all__ = ["HTMLParser"]

# Pieces of the start tag grammar.
_TAG_NAME = r"[a-zA-Z][^\t\n\r\f />\x00]*"
# an attribute name only starts after a quote, a space or a slash
_ATTR_NAME = r"(?<=['\"\s/])[^\s/>][^\s/=>]*"
_ATTR_VALUE = r"'[^']*'|\"[^\"]*\"|(?!['\"])[^>\s]*"
# between attributes: spaces, and slashes that do not close the tag
_ATTR_GAP = r"(?:\s|/(?!>))*"

_tag_head = _re.compile("(" + _TAG_NAME + ")" + _ATTR_GAP)
_attribute = _re.compile("(" + _ATTR_NAME + r")(\s*=+\s*(" + _ATTR_VALUE + "))?" + _ATTR_GAP)
_start_tag_extent = _re.compile(
    "<" + _TAG_NAME + r"(?:[\s/]*(?:" + _ATTR_NAME + r"(?:\s*=+\s*(?:" + _ATTR_VALUE + r")\s*)?"
    + _ATTR_GAP + r")*)?\s*")
_end_tag = _re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_start_tag_open = _re.compile("<[a-zA-Z]")
_char_ref = _re.compile("&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_entity_ref = _re.compile("&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_partial_ref = _re.compile("&[a-zA-Z#]")
_text_stop = _re.compile("[&<]")
_comment_end = _re.compile(r"--\s*>")
_decl_name = _re.compile(r"[a-zA-Z][-_.a-zA-Z0-9]*\s*")
_marked_section_end = _re.compile(r"]\s*]\s*>")
_ms_office_section_end = _re.compile(r"]\s*>")
_ref_terminator = _re.compile(r"[\s;]")
# a reference is at most this long, so text ending in "&..." may be cut
_LONGEST_REFERENCE = 34

# where a start tag's attributes may continue after the input ends
_TAG_MAY_CONTINUE = "abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _attribute_value(assignment, value):
    # None without "="; else without its quotes, with references decoded
    if not assignment:
        return None
    if value[:1] in ("'", '"') and value[:1] == value[-1:]:
        value = value[1:-1]
    return unescape(value) if value else value


def _read_attributes(raw, k, end):
    """The (name, value) pairs of a start tag from k on, and where they stop."""
    attrs = []
    while k < end:
        match = _attribute.match(raw, k)
        if not match:
            break
        name, assignment, value = match.group(1, 2, 3)
        attrs.append((name.lower(), _attribute_value(assignment, value)))
        k = match.end()
    return attrs, k


class HTMLParser:
    """Tokenizes HTML handed to feed() in any number of pieces (close() marks
    the end): every start tag, end tag, text run, comment, declaration and
    processing instruction becomes a call of the handle_* method of that name,
    which subclasses override. With convert_charrefs (the default), character
    references in text arrive decoded; without it, they come separately through
    handle_entityref() and handle_charref()."""

    # elements whose content is raw text, up to the matching end tag
    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget all input not handled yet and start again."""
        self.rawdata = ""
        self.lasttag = "???"
        self.cdata_elem = self._cdata_end = None
        self.lineno, self.offset = 1, 0
        self._starttag_text = None

    def feed(self, data):
        """Parse what of the input so far is complete; the rest waits for more."""
        self.rawdata += data
        self._process(False)

    def close(self):
        """End of input: everything still buffered is handled now."""
        self._process(True)

    def getpos(self):
        """(line, column) of the start of the markup being handled."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """The source text of the last start tag, e.g. '<a href="x">'."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        # inside <script> or <style>: only the matching end tag ends the text
        self.cdata_elem = elem.lower()
        self._cdata_end = _re.compile(r"</\s*%s\s*>" % self.cdata_elem, _re.I)

    def clear_cdata_mode(self):
        self.cdata_elem = self._cdata_end = None

    def updatepos(self, i, j):
        """Advances the line/offset position over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        newlines = self.rawdata.count("\n", i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            text = unescape(text)
        self.handle_data(text)

    def _next_markup(self, raw, i):
        """Where the text starting at i ends, or -1 to wait for more input."""
        if self.convert_charrefs and not self.cdata_elem:
            j = raw.find("<", i)
            if j >= 0:
                return j
            amp = raw.rfind("&", max(i, len(raw) - _LONGEST_REFERENCE))
            if amp >= 0 and not _ref_terminator.search(raw, amp):
                return -1
            return len(raw)
        stop = (self._cdata_end or _text_stop).search(raw, i)
        if stop:
            return stop.start()
        return -1 if self.cdata_elem else len(raw)

    def _process(self, end):
        # Handles as much of rawdata as is complete (all of it when `end`).
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            j = self._next_markup(raw, i)
            if j < 0:
                break
            if i < j:
                self._text(raw[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if raw.startswith("<", i):
                k = self._markup(raw, i)
                if k is None:
                    break
                if k < 0:
                    if not end:
                        break
                    # incomplete markup at the end: it is text up to the next > or <
                    k = raw.find(">", i + 1)
                    if k >= 0:
                        k += 1
                    else:
                        k = raw.find("<", i + 1)
                        if k < 0:
                            k = i + 1
                    self._text(raw[i:k])
                i = self.updatepos(i, k)
            elif raw.startswith("&#", i):
                match = _char_ref.match(raw, i)
                if match:
                    self.handle_charref(match.group()[2:-1])
                    i = self.updatepos(i, self._after_reference(raw, match))
                    continue
                if ";" in raw[i:]:
                    # not a reference after all: pass on the "&#"
                    self.handle_data(raw[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif raw.startswith("&", i):
                match = _entity_ref.match(raw, i)
                if match:
                    self.handle_entityref(match.group(1))
                    i = self.updatepos(i, self._after_reference(raw, match))
                    continue
                match = _partial_ref.match(raw, i)
                if match:
                    if end and match.group() == raw[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
        if end and i < n and not self.cdata_elem:
            self._text(raw[i:n])
            i = self.updatepos(i, n)
        self.rawdata = raw[i:]

    @staticmethod
    def _after_reference(raw, match):
        # the character that ended the reference is kept unless it is ";"
        k = match.end()
        return k if raw[k - 1] == ";" else k - 1

    def _markup(self, raw, i):
        """Parses the markup at raw[i] == "<": returns where it ends, -1 if
        it is incomplete, or None to stop at a lone "<" at the end."""
        if _start_tag_open.match(raw, i):
            return self.parse_starttag(i)
        if raw.startswith("</", i):
            return self.parse_endtag(i)
        if raw.startswith("<!--", i):
            return self.parse_comment(i)
        if raw.startswith("<?", i):
            return self.parse_pi(i)
        if raw.startswith("<!", i):
            return self.parse_html_declaration(i)
        if i + 1 < len(raw):
            self.handle_data("<")
            return i + 1
        return None

    # -- markup

    def parse_html_declaration(self, i):
        raw = self.rawdata
        if raw.startswith("<!--", i):
            return self.parse_comment(i)
        if raw.startswith("<![", i):
            return self.parse_marked_section(i)
        if raw[i:i + 9].lower() == "<!doctype":
            gt = raw.find(">", i + 9)
            if gt < 0:
                return -1
            self.handle_decl(raw[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        raw = self.rawdata
        gt = raw.find(">", i + 2)
        if gt < 0:
            return -1
        if report:
            self.handle_comment(raw[i + 2:gt])
        return gt + 1

    def parse_comment(self, i, report=1):
        raw = self.rawdata
        if not raw.startswith("<!--", i):
            raise AssertionError("unexpected call to parse_comment()")
        match = _comment_end.search(raw, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(raw[i + 4:match.start()])
        return match.end()

    def parse_marked_section(self, i, report=1):
        raw = self.rawdata
        match = _decl_name.match(raw, i + 3)
        if not match:
            if i + 3 == len(raw):
                return -1
            self.updatepos(i, i + 3)
            raise AssertionError("expected name token at %r" % raw[i:i + 20])
        if match.end() == len(raw):
            return -1
        name = match.group().strip().lower()
        if name in ("temp", "cdata", "ignore", "include", "rcdata"):
            close = _marked_section_end.search(raw, i + 3)
        elif name in ("if", "else", "endif"):
            close = _ms_office_section_end.search(raw, i + 3)
        else:
            raise AssertionError("unknown status keyword %r in marked section" % raw[i + 3:match.end()])
        if not close:
            return -1
        if report:
            self.unknown_decl(raw[i + 3:close.start()])
        return close.end()

    def parse_pi(self, i):
        raw = self.rawdata
        gt = raw.find(">", i + 2)
        if gt < 0:
            return -1
        self.handle_pi(raw[i + 2:gt])
        return gt + 1

    def _start_tag_end(self, i):
        """Where the start tag at i ends; -1 when more input could extend it."""
        raw = self.rawdata
        j = _start_tag_extent.match(raw, i).end()
        following = raw[j:j + 1]
        if following == ">":
            return j + 1
        if following == "/":
            if raw.startswith("/>", j):
                return j + 2
            return -1
        if following == "" or following in _TAG_MAY_CONTINUE:
            return -1
        return j if j > i else i + 1

    def parse_starttag(self, i):
        self._starttag_text = None
        end = self._start_tag_end(i)
        if end < 0:
            return end
        raw = self.rawdata
        self._starttag_text = raw[i:end]
        head = _tag_head.match(raw, i + 1)
        tag = self.lasttag = head.group(1).lower()
        attrs, stop = _read_attributes(raw, head.end(), end)
        closing = raw[stop:end].strip()
        if closing == "/>":
            self.handle_startendtag(tag, attrs)
        elif closing == ">":
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        else:  # junk where the tag should close: not a tag after all
            self.handle_data(raw[i:end])
        return end

    def parse_endtag(self, i):
        raw = self.rawdata
        close = raw.find(">", i + 1) + 1
        if not close:
            return -1
        match = _end_tag.match(raw, i)
        if match:
            name = match.group(1).lower()
            if self.cdata_elem is None or name == self.cdata_elem:
                self.handle_endtag(name)
                self.clear_cdata_mode()
                return close
        if self.cdata_elem is not None:  # "</x>" inside <script>: still text
            self.handle_data(raw[i:close])
            return close
        head = _tag_head.match(raw, i + 2)
        if head:
            # a malformed end tag: the name counts, the rest up to ">" does not
            self.handle_endtag(head.group(1).lower())
            return raw.find(">", head.end()) + 1
        return i + 3 if raw.startswith("</>", i) else self.parse_bogus_comment(i)

    # -- handlers for subclasses to override: by default they ignore the event

    def handle_starttag(self, tag, attrs):
        """tag: the lower-case name; attrs: (name, value) pairs, value None when absent."""

    def handle_startendtag(self, tag, attrs):
        """An XHTML-style empty element <tag/>: a start tag then an end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag):
        """tag: the lower-case name."""

    def handle_data(self, data):
        """Text between markup (references decoded when convert_charrefs is set)."""

    def handle_comment(self, data):
        """The text inside <!-- -->."""

    def handle_decl(self, decl):
        """The text of <!DOCTYPE ...> after the "<!"."""

    def handle_pi(self, data):
        """The text of a processing instruction <?...>."""

    def unknown_decl(self, data):
        """A marked section such as <![CDATA[...]]>."""

    def handle_entityref(self, name):
        """&name; when convert_charrefs is off."""

    def handle_charref(self, name):
        """&#NN; or &#xNN; when convert_charrefs is off: name is the part after "&#"."""
