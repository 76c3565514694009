# struct: range errors, bad formats, native alignment, half floats, pascal strings
import struct
for fmt, args in [('<h', (40000,)), ('<H', (-1,)), ('<i', (2**31,)), ('<q', (2**63,)), ('<Q', (-1,)),
                  ('<Q', (2**64,)), ('@B', (256,)), ('@h', (40000,)), ('@I', (-1,)), ('@l', (2**63,)),
                  ('<f', (1e300,)), ('<e', (1e10,)), ('<c', (b'ab',)), ('<c', ('a',)), ('<s', ('a',)),
                  ('<d', ('x',)), ('<?', ([],)), ('<i', (1.5,)), ('<i', ('1',)), ('<q', (None,))]:
    try:
        print(fmt, struct.pack(fmt, *args))
    except Exception as e:
        print(fmt, type(e).__name__, e)
for fmt in ['z', '3', '<n', 'ii ', ' i', '2i2s', '@ci', '=ci', '@cq', '@qc', '0s', 'p', '3p', '10p', '<qQ', '!hH']:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print(struct.pack('5p', b'abc'), struct.pack('3p', b'abcdef'), struct.unpack('5p', b'\x03abcd'), struct.pack('?', 2), struct.unpack('??', b'\x00\x05'))
print(struct.pack('<e', 65504.0), struct.pack('<e', 1e-8), struct.unpack('<e', b'\x00\x7c'), struct.pack('<f', float('nan')), struct.pack('P', 5))
print(struct.pack('<Q', 2**64 - 1), struct.unpack('<Q', b'\xff' * 8), struct.unpack('>q', b'\x80' + b'\x00' * 7), struct.pack('<e', 0.1), struct.unpack('<e', struct.pack('<e', -2.5)))
print(struct.pack('>3h', 1, -1, 300), struct.unpack('<3B', b'abc'), struct.unpack('@ci', struct.pack('@ci', b'x', 7)))
for call in [lambda: struct.unpack('<i', b'123'), lambda: struct.unpack_from('<i', b'123', 1),
             lambda: list(struct.iter_unpack('<i', b'12345')), lambda: struct.pack_into('<i', bytearray(2), 0, 1),
             lambda: struct.Struct(5), lambda: struct.pack('<i'), lambda: struct.unpack_from('<h', b'abcd', -3)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
s = struct.Struct(b'<i')
print(s.format, s.size, struct.error, issubclass(struct.error, Exception), s.unpack_from(b'\x00\x01\x00\x00\x00', 1))
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(it.__length_hint__(), next(it), list(it))
