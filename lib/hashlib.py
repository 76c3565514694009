"""Secure hashes and message digests (MD5, SHA-1, SHA-2, SHA-3, SHAKE,
BLAKE2) over OpenSSL: hashlib.sha256(data).hexdigest() and friends."""

import _hashlib

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_224",
           "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "new", "algorithms_guaranteed",
           "algorithms_available", "pbkdf2_hmac", "file_digest")

algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
                         "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"}
algorithms_available = algorithms_guaranteed | {"sha512_224", "sha512_256", "md5-sha1", "sm3", "ripemd160"}


def new(name, data=b"", **kwargs):
    """A hash object for the algorithm called name, already fed data."""
    return _hashlib.new(name, data, **kwargs)


def _named(name):
    def constructor(data=b"", *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        return _hashlib.new(name, data)
    constructor.__name__ = "openssl_" + name
    constructor.__qualname__ = "openssl_" + name
    return constructor


md5 = _named("md5")
sha1 = _named("sha1")
sha224 = _named("sha224")
sha256 = _named("sha256")
sha384 = _named("sha384")
sha512 = _named("sha512")
sha3_224 = _named("sha3_224")
sha3_256 = _named("sha3_256")
sha3_384 = _named("sha3_384")
sha3_512 = _named("sha3_512")
shake_128 = _named("shake_128")
shake_256 = _named("shake_256")


def _blake2(name, max_size):
    def constructor(data=b"", *, digest_size=max_size, key=b"", salt=b"", person=b"", usedforsecurity=True,
                    **params):
        if digest_size != max_size or key or salt or person or params:
            raise ValueError("%s parameters other than data are not supported" % name)
        return _hashlib.new(name, data)
    constructor.__name__ = name
    return constructor


blake2b = _blake2("blake2b", 64)
blake2s = _blake2("blake2s", 32)

pbkdf2_hmac = _hashlib.pbkdf2_hmac


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """The hash object (digest: a name or a constructor) fed the rest of a binary file."""
    hasher = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, "getbuffer"):  # BytesIO: hash its buffer in one go
        hasher.update(fileobj.getbuffer())
        return hasher
    # CPython asks for readinto(), which Ay's own binary files lack: a text stream shows
    # itself by reading str instead
    refusal = ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    if not (hasattr(fileobj, "readable") and fileobj.readable()):
        raise refusal
    while chunk := fileobj.read(_bufsize):
        if isinstance(chunk, str):
            raise refusal
        hasher.update(chunk)
    return hasher
