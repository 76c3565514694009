# json: decoder errors with positions, hooks, raw_decode, unicode escapes, encoder options and subclasses
import json
from collections import OrderedDict
for bad in ['[1,]', '{"a":1,}', '{"a"}', '[1 2]', '"abc', '"a\x01b"', '"\\u12"', '01', '-', '1.', '.5', '[', '{', '{"a":', 'nul', 'tRue', '1e', '[1]]', '\n\n  x', '"é\\q"', '[1, 2, 3,\n 4 ']:
    try:
        print(repr(bad), json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), e.msg, '|', e.pos, e.lineno, e.colno, '|', e)
print(json.loads('"\\ud83d\\ude00 \\u00e9 \\/ \\b\\f"'), json.loads('"a\tb"', strict=False), json.loads('[1e400, -1e400]'), json.loads('123456789012345678901234567890'))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('[1, 2.0]', parse_int=float, parse_float=lambda s: 'F' + s), json.loads('[NaN]', parse_constant=lambda c: c))
print(json.JSONDecoder().raw_decode('{"a": 1} trailing'), json.loads(b'{"x": [1]}'), json.loads(bytearray(b'"\\u00e9"')))
try:
    json.loads('\ufeff1')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads(5)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps("é\u2028\U0001f600"), json.dumps("é\U0001f600", ensure_ascii=False), json.dumps({"a": [1, {"b": None}]}, indent=3, separators=(',', ' = ')))
print(json.dumps([1.0, 1e-7, 3.14159, 1e16, -0.0, 2**64]), json.dumps({3: 1, 1.5: 2, False: 3}, sort_keys=False), json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps(OrderedDict([("z", 1), ("y", 2)])), json.dumps((1, (2, 3))), json.dumps([[]] * 2, indent=2), json.dumps({}, indent=2), json.dumps({"k": {}}, indent=2))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2)], default=lambda o: o.__dict__), json.dumps({"p": Point(3, 4)}, default=vars, indent=1))
class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(MyEncoder(indent=None, sort_keys=True).encode({"s": {2, 1}}), "".join(MyEncoder().iterencode([1])), json.dumps({2, 1}, cls=MyEncoder))
import io
buf = io.StringIO()
json.dump({"x": [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()), json.load(io.StringIO(' [true] ')))
class IntLike(int):
    def __repr__(self):
        return "IntLike!"
print(json.dumps([IntLike(5), True, None]), json.dumps("\x7f\x00\x1f"), json.dumps(float("nan")), json.dumps(-float("inf")))
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({"a": 1}, separators=(",", ":")), json.dumps([1, 2], indent=""))
