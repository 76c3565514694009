"""Parse (absolute and relative) URLs: urlparse/urlsplit and their
inverses, urljoin, quoting, and query strings."""

import re

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes", "unquote", "unquote_plus",
           "unquote_to_bytes", "DefragResult", "ParseResult", "SplitResult", "DefragResultBytes",
           "ParseResultBytes", "SplitResultBytes"]

# which schemes take relative references, a //netloc part, and ;params
uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms", "prospero",
                 "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp",
               "snews", "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh",
               "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip", "sips",
               "mms", "sftp", "tel"]
scheme_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."

# WHATWG: leading C0 controls and spaces are dropped, tabs and newlines anywhere
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
_DROPPED = {ord("\t"): None, ord("\r"): None, ord("\n"): None}


# {==== str and bytes

def _unchanged(result):
    return result


def _to_bytes(result):
    return result.encode("ascii")


def _as_text(*args):
    """args as str, and the function that turns a result back into the callers'
    type: bytes arguments (ASCII) give bytes results."""
    want_bytes = not isinstance(args[0], str)
    if any(arg and isinstance(arg, str) == want_bytes for arg in args[1:]):
        raise TypeError("Cannot mix str and non-str arguments")
    if not want_bytes:
        return args + (_unchanged,)
    return tuple(arg.decode("ascii") if arg else "" for arg in args) + (_to_bytes,)


# }====
# {==== result types: tuples with named fields

class _NetlocParts:
    """username, password, hostname and port, read from the netloc field
    (str or bytes alike)."""

    __slots__ = ()

    def _sep(self, char):
        return char if isinstance(self.netloc, str) else char.encode()

    def _credentials(self):
        userinfo, at, _ = self.netloc.rpartition(self._sep("@"))
        if not at:
            return None, None
        user, colon, password = userinfo.partition(self._sep(":"))
        return user, password if colon else None

    def _host_and_port(self):
        hostinfo = self.netloc.rpartition(self._sep("@"))[2]
        _, bracket, inside = hostinfo.partition(self._sep("["))
        if bracket:  # [IPv6 literal]:port
            host, _, after = inside.partition(self._sep("]"))
            port = after.partition(self._sep(":"))[2]
        else:
            host, _, port = hostinfo.partition(self._sep(":"))
        return host, port or None

    username = property(lambda self: self._credentials()[0])
    password = property(lambda self: self._credentials()[1])

    @property
    def hostname(self):
        host = self._host_and_port()[0]
        if not host:
            return None
        # lower case, except the zone of a scoped IPv6 address
        address, percent, zone = host.partition(self._sep("%"))
        return address.lower() + percent + zone

    @property
    def port(self):
        text = self._host_and_port()[1]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if not 0 <= number <= 65535:
            raise ValueError("Port out of range 0-65535")
        return number


def _result_type(name, fields, geturl):
    def __new__(cls, *args, **kwargs):
        values = list(args) + [kwargs.pop(f) for f in fields[len(args):] if f in kwargs]
        if kwargs or len(values) != len(fields):
            raise TypeError("%s() takes %d arguments" % (name, len(fields)))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "%s(%s)" % (name, ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self)))

    def _replace(self, **kwargs):
        values = [kwargs.pop(f, v) for f, v in zip(fields, self)]
        if kwargs:
            raise ValueError("Got unexpected field names: %r" % list(kwargs))
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(fields, self))

    namespace = {"__new__": __new__, "__repr__": __repr__, "_replace": _replace, "_asdict": _asdict,
                 "_fields": tuple(fields), "__slots__": (), "__getnewargs__": lambda self: tuple(self),
                 "geturl": geturl}
    for i, f in enumerate(fields):
        namespace[f] = property(lambda self, i=i: self[i])
    return type(name, (_NetlocParts, tuple) if "netloc" in fields else (tuple,), namespace)


def _with_fragment(self):
    return self.url + self._sep("#") + self.fragment if self.fragment else self.url


_DEFRAG = ("url", "fragment")
_SPLIT = ("scheme", "netloc", "path", "query", "fragment")
_PARSE = ("scheme", "netloc", "path", "params", "query", "fragment")

DefragResult = _result_type("DefragResult", _DEFRAG, _with_fragment)
SplitResult = _result_type("SplitResult", _SPLIT, lambda self: urlunsplit(self))
ParseResult = _result_type("ParseResult", _PARSE, lambda self: urlunparse(self))
DefragResultBytes = _result_type("DefragResultBytes", _DEFRAG, _with_fragment)
SplitResultBytes = _result_type("SplitResultBytes", _SPLIT, lambda self: urlunsplit(self))
ParseResultBytes = _result_type("ParseResultBytes", _PARSE, lambda self: urlunparse(self))
DefragResult._sep = staticmethod(lambda char: char)
DefragResultBytes._sep = staticmethod(lambda char: char.encode())


def _recoder(target, method):
    # str results .encode() into their bytes twin and bytes results .decode() back
    def recode(self, encoding="ascii", errors="strict"):
        return target(*(getattr(field, method)(encoding, errors) for field in self))
    recode.__name__ = method
    return recode


