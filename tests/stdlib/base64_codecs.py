# base64: every codec round trip, padding and alphabet errors, file helpers
import base64, io, binascii
samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\0\0\0\0\0", b"    x"]
for data in samples:
    row = []
    for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
                     (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode),
                     (base64.a85encode, base64.a85decode), (base64.standard_b64encode, base64.standard_b64decode)]:
        text = enc(data)
        row.append(dec(text) == data)
        if len(data) < 8:
            row.append(text)
    print(row)
print(base64.b85encode(b"abc", pad=True), base64.a85encode(b"abc", pad=True), base64.a85encode(b"    ", foldspaces=True), base64.a85encode(b"x" * 30, wrapcol=10, adobe=True))
print(base64.a85decode(b"<~@:E_~>", adobe=True), base64.a85decode(b"y z", foldspaces=True), base64.a85decode(b"9jq o\n", ignorechars=b" \n"))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"), base64.b32decode("mzxw6===", casefold=True), base64.b32decode("0I======", map01="I"), base64.b16decode("4a4b", casefold=True))
print(base64.b64decode(b"Zm9v\nYmFy"), base64.b64decode(memoryview(b"Zm9v")), base64.b64encode(bytearray(b"x")), base64.b32encode(memoryview(b"ab")), base64.b85encode(memoryview(b"ab")))
for call in [lambda: base64.b64decode("Zm9"), lambda: base64.b64decode("Zm9v!", validate=True), lambda: base64.b64decode("é"), lambda: base64.b64decode(5),
             lambda: base64.b32decode("MZXW6"), lambda: base64.b32decode("MZXW6!=="), lambda: base64.b32decode("MZXW====="), lambda: base64.b32decode("MZ======"),
             lambda: base64.b16decode("4a"), lambda: base64.b16decode("4G"), lambda: base64.b85decode(b"|NsC0|"), lambda: base64.b85decode(b"ab\x01"),
             lambda: base64.a85decode(b"a z"), lambda: base64.a85decode(b"ab y", foldspaces=True), lambda: base64.a85decode(b"s8W-\""), lambda: base64.a85decode(b"\x80"),
             lambda: base64.a85decode(b"<~ab", adobe=True), lambda: base64.b64encode("str")]:
    try:
        print(call())
    except (ValueError, TypeError, binascii.Error) as e:
        print(type(e).__name__, e)
blob = bytes(range(200)) * 3
out = io.BytesIO()
base64.encode(io.BytesIO(blob), out)
print(out.getvalue().count(b"\n"), out.getvalue()[:20])
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == blob, base64.encodebytes(blob) == out.getvalue(), base64.decodebytes(out.getvalue()) == blob, base64.encodebytes(b""), base64.MAXLINESIZE, base64.MAXBINSIZE)


class Trickle(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def read(self, n=-1):
        piece, self.data = self.data[:min(n, 7)], self.data[min(n, 7):]
        return piece


out = io.BytesIO()
base64.encode(Trickle(b"z" * 120), out)
print(out.getvalue().split(b"\n")[0][-8:], len(out.getvalue()))
