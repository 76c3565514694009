# json: dumps/loads options and errors
import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"x": None, "y": True, "z": 1.5}, "uni": "héllo"}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, separators=(",", ":")))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps([1, 2, {"a": []}], indent="\t"))
print(json.dumps("quote\"back\\slash\n\t\x01"), json.dumps(1e100), json.dumps(float("inf")), json.dumps(-0.0), json.dumps(10 ** 30))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}), json.dumps((1, 2)), json.dumps([]), json.dumps({}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=0))
print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}}'))
print(json.loads("[]"), json.loads('"\\u00e9\\n"'), json.loads("  42 "), json.loads("NaN"), json.loads("-Infinity"), json.loads('{"a": 1, "a": 2}'))
print(type(json.loads("1.0")).__name__, type(json.loads("1")).__name__, json.loads("1e2"))
for bad in ['{"a": 1,}', "[1, 2", "", "{'a': 1}", "tru", '{"a" 1}', "[1] x", '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), type(e).__name__, e, e.pos)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({"s": {3, 1}}, default=sorted), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.5]", parse_float=str), json.dumps({(1, 2): 3}, skipkeys=True))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps(2 + 3j, cls=Enc))
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads(json.dumps(data)) == data)
