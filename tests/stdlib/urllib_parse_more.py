# urllib.parse: bytes round trips, result types, edge cases of splitting, joining, quoting and queries
from urllib.parse import *
import urllib.parse as up
b = urlsplit(b"https://u:p@[fe80::1%25Eth0]:443/x;y?q#f")
print(b, b.hostname, b.port, b.username, b.password, b.geturl(), b.decode(), type(b.decode()).__name__)
s = urlparse("HTTP://User@WWW.Example.com/a/b;p?x#y")
print(s.hostname, s.username, s.password, s.port, s.encode(), type(s.encode()).__name__, s.encode().geturl(), s._asdict(), s._fields)
print(SplitResult("a", "b", "c", "d", "e"), ParseResult(scheme="s", netloc="n", path="p", params="", query="", fragment=""), DefragResult("u", "f").geturl(), DefragResultBytes(b"u", b"").geturl())
print(urldefrag(b"http://h/p#frag"), urldefrag("x#"), urldefrag("http://h/p;a?q#f"), type(urldefrag("a")).__name__)
try:
    s._replace(bogus=1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    SplitResult("a", "b")
except TypeError as e:
    print(type(e).__name__)
for url in [" \t\x00http://h/p\r\n", "http:/p", "http:p", "1http://h", "a+b-c.d:rest", "//host", "h:80", "path;x;y", "http://h/a;b/c;d", "javascript:alert(1)", "", "?q#f", "file:///etc/passwd", "http://h#f?q"]:
    print(repr(url), urlsplit(url), urlparse(url).params)
print(urlsplit("p", scheme=" \x01ftp\n"), urlparse("//h/p", "https"), urlsplit(b"", b"http"))
for parts in [("http", "", "p", "", ""), ("", "h", "p", "", ""), ("file", "", "//x", "", ""), ("mailto", "", "a@b", "", ""), ("http", "", "", "", "f"), ("", None, "p", "q", "")]:
    print(urlunsplit(parts))
print(urlunparse(("http", "h", "/p", "a=1", "q", "")), urlunparse((b"http", b"h", b"/p", b"", b"", b"")))
base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "http:g", "ftp://x/y"]:
    print(rel, urljoin(base, rel))
print(urljoin("", "x"), urljoin("http://h/", ""), urljoin(b"http://a/b/", b"c"), urljoin("http://a/b#f", "#g", allow_fragments=False), urljoin("file:", "g"), urljoin("mailto:a@b", "c"))
try:
    urljoin("http://a", b"x")
except TypeError as e:
    print(type(e).__name__, e)
print(quote(""), quote("~a_b.c-d"), quote("/a b/", safe=""), quote("é", encoding="latin-1"), quote("é", errors="ignore", encoding="ascii"), quote(bytearray(b"a b")), quote("a", safe=b"a"), quote("\u00e9/", safe="é/"))
print(quote_plus("a b+c/d"), quote_plus(b"x y", safe=b"/"), quote_plus("nospace"), quote_from_bytes(b""), quote_from_bytes(b"a&b", "&"), quote_from_bytes(b"\x00\x7f\x80"))
for call in [lambda: quote(b"x", encoding="utf-8"), lambda: quote(b"x", errors="strict"), lambda: quote_from_bytes("x"), lambda: unquote(5), lambda: unquote_to_bytes(None)]:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(unquote(""), unquote("%"), unquote("%4"), unquote("%41%4"), unquote("%C3%A9é%C3"), unquote("%E9", encoding="latin-1"), unquote("%ff", errors="ignore"), unquote(b"%41%42"))
print(unquote_to_bytes(""), unquote_to_bytes("a%2"), unquote_to_bytes("é%41"), unquote_to_bytes(b"%zz%4a"), unquote_plus("a+b%20c"), unquote_plus("%2B"))
print(urlencode([("a", b"\xff"), (b"k", "v"), ("n", None), ("t", (1, 2))]), urlencode({"x": (i for i in "ab")}, doseq=True)[:6], urlencode({"l": ["a b", b"c"], "s": "str", "n": 5}, doseq=True))
print(urlencode({"q": "a/b c"}, safe="/"), urlencode({"q": "a b"}, quote_via=quote), urlencode({"é": "ü"}, encoding="latin-1"), urlencode([]), urlencode({}))
for bad in ["abc", [1, 2], 5]:
    try:
        urlencode(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(parse_qsl("a=1&&b=2&c&=3&d=", keep_blank_values=True), parse_qsl("a=1&b", strict_parsing=False), parse_qsl(b"a=%41&b=c+d"), parse_qsl("a=%E9", encoding="latin-1"), parse_qsl(""))
print(parse_qs("k=1&k=2&j=3"), parse_qs(b"x=1;x=2", separator=b";"), parse_qsl("a=1&b=2", max_num_fields=2))
for call in [lambda: parse_qsl("a=1&b=2&c=3", max_num_fields=2), lambda: parse_qsl("a=1&&b=2", strict_parsing=True), lambda: parse_qsl("a=1", separator=None), lambda: parse_qsl("a=1", separator=""), lambda: urlsplit("http://[::1]x]/")]:
    try:
        print(call())
    except ValueError as e:
        print(type(e).__name__, e)
print(up.uses_netloc[:3], "https" in up.uses_relative, "tel" in up.uses_params, up.scheme_chars[-3:])
