"""UUID objects (universally unique identifiers) according to RFC 4122:
uuid1 (time and node), uuid3/uuid5 (name-based, MD5/SHA-1) and uuid4
(random)."""

import operator as _operator
import os
from enum import Enum

__all__ = ["UUID", "uuid1", "uuid3", "uuid4", "uuid5", "getnode", "NAMESPACE_DNS", "NAMESPACE_URL",
           "NAMESPACE_OID", "NAMESPACE_X500", "SafeUUID", "RESERVED_NCS", "RFC_4122",
           "RESERVED_MICROSOFT", "RESERVED_FUTURE"]

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    "reserved for NCS compatibility", "specified in RFC 4122",
    "reserved for Microsoft compatibility", "reserved for future definition"]

class SafeUUID(Enum):
    """Whether uuid1() made the UUID in a way safe across processes (unknown here)."""
    safe = 0
    unsafe = -1
    unknown = None


# (name, lowest bit, width) of the RFC 4122 fields, most significant first
_FIELDS = (("time_low", 96, 32), ("time_mid", 80, 16), ("time_hi_version", 64, 16),
           ("clock_seq_hi_variant", 56, 8), ("clock_seq_low", 48, 8), ("node", 0, 48))


def _int_from_hex(text):
    digits = text.replace("urn:", "").replace("uuid:", "").strip("{}").replace("-", "")
    if len(digits) != 32:
        raise ValueError("badly formed hexadecimal UUID string")
    return int(digits, 16)


def _int_from_bytes(data):
    if len(data) != 16:
        raise ValueError("bytes is not a 16-char string")
    assert isinstance(data, bytes), repr(data)
    return int.from_bytes(data, "big")


def _swap_le(data):
    # bytes_le holds the first three fields little-endian
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


def _int_from_bytes_le(data):
    if len(data) != 16:
        raise ValueError("bytes_le is not a 16-char string")
    return _int_from_bytes(_swap_le(data))


def _int_from_fields(fields):
    if len(fields) != 6:
        raise ValueError("fields is not a 6-tuple")
    number = 0
    for position, (value, (_, shift, width)) in enumerate(zip(fields, _FIELDS), 1):
        if not 0 <= value < 1 << width:
            raise ValueError("field %d out of range (need a%s %d-bit value)"
                             % (position, "n" if width == 8 else "", width))
        number |= value << shift
    return number


_TO_INT = {"hex": _int_from_hex, "bytes": _int_from_bytes, "bytes_le": _int_from_bytes_le,
           "fields": _int_from_fields, "int": lambda number: number}


def _with_version(number, version):
    if not 1 <= version <= 5:
        raise ValueError("illegal version number")
    # the RFC 4122 variant (binary 10 in bits 63-62) and the version in bits 79-76
    number = number & ~(0xC000 << 48) | 0x8000 << 48
    return number & ~(0xF000 << 64) | version << 76


