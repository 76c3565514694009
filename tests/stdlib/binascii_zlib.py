# binascii/base64 error paths, hex separators, base32/85, zlib streams, hashlib variety
import binascii, base64, zlib, hashlib, hmac
for f, a in [(binascii.a2b_base64, 'abcde'), (binascii.a2b_base64, 'a'), (binascii.a2b_base64, 'ab=c'), (binascii.a2b_base64, 'é'),
             (binascii.unhexlify, 'abc'), (binascii.unhexlify, 'zz'), (base64.b32decode, 'AB'), (base64.b16decode, 'ab'),
             (base64.b64decode, 'ab!c'), (zlib.decompress, b'xyz'), (binascii.a2b_base64, b'YW\nJj'), (binascii.hexlify, 'ab'),
             (zlib.decompress, zlib.compress(b'hello')[:-3])]:
    try:
        print(f(a))
    except Exception as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b'abc', '-'), binascii.hexlify(b'abcdef', ':', 2), binascii.hexlify(b'abcde', ':', -2), binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False), binascii.crc_hqx(b'abc', 0), binascii.crc32(b'abc', 5))
print(base64.b64decode('YWJj\n'), base64.b64decode(b'YW Jj'), base64.b85encode(b'hello'), base64.b85decode(b'Xk~0{Zv'), base64.a85encode(b'hello'), base64.encodebytes(b'x' * 60), base64.b32hexencode(b'ab'))
print(base64.b32decode(base64.b32encode(b'hello!!')), base64.a85decode(base64.a85encode(b'\x00' * 4 + b'abc')), base64.b64encode(b'\xfb\xff', altchars=b'._'), base64.urlsafe_b64decode('-_8='))
for bad in ['YW!j', '=YWJj', 'YW==Jj']:
    try:
        base64.b64decode(bad, validate=True)
    except binascii.Error as e:
        print(type(e).__name__, e)
print(zlib.compress(b'hello'), zlib.compress(b'hello', 9), zlib.crc32(b''), zlib.adler32(b'', 5), zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_DEFAULT_COMPRESSION)
c = zlib.compressobj()
data = c.compress(b'abc' * 100) + c.flush()
d = zlib.decompressobj()
print(len(data), d.decompress(data[:10]), d.decompress(data[10:])[:9], d.eof, d.unused_data, zlib.decompressobj().decompress(data + b'tail', 0) and None)
d2 = zlib.decompressobj()
out = d2.decompress(data + b'EXTRA')
print(len(out), d2.eof, d2.unused_data)
d3 = zlib.decompressobj()
part = d3.decompress(data, 50)
print(len(part), len(d3.unconsumed_tail) > 0, len(part + d3.decompress(d3.unconsumed_tail)))
print(zlib.decompress(zlib.compress(b'x', wbits=-15), wbits=-15), zlib.decompress(zlib.compress(b'x', wbits=31), wbits=31))
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s']:
    h = hashlib.new(name, b'abc')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:16])
print(hashlib.shake_128(b'abc').hexdigest(8), hashlib.sha256(b'a').digest()[:4], hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex()[:16])
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.digest(b'k', b'm', 'md5').hex(), hmac.compare_digest(b'a', b'a'), hmac.compare_digest('ab', 'ac'))
for call in [lambda: hashlib.sha256('text'), lambda: hashlib.new('nope'), lambda: hashlib.md5().update(5)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
h = hashlib.sha1(b'x'); h2 = h.copy(); h2.update(b'y')
print(h.hexdigest() != h2.hexdigest(), h2.hexdigest() == hashlib.sha1(b'xy').hexdigest())
