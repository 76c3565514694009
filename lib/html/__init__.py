"""HTML escaping: escape() for text and attribute values, unescape() for
character references as the HTML5 tokenizer reads them."""

import re as _re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """Replace &, < and > (and, when quote is true, " and ') with HTML-safe
    sequences."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# Numeric references the HTML5 spec maps to something else: NUL, CR and the
# C1 range read as windows-1252.
_NUMERIC_REPLACEMENTS = {
    0x00: "\ufffd", 0x0D: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a", 0x83: "\u0192",
    0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030",
    0x8A: "\u0160", 0x8B: "\u2039", 0x8C: "\u0152", 0x8D: "\x8d", 0x8E: "\u017d", 0x8F: "\x8f",
    0x90: "\x90", 0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022",
    0x96: "\u2013", 0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122", 0x9A: "\u0161", 0x9B: "\u203a",
    0x9C: "\u0153", 0x9D: "\x9d", 0x9E: "\u017e", 0x9F: "\u0178",
}


def _is_dropped_codepoint(n):
    # control characters and noncharacters, which a reference cannot produce
    return (0x1 <= n <= 0x8 or n == 0xB or 0xE <= n <= 0x1F or 0x7F <= n <= 0x9F
            or 0xFDD0 <= n <= 0xFDEF or (n & 0xFFFE) == 0xFFFE)


def _numeric(ref):
    digits = ref[1:].rstrip(";")  # after the "#"
    n = int(digits[1:], 16) if digits[0] in "xX" else int(digits)
    if n in _NUMERIC_REPLACEMENTS:
        return _NUMERIC_REPLACEMENTS[n]
    if 0xD800 <= n <= 0xDFFF or n > 0x10FFFF:
        return "\ufffd"
    if _is_dropped_codepoint(n):
        return ""
    return chr(n)


def _replace_reference(match):
    ref = match.group(1)
    if ref[0] == "#":
        return _numeric(ref)
    from html.entities import html5
    if ref in html5:
        return html5[ref]
    # the longest prefix that is a reference allowed without its semicolon
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in html5:
            return html5[ref[:end]] + ref[end:]
    return "&" + ref


_REFERENCE = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    """Convert every named and numeric character reference in s (&gt;,
    &#62;, &#x3e;) to the character it stands for."""
    if "&" not in s:
        return s
    return _REFERENCE.sub(_replace_reference, s)
