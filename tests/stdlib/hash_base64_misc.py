# hashlib digests, base64/binascii, zlib crc32, uuid from fixed values, shlex
import hashlib, base64, binascii, zlib, uuid, shlex
print(hashlib.md5(b"hello").hexdigest(), hashlib.sha1(b"hello").hexdigest())
print(hashlib.sha256(b"").hexdigest())
h = hashlib.sha256()
h.update(b"hel"); h.update(b"lo")
print(h.hexdigest() == hashlib.sha256(b"hello").hexdigest(), h.name, h.digest_size, hashlib.new("md5", b"x").hexdigest())
print(base64.b64encode(b"hello world"), base64.b64decode("aGVsbG8gd29ybGQ="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"\x01\xab"), base64.b32encode(b"ab"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print(type(e).__name__, e)
print(binascii.hexlify(b"\x00\xff"), binascii.unhexlify("00ff"), zlib.crc32(b"hello"), zlib.adler32(b"hello"), len(zlib.compress(b"a" * 100)) < 100, zlib.decompress(zlib.compress(b"round trip")))
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.version, uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x"))
print(shlex.split('a "b c" d\\ e \'f g\''), shlex.quote("it's here"), shlex.join(["a b", "c"]))
