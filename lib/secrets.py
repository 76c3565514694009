"""Random numbers and tokens from the operating system's secure source,
for passwords, keys, session tokens and the like."""

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

import base64
from hmac import compare_digest
from random import SystemRandom

_system_random = SystemRandom()

randbits = _system_random.getrandbits
choice = _system_random.choice

DEFAULT_ENTROPY = 32  # bytes in a token when the caller doesn't say


def randbelow(exclusive_upper_bound):
    """A random int n with 0 <= n < exclusive_upper_bound."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _system_random._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    return _system_random.randbytes(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """token_bytes(nbytes) as hexadecimal text (two digits per byte)."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """token_bytes(nbytes) as URL-safe base64 text without padding."""
    return base64.urlsafe_b64encode(token_bytes(nbytes)).decode("ascii").rstrip("=")
