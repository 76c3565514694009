"""Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings."""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode", "b32encode",
           "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode", "b85encode",
           "b85decode", "a85encode", "a85decode", "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    """Decoder input as bytes: ASCII text or any bytes-like object."""
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    try:
        return bytes(s) if isinstance(s, bytes_types) else memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % type(s).__name__) from None


def _translate(data, frm, to):
    return data.translate(bytes.maketrans(frm, to))


def b64encode(s, altchars=None):
    """s in Base64 (altchars: two bytes to use instead of "+" and "/")."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _translate(encoded, b"+/", altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes of Base64 text s; characters outside the alphabet are skipped
    unless validate is set."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """b64encode() with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """b64decode() with the standard alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with "-" and "_" in place of "+" and "/" (safe in URLs and file names)."""
    return _translate(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    """The inverse of urlsafe_b64encode()."""
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, b"-_", b"+/"))


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    leftover = len(s) % 5
    if leftover:
        s = bytes(s) + b"\0" * (5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        n = int.from_bytes(s[i:i + 5], "big")
        for shift in range(35, -1, -5):
            out.append(alphabet[(n >> shift) & 31])
    pad = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}[leftover]
    if pad:
        out[-pad:] = b"=" * pad
    return bytes(out)


def _b32_text(s, casefold, map01):
    # the Base32 text as bytes in upper case, with 0 and 1 read as letters
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, b"01", b"O" + map01)
    return s.upper() if casefold else s


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _b32_text(s, casefold, map01)
    stripped = s.rstrip(b"=")
    padchars = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        n = 0
        for c in quanta:
            if c not in values:
                raise binascii.Error("Non-base32 digit found")
            n = (n << 5) | values[c]
        n <<= 5 * (8 - len(quanta))
        out += n.to_bytes(5, "big")
    if padchars:
        if padchars not in (1, 3, 4, 6):
            raise binascii.Error("Incorrect padding")
        out = out[:-{1: 1, 3: 2, 4: 3, 6: 4}[padchars]]
    return bytes(out)


def b32encode(s):
    """s in Base32 (RFC 4648 alphabet A-Z 2-7)."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes of Base32 text s; casefold accepts lower case, map01 says which
    letter a "1" stands for ("0" is always "O")."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """s in Base32 with the extended hex alphabet (0-9 A-V)."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """The inverse of b32hexencode()."""
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """s in upper-case hexadecimal."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """The bytes of hexadecimal text s (upper case unless casefold)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b"0123456789ABCDEF" for c in s):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_A85 = bytes(range(33, 118))


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    if not isinstance(b, bytes_types):
        b = memoryview(b).tobytes()
    padding = (-len(b)) % 4
    if padding:
        b = bytes(b) + b"\0" * padding
    words = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], "big")
        if foldnuls and not word:
            words.append(b"z")
        elif foldspaces and word == 0x20202020:
            words.append(b"y")
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, r = divmod(word, 85)
                digits[k] = chars[r]
            words.append(bytes(digits))
    if padding and not pad:
        if words[-1] == b"z":
            words[-1] = bytes([chars[0]]) * 5
        words[-1] = words[-1][:-padding]
    return b"".join(words)


def b85encode(b, pad=False):
    """b in Base85 (the git/Mercurial alphabet); pad keeps the last group whole."""
    return _85encode(b, _B85, pad)


def b85decode(b):
    """The inverse of b85encode()."""
    b = _bytes_from_decode_data(b)
    values = {c: i for i, c in enumerate(_B85)}
    padding = (-len(b)) % 5
    b = b + b"~" * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            if c not in values:
                raise ValueError("bad base85 character at position %d" % (i + j))
            acc = acc * 85 + values[c]
        if acc > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out += acc.to_bytes(4, "big")
    if padding:
        out = out[:-padding]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """b in Ascii85: "z" for four zero bytes, "y" for four spaces with
    foldspaces, lines of wrapcol characters, <~ ~> around it with adobe."""
    result = _85encode(b, _A85, pad, True, foldspaces)
    if adobe:
        result = b"<~" + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b"")
        result = b"\n".join(chunks)
    if adobe:
        result += b"~>"
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    """The inverse of a85encode(); the characters in ignorechars are skipped."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b"~>"):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(b"~>"))
        b = b[2:-2] if b.startswith(b"<~") else b[:-2]
    out = bytearray()
    group = []
    for c in b:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                acc = 0
                for v in group:
                    acc = acc * 85 + v
                if acc > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow")
                out += acc.to_bytes(4, "big")
                group = []
        elif c == 122:  # 'z'
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\0\0\0\0"
        elif foldspaces and c == 121:  # 'y'
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"    "
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % c)
    if group:
        padding = 5 - len(group)
        group += [84] * padding
        acc = 0
        for v in group:
            acc = acc * 85 + v
        out += acc.to_bytes(4, "big")[:-padding]
    return bytes(out)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """s in Base64 as lines of at most MAXLINESIZE characters, each ending in a newline."""
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """The inverse of encodebytes()."""
    return binascii.a2b_base64(s)


def _whole_reads(stream, size):
    # chunks of size bytes (the last one shorter) however the stream splits its reads
    while True:
        chunk = stream.read(size)
        while chunk and len(chunk) < size:
            more = stream.read(size - len(chunk))
            if not more:
                break
            chunk += more
        if not chunk:
            return
        yield chunk


def encode(input, output):
    """Base64 lines of the binary file input, written to the binary file output."""
    for chunk in _whole_reads(input, MAXBINSIZE):
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """The bytes of the Base64 lines of the binary file input, written to output."""
    line = input.readline()
    while line:
        output.write(binascii.a2b_base64(line))
        line = input.readline()
