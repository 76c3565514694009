# pickle: the bytes of every protocol for builtin types, instances, globals,
# reduce/getstate/setstate, slots, cycles, persistent ids, restricted
# unpicklers, frames of large pickles and the errors of bad data.
import pickle, io, collections
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
    def __eq__(self, o): return type(o) is Point and (self.x, self.y) == (o.x, o.y)
class Slotted:
    __slots__ = ("a", "b")
class WithState:
    def __init__(self): self.v = 1; self.cache = "big"
    def __getstate__(self):
        d = self.__dict__.copy(); del d["cache"]; return d
    def __setstate__(self, st): self.__dict__.update(st); self.cache = "rebuilt"
class Red:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (Red, (self.n,))
shared = [1, 2]
rec = []; rec.append(rec)
s = Slotted(); s.a = 1; s.b = "two"
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31-1, -2**31, 2**31, 2**63, -2**70, 10**100,
          0.0, -1.5, 1e300, float("inf"), "", "abc", "é\u1234\U0001F600", "x" * 300, b"", b"bytes", b"\x00" * 300,
          bytearray(b"ba"), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, "a"], list(range(1001)), {}, {"a": 1},
          {i: str(i) for i in range(1001)}, set(), {1, 2, 3}, frozenset(), frozenset({4}), [shared, shared],
          Point(1, 2), [Point(3, 4)] * 2, collections.OrderedDict(a=1, b=2), collections.Counter("hello"),
          len, Point, int, collections.OrderedDict, type(None), Red(5), WithState(), 3+4j, rec, (rec,),
          collections.namedtuple("NT", "a b") if False else range(3), slice(1, 2), ...]
for proto in range(6):
    for v in values:
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, "dumps", type(v).__name__, type(e).__name__, e); continue
        try:
            back = pickle.loads(data)
        except Exception as e:
            print(proto, "loads", type(v).__name__, type(e).__name__, e); continue
        same = back == v if v is not rec and not (type(v) is tuple and v and v[0] is rec) else True
        if proto in (0, 2, 4, 5) and len(data) < 200:
            print(proto, data)
        print(proto, type(v).__name__, same if not isinstance(back, (Red, WithState)) else vars(back), len(data))
b = pickle.loads(pickle.dumps(s)); print(b.a, b.b)
r = pickle.loads(pickle.dumps(rec)); print(r[0] is r)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
try:
    pickle.dumps(lambda: 1)
except pickle.PicklingError as e:
    print("PicklingError", str(e).split(" at 0x")[0], str(e).split(">")[-1])
def f():
    class Local: pass
    return Local
for bad in [f(), f()()]:
    try: pickle.dumps(bad)
    except Exception as e: print(type(e).__name__, str(e).split(" at 0x")[0])
for data in [b"", b"\x80\x04", b"garbage", b"\x80\x09K\x01.", b"K\x01", b"(.", b"\x80\x04\x95", "str", b"h\x05.", b"K\x01K\x02."]:
    try: print(pickle.loads(data))
    except Exception as e: print(type(e).__name__, e)
buf = io.BytesIO(); pickle.dump({"k": [1, 2]}, buf); pickle.dump("second", buf); buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
try: pickle.dumps(1, 6)
except ValueError as e: print(e)
print(pickle.dumps(1, -1), pickle.dumps(1, protocol=None))

class Outer:
    class Inner:
        def __eq__(self, o): return type(o) is type(self)
for proto in range(6):
    data = pickle.dumps(Outer.Inner(), proto)
    print(proto, data if len(data) < 120 else len(data), pickle.loads(data) == Outer.Inner())

class DB:
    def __init__(self): self.rows = {1: "one"}
class Ref:
    def __init__(self, key): self.key = key
class MyPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return ("Ref", obj.key) if isinstance(obj, Ref) else None
class MyUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        return "loaded-" + str(key)
for proto in (1, 2, 4):
    out = io.BytesIO(); MyPickler(out, proto).dump([Ref(1), 2, Ref("x")])
    print(proto, out.getvalue()); print(MyUnpickler(io.BytesIO(out.getvalue())).load())

class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("range", "set"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))
print(Restricted(io.BytesIO(pickle.dumps([range(3), {1}]))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Point(1, 2)))).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
import collections
P = collections.namedtuple("P", "x y")
for proto in (0, 2, 4):
    print(pickle.dumps(P(1, 2), proto), pickle.loads(pickle.dumps(P(1, 2), proto)))
big = {"numbers": list(range(22000)), "text": "y" * 70000, "blob": b"z" * 70000}
data = pickle.dumps(big)
print(len(data), data[:40], pickle.loads(data) == big)
print(pickle.dumps([(1, 2)] * 3), pickle.dumps({"a": (), "b": ((),)}))
t = ([],); t[0].append(t)
back = pickle.loads(pickle.dumps(t)); print(back[0][0] is back)
d = {}; d["self"] = d
back = pickle.loads(pickle.dumps(d, 0)); print(back["self"] is back)
# batches of 1000 at the edges (a full last batch, one item over)
for n in (1000, 1001):
    for proto in (1, 4):
        for obj in (list(range(n)), dict.fromkeys(range(n)), set(range(n))):
            data = pickle.dumps(obj, proto)
            print(n, proto, type(obj).__name__, len(data), sum(data), pickle.loads(data) == obj)
