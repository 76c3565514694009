# Mapping patterns: which subjects are mappings, key lookup through get(),
# **rest, literal and attribute keys, duplicate keys found at run time.
import collections
import collections.abc
import types


def describe(m):
    match m:
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": "rect", "w": w, "h": h, **extra}:
            return f"rect {w}x{h} extra={extra}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"


for m in [{"type": "circle", "r": 2}, {"type": "rect", "w": 1, "h": 2},
          {"type": "rect", "w": 1, "h": 2, "color": "red", 0: None}, {"type": "tri"}, {},
          {"r": 1}, collections.OrderedDict(type="circle", r=5),
          collections.defaultdict(int, type="circle", r=6), collections.Counter(type=3),
          types.MappingProxyType({"type": "circle", "r": 7}), [("type", "circle")], "type", None]:
    print(type(m).__name__, describe(m))

# defaultdict: lookups go through get(), so missing keys are not created.
dd = collections.defaultdict(list)
match dd:
    case {"missing": _}:
        print("no")
    case _:
        print("defaultdict untouched:", dict(dd))


class Logged(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        print("  getitem", k)
        return self.d[k]

    def __iter__(self):
        print("  iter")
        return iter(self.d)

    def __len__(self):
        print("  len")
        return len(self.d)

    def get(self, k, default=None):
        print("  get", k)
        return self.d.get(k, default)

    def keys(self):
        print("  keys")
        return list(self.d)


print("Logged mapping")
match Logged(a=1, b=2, c=3):
    case {"a": 1, "b": x, **rest}:
        print("  ->", x, rest)
match Logged(a=1):
    case {"a": 1, "b": _}:
        print("no")
    case {"z": 1} | {"a": 2}:
        print("no")
    case {}:
        print("  -> empty pattern checks the type only")


class Registered:
    def __init__(self, d):
        self.d = d

    def get(self, k, default=None):
        return self.d.get(k, default)

    def __len__(self):
        return len(self.d)

    def keys(self):
        return self.d.keys()

    def __getitem__(self, k):
        return self.d[k]


collections.abc.Mapping.register(Registered)
match Registered({"k": "v", "other": 1}):
    case {"k": v, **rest}:
        print("registered mapping", v, rest)


# Keys: literals of every kind, and dotted names.
class K:
    A = "a"
    B = 2


for m in [{1: "int"}, {-1: "neg"}, {2.5: "float"}, {1 + 2j: "complex"}, {"s": "str"},
          {b"b": "bytes"}, {None: "none"}, {True: "true"}, {"a": "attr a"}, {2: "attr b"},
          {1.0: "float 1 is int 1"}]:
    match m:
        case {1: v} | {-1: v} | {2.5: v} | {1 + 2j: v} | {"s": v} | {b"b": v} | {None: v} | {True: v}:
            print("literal key ->", v)
        case {K.A: v} | {K.B: v}:
            print("attribute key ->", v)

# Keys that are equal at run time.
class Same:
    X = 1
    Y = 1


try:
    match {1: 1, 2: 2}:
        case {Same.X: _, Same.Y: _}:
            pass
except ValueError as e:
    print("ValueError:", e)


class Unhashable:
    K = [1]


try:
    match {1: 1}:
        case {Unhashable.K: _}:
            pass
except TypeError as e:
    print("TypeError:", e)

# **rest is a new dict without the matched keys.
original = {"a": 1, "b": 2, "c": 3}
match original:
    case {"a": _, **rest}:
        rest["z"] = 26
        print(rest, original)
match {}:
    case {**rest}:
        print("empty rest", rest)
match {"only": 1}:
    case {"only": 1, **rest}:
        print("nothing left", rest)

# Nested mappings and sequences.
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True}
match config:
    case {"server": {"host": str(host), "ports": [first, *others]}, "debug": bool(debug)}:
        print(host, first, others, debug)

# Subjects that look like mappings but are not: a class with get() alone.
class OnlyGet:
    def get(self, k, d=None):
        return 1


match OnlyGet():
    case {"x": 1}:
        print("no")
    case _:
        print("not a mapping")
