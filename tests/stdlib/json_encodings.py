# json: byte input in every UTF, option combinations that leave the shared encoder, error details
import json, io
doc = '{"k": [1, "\u00e9\U0001f600"]}'
for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    data = doc.encode(enc)
    print(enc, json.detect_encoding(data), json.loads(data))
for data in [b"", b"1", b"12", b"\x001", b"1\x00", b"\x00\x00\x001", b"1\x00\x00\x00", b"1\x002\x00"]:
    print(data, json.detect_encoding(data))
print(json.loads(bytearray(b"[true]")), json.loads("  [ ]  "))
for call in [lambda: json.loads(5), lambda: json.loads("\ufeff1"), lambda: json.loads("[1,]"), lambda: json.loads("1 2"), lambda: json.loads(""),
             lambda: json.loads('{"a" 1}'), lambda: json.loads("[1,\n 2,\n x]"), lambda: json.dumps({1j: 1}), lambda: json.dumps(float("nan"), allow_nan=False)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, getattr(e, "lineno", None), getattr(e, "colno", None), getattr(e, "pos", None))
err = None
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    err = e
print(err.msg, repr(err.doc), err.args, err.__reduce__()[0].__name__, str(err.__reduce__()[0](*err.__reduce__()[1])))
print(json.dumps([1, {"b": 2, "a": None}], indent=2, sort_keys=True))
print(json.dumps({"x": 1}, indent="\t"), json.dumps([1, 2], separators=(",", ":")), json.dumps("é", ensure_ascii=False), json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps(object(), default=lambda o: "obj"), json.dumps({"a": 1}, check_circular=False), json.dumps([0], skipkeys=0, ensure_ascii=1))


class Enc(json.JSONEncoder):
    def default(self, o):
        return sorted(o) if isinstance(o, set) else super().default(o)


class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        kw["parse_int"] = lambda text: int(text) * 10
        super().__init__(**kw)


print(json.dumps({"s": {3, 1}}, cls=Enc), json.loads("[1, 2.5]", cls=Dec), json.loads("[1]", cls=Dec, object_hook=dict))
out = io.StringIO()
json.dump({"z": [1, 2]}, out, indent=1)
json.dump("plain", out)
print(repr(out.getvalue()), json.load(io.StringIO('{"a": NaN, "b": -Infinity}'), parse_constant=lambda c: c))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list), json.loads('{"n": 1.5}', parse_float=str), json.loads('"\\ud83d\\ude00"'))
e = json.JSONEncoder(indent=3)
print(repr(e.item_separator), repr(e.key_separator), repr(json.JSONEncoder().item_separator), "".join(e.iterencode([1])), e.encode("s"))
d = json.JSONDecoder()
print(d.raw_decode('[1] tail'), d.raw_decode('xx{"a": 1}', 2), d.decode(' 5 '), d.parse_float is float, d.strict)
try:
    json.JSONEncoder().default(1)
except TypeError as e:
    print(type(e).__name__, e)