class UUID:
    """A 128-bit RFC 4122 identifier, made from exactly one of: hex text (braces,
    hyphens and a urn:uuid: prefix allowed), 16 big-endian bytes, bytes_le, the
    six fields, or an int. version stamps that version and the RFC variant in."""

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
                 is_safe=SafeUUID.unknown):
        given = [(form, value) for form, value in (("hex", hex), ("bytes", bytes), ("bytes_le", bytes_le),
                                                   ("fields", fields), ("int", int)) if value is not None]
        if len(given) != 1:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
        form, value = given[0]
        number = _TO_INT[form](value)
        if not 0 <= number < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            number = _with_version(number, version)
        object.__setattr__(self, "int", number)
        object.__setattr__(self, "is_safe", is_safe)

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __getstate__(self):
        # is_safe is only kept when known
        if self.is_safe == SafeUUID.unknown:
            return {"int": self.int}
        return {"int": self.int, "is_safe": self.is_safe.value}

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __str__(self):
        digits = self.hex
        return "-".join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:]))

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    hex = property(lambda self: "%032x" % self.int)
    urn = property(lambda self: "urn:uuid:" + str(self))
    bytes = property(lambda self: self.int.to_bytes(16, "big"))
    bytes_le = property(lambda self: _swap_le(self.bytes))
    fields = property(lambda self: tuple(getattr(self, name) for name, _, _ in _FIELDS))
    # the 60-bit timestamp and 14-bit clock sequence of a version 1 UUID
    time = property(lambda self: (self.time_hi_version & 0x0FFF) << 48 | self.time_mid << 32 | self.time_low)
    clock_seq = property(lambda self: (self.clock_seq_hi_variant & 0x3F) << 8 | self.clock_seq_low)

    @property
    def variant(self):
        # the top bits of clock_seq_hi_variant: 0xx NCS, 10x RFC 4122, 110 Microsoft, 111 future
        top = self.int >> 61 & 7
        if top < 4:
            return RESERVED_NCS
        if top < 6:
            return RFC_4122
        return RESERVED_MICROSOFT if top == 6 else RESERVED_FUTURE

    @property
    def version(self):
        return self.int >> 76 & 0xF if self.variant == RFC_4122 else None


for _name, _shift, _width in _FIELDS:
    setattr(UUID, _name, property(lambda self, shift=_shift, mask=(1 << _width) - 1: self.int >> shift & mask))
for _name, _test in (("__eq__", _operator.eq), ("__lt__", _operator.lt), ("__le__", _operator.le),
                     ("__gt__", _operator.gt), ("__ge__", _operator.ge)):
    setattr(UUID, _name, lambda self, other, test=_test: test(self.int, other.int) if isinstance(other, UUID)
            else NotImplemented)
del _name, _shift, _width, _test


_node = None


def _hardware_node():
    # the MAC address of a network interface, from sysfs
    try:
        names = sorted(os.listdir("/sys/class/net"))
    except OSError:
        return None
    for name in names:
        try:
            with open("/sys/class/net/%s/address" % name) as f:
                text = f.read().strip()
        except OSError:
            continue
        value = int(text.replace(":", "") or "0", 16)
        if value and not value & (1 << 40):  # a universally administered address
            return value
    return None


def getnode():
    """This host's hardware (MAC) address as a 48-bit number; when there is none
    to read, a random number with the multicast bit set (so it is no real address)."""
    global _node
    if _node is None:
        _node = _hardware_node()
        if _node is None:
            _node = int.from_bytes(os.urandom(6), "big") | (1 << 40)
    return _node


_last_timestamp = None
_GREGORIAN_TO_UNIX = 0x01B21DD213814000  # 100 ns steps from 1582-10-15 to 1970-01-01


def uuid1(node=None, clock_seq=None):
    """A version 1 UUID: the time in 100 ns steps since 1582-10-15, a clock
    sequence (random unless given) and the node (getnode() unless given)."""
    global _last_timestamp
    import time
    timestamp = time.time_ns() // 100 + _GREGORIAN_TO_UNIX
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1  # never the same time twice
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = int.from_bytes(os.urandom(2), "big") & 0x3FFF
    if node is None:
        node = getnode()
    fields = (timestamp & 0xFFFFFFFF, timestamp >> 32 & 0xFFFF, timestamp >> 48 & 0x0FFF,
              clock_seq >> 8 & 0x3F, clock_seq & 0xFF, node)
    return UUID(fields=fields, version=1)


def _from_name(algorithm, version, namespace, name):
    # versions 3 and 5: the first 16 bytes of a digest of the namespace and the name
    import hashlib
    data = namespace.bytes + (name.encode("utf-8") if isinstance(name, str) else name)
    digest = getattr(hashlib, algorithm)(data, usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A version 3 UUID: from the MD5 digest of the namespace UUID and the name."""
    return _from_name("md5", 3, namespace, name)


def uuid4():
    """A version 4 UUID: random."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A version 5 UUID: from the SHA-1 digest of the namespace UUID and the name."""
    return _from_name("sha1", 5, namespace, name)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