for _text_type, _bytes_type in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                                (ParseResult, ParseResultBytes)):
    _text_type.encode = _recoder(_bytes_type, "encode")
    _bytes_type.decode = _recoder(_text_type, "decode")
del _text_type, _bytes_type


# }====
# {==== splitting and joining

def _split_scheme(url):
    # ("scheme", rest) when url starts with letter + scheme characters + ':'
    head, colon, rest = url.partition(":")
    if colon and head[:1].isascii() and head[:1].isalpha() and all(c in scheme_chars for c in head):
        return head.lower(), rest
    return None, url


def _is_ipv4(text):
    octets = text.split(".")
    return len(octets) == 4 and all(
        octet.isascii() and octet.isdigit() and len(octet) <= 3 and int(octet) <= 255
        and (octet == "0" or not octet.startswith("0")) for octet in octets)


def _is_ipv6(text):
    # hextets of 1-4 hex digits, "::" at most once for a run of zeros, an IPv4
    # address as the last 32 bits allowed, and a non-empty %zone at the end
    address, percent, zone = text.partition("%")
    if percent and (not zone or "%" in zone):
        return False
    parts = address.split(":")
    if parts and "." in parts[-1]:
        if not _is_ipv4(parts[-1]):
            return False
        parts[-1:] = ["0", "0"]
    if not 3 <= len(parts) <= 9:
        return False
    inner_gaps = [i for i in range(1, len(parts) - 1) if not parts[i]]
    if len(inner_gaps) > 1:
        return False
    if inner_gaps:
        gap = inner_gaps[0]
        # "::" at an end leaves an empty part that belongs to it
        if (not parts[0] and gap != 1) or (not parts[-1] and gap != len(parts) - 2):
            return False
        hextets = [part for part in parts if part]
        if len(hextets) > 7:
            return False
    else:
        if len(parts) != 8:
            return False
        hextets = parts
    return all(1 <= len(h) <= 4 and h.isascii() and all(c in "0123456789abcdefABCDEF" for c in h) for h in hextets)


def _check_bracketed_host(host):
    # what may stand in [brackets]: an IPv6 address or an "IPvFuture" literal
    if host.startswith("v"):
        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", host):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(host):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % (host,))


def urlsplit(url, scheme="", allow_fragments=True):
    """scheme://netloc/path?query#fragment -> SplitResult (scheme is the default
    when the URL has none)."""
    url, scheme, restore = _as_text(url, scheme)
    url = url.lstrip(_C0_AND_SPACE).translate(_DROPPED)
    scheme = scheme.strip(_C0_AND_SPACE).translate(_DROPPED)
    found, url = _split_scheme(url)
    netloc = query = fragment = ""
    if url.startswith("//"):
        end = min((i for i in map(url.find, "/?#", (2, 2, 2)) if i >= 0), default=len(url))
        netloc, url = url[2:end], url[end:]
        if ("[" in netloc) != ("]" in netloc):
            raise ValueError("Invalid IPv6 URL")
        if "[" in netloc:
            _check_bracketed_host(netloc.partition("[")[2].partition("]")[0])
    if allow_fragments:
        url, _, fragment = url.partition("#")
    url, _, query = url.partition("?")
    return restore(SplitResult(found or scheme, netloc, url, query, fragment))


def _split_params(path):
    # ";params" start at the first ';' of the last path segment
    cut = path.find(";", max(path.rfind("/"), 0))
    return (path, "") if cut < 0 else (path[:cut], path[cut + 1:])


def urlparse(url, scheme="", allow_fragments=True):
    """scheme://netloc/path;params?query#fragment -> ParseResult."""
    url, scheme, restore = _as_text(url, scheme)
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ""
    if scheme in uses_params and ";" in path:
        path, params = _split_params(path)
    return restore(ParseResult(scheme, netloc, path, params, query, fragment))


def urlunsplit(components):
    scheme, netloc, path, query, fragment, restore = _as_text(*components)
    if netloc or (scheme and scheme in uses_netloc and not path.startswith("//")):
        if path and not path.startswith("/"):
            path = "/" + path
        path = "//" + (netloc or "") + path
    return restore("".join((scheme + ":" if scheme else "", path, "?" + query if query else "",
                            "#" + fragment if fragment else "")))


def urlunparse(components):
    scheme, netloc, path, params, query, fragment, restore = _as_text(*components)
    if params:
        path += ";" + params
    return restore(urlunsplit((scheme, netloc, path, query, fragment)))


def _resolve_path(base_path, path):
    # RFC 3986 5.2: a relative path continues the base's directory; then "."
    # and ".." segments are removed (".." never climbs above the root)
    if path.startswith("/"):
        segments = path.split("/")
    else:
        directory = base_path.split("/")
        if directory[-1]:
            directory.pop()  # the base's last segment is a file name
        segments = directory + path.split("/")
        segments[1:-1] = [segment for segment in segments[1:-1] if segment]
    resolved = []
    for segment in segments:
        if segment == "..":
            if resolved:
                resolved.pop()
        elif segment != ".":
            resolved.append(segment)
    if segments[-1] in (".", ".."):
        resolved.append("")  # a trailing dot segment names a directory
    return "/".join(resolved) or "/"


