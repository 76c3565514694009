"""Keyed-hash message authentication codes (HMAC, RFC 2104) over the hashes of hashlib."""

import _hashlib
from _hashlib import compare_digest

__all__ = ["new", "digest", "compare_digest", "HMAC", "digest_size"]

# the key is padded to the hash's block size and XORed with these two bytes
trans_5C = bytes(byte ^ 0x5C for byte in range(256))
trans_36 = bytes(byte ^ 0x36 for byte in range(256))
digest_size = None


def _hash_maker(digestmod):
    """A function data -> new hash object, for a digestmod given as name, module or constructor."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b"": _hashlib.new(digestmod, data)
    return lambda data=b"": digestmod.new(data)


class HMAC:
    """A running HMAC computation: update() with data, then digest()."""

    blocksize = 64  # for hashes that don't report a block_size

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _hash_maker(digestmod)
        inner = make()
        block = getattr(inner, "block_size", self.blocksize)
        if len(key) > block:
            key = make(key).digest()  # long keys are hashed first
        key = bytes(key).ljust(block, b"\0")
        inner.update(key.translate(trans_36))
        outer = make()
        outer.update(key.translate(trans_5C))
        self._make, self._inner, self._outer = make, inner, outer
        self.digest_size = inner.digest_size
        self.block_size = block
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC in the same state."""
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin._inner, twin._outer = self._inner.copy(), self._outer.copy()
        return twin

    def _final(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        return self._final().digest()

    def hexdigest(self):
        return self._final().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new HMAC keyed with key, fed msg, over the hash digestmod."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the hash named (or given by) digest, in one call."""
    return HMAC(key, msg, digest).digest()