def urljoin(base, url, allow_fragments=True):
    """url read relative to base (as a browser resolves a link)."""
    if not base:
        return url
    if not url:
        return base
    base, url, restore = _as_text(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, _ = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return restore(url)
    if scheme in uses_netloc:
        if netloc:
            return restore(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if path or params:
        path = _resolve_path(bpath, path)
    else:  # only a query and/or fragment: the base's path (and query) stay
        path, params, query = bpath, bparams, query or bquery
    return restore(urlunparse((scheme, netloc, path, params, query, fragment)))


def urldefrag(url):
    """(url without its fragment, fragment) as a DefragResult."""
    url, restore = _as_text(url)
    if "#" not in url:
        return restore(DefragResult(url, ""))
    *rest, fragment = urlparse(url)
    return restore(DefragResult(urlunparse((*rest, "")), fragment))


# }====
# {==== quoting

_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
_HEX_DIGITS = b"0123456789ABCDEFabcdef"
_quote_tables = {}  # safe bytes -> text of each byte value in a quoted URL


def _quote_table(safe):
    table = _quote_tables.get(safe)
    if table is None:
        keep = _ALWAYS_SAFE.union(safe)
        table = _quote_tables[safe] = [chr(byte) if byte in keep else "%%%02X" % byte for byte in range(256)]
    return table


def quote_from_bytes(bs, safe="/"):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    table = _quote_table(bytes(byte for byte in safe if byte < 128))
    return "".join(map(table.__getitem__, bs))


def quote(string, safe="/", encoding=None, errors=None):
    """%XX-escape what a URL part may not hold: all but letters, digits, '_.-~'
    and the characters in safe. Text is encoded first (UTF-8 by default)."""
    if isinstance(string, str):
        if not string:
            return string
        return quote_from_bytes(string.encode("utf-8" if encoding is None else encoding,
                                              "strict" if errors is None else errors), safe)
    for name, value in (("encoding", encoding), ("errors", errors)):
        if value is not None:
            raise TypeError(f"quote() doesn't support '{name}' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    """quote() for HTML form values: spaces become '+'."""
    space = " " if isinstance(safe, str) else b" "
    return quote(string, safe + space, encoding, errors).replace(" ", "+")


def unquote_to_bytes(string):
    """Bytes with each valid %XX escape replaced (str input is UTF-8 encoded first)."""
    if not string:
        string.split  # only str and bytes are accepted, empty or not
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    first, *escaped = string.split(b"%")
    pieces = [first]
    for piece in escaped:
        code = piece[:2]
        if len(code) == 2 and code[0] in _HEX_DIGITS and code[1] in _HEX_DIGITS:
            pieces += (bytes((int(code, 16),)), piece[2:])
        else:
            pieces += (b"%", piece)
    return b"".join(pieces)


_ASCII_RUN = re.compile("[\x00-\x7f]+")


def unquote(string, encoding="utf-8", errors="replace"):
    """Replace %XX escapes: each run of ASCII text is unescaped to bytes and
    decoded, so escaped multi-byte characters come out whole."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        string.split  # a TypeError for what is not text
        return string
    encoding = "utf-8" if encoding is None else encoding
    errors = "replace" if errors is None else errors
    return _ASCII_RUN.sub(lambda run: unquote_to_bytes(run.group()).decode(encoding, errors), string)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    """unquote() for HTML form values: '+' means a space."""
    return unquote(string.replace("+", " "), encoding, errors)


# }====
# {==== query strings

def _sized(value):
    try:
        len(value)
    except TypeError:
        return False
    return True


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or a sequence of pairs as "key=value&..." (quote_via escapes
    each part). With doseq, a sequence value gives one pair per item."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err

    def escaped(part):
        if isinstance(part, bytes):
            return quote_via(part, safe)
        return quote_via(str(part), safe, encoding, errors)

    pairs = []
    for key, value in query:
        name = escaped(key) + "="
        if doseq and not isinstance(value, (str, bytes)) and _sized(value):
            pairs.extend(name + escaped(item) for item in value)
        else:
            pairs.append(name + escaped(value))
    return "&".join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
              max_num_fields=None, separator="&"):
    """A query string as a list of (name, value) pairs, unescaped ('+' is a space)."""
    qs, restore = _as_text(qs)
    separator = _as_text(separator)[0]
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and max_num_fields < len(fields):
        raise ValueError("Max number of fields exceeded")
    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, equals, value = field.partition("=")
        if not equals:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append(tuple(restore(unquote(text.replace("+", " "), encoding=encoding, errors=errors))
                               for text in (name, value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
             max_num_fields=None, separator="&"):
    """A query string as a dict: name -> list of its values, in order."""
    values = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        values.setdefault(name, []).append(value)
    return values
