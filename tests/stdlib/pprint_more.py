# pprint: every container layout, options, hooks and safe repr details
import pprint, io, re, types, dataclasses, collections

def show(obj, **kw):
    print(pprint.pformat(obj, **kw))

@dataclasses.dataclass
class Point:
    x: int
    y: list
    hidden: int = dataclasses.field(default=0, repr=False)

@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int

show(Point(1, list(range(30))), width=40)
show([Point(i, ["v" * 10] * 3) for i in range(2)], width=50)
print(re.sub(r"0x[0-9a-f]+", "ADDR", pprint.pformat(NoRepr(5))))
show(types.SimpleNamespace(alpha=list(range(20)), beta={"k": "v" * 30}), width=40)
class NS(types.SimpleNamespace):
    pass
ns = NS(a=1, b="x" * 70)
ns.me = ns
print(re.sub(r"id=\d+", "id=N", pprint.pformat(ns, width=40)))
show(types.MappingProxyType({"key%d" % i: i for i in range(8)}), width=30)
show(collections.UserDict({"k%d" % i: [i] * 5 for i in range(4)}), width=30)
show(collections.UserList([list(range(8))] * 3), width=30)
show(collections.UserString("word " * 20), width=30)
show(bytearray(b"0123456789" * 6), width=30)
show(b"abcdefgh" * 4, width=20)
show([b"abcdefghijklmnop" * 3], width=24)
show(b"abcd")
show("", width=5)
show("one line\nsecond line that is long enough to split\n\nlast", width=25)
show(["x" * 50, "short"], width=30)
show({"key": "value " * 12}, width=40)
show(12345678901234567890, underscore_numbers=True)
show([10**12, {1_000_000: 2_000.5}], underscore_numbers=True)
show(list(range(50)), compact=True, width=40, indent=3)
show({"a": list(range(20)), "b": (1,), "c": ()}, indent=4, width=30)
show(collections.Counter({"w%02d" % i: i for i in range(12)}), indent=3, width=30)
show(collections.Counter(), width=10)
show(collections.defaultdict(int), width=10)
show(collections.defaultdict(list, {"k": list(range(20))}), width=30)
show(collections.OrderedDict(), width=5)
show(collections.ChainMap(), width=5)
show(collections.ChainMap({"a": list(range(15))}, {"b": "c" * 40}), width=30)
show(collections.deque(range(25)), width=30)
show(collections.deque(range(25), maxlen=30), width=30)
show(collections.deque(), width=5)
show(set(range(30)), width=30)
show(frozenset(range(30)), width=30)
class MySet(set):
    pass
show(MySet(range(30)), width=30)
show(set(), width=3)
show([{3, "a", None, (1, 2)}, {1.5: "x", "y": 2, None: 3}], width=20)
show({"z": {"y": {"x": {"w": 1}}}}, depth=2)
show([[[[1]]], (((2,),),)], depth=3)
show({(1, 2): [3], (0, 5): [6]}, width=12)
deep = [1]
for _ in range(6):
    deep = [deep, "pad" * 5]
show(deep, width=30)
d = {}
d["self"] = d
print(re.sub(r"id=\d+", "id=N", pprint.pformat(d)), pprint.isrecursive(d), pprint.isreadable(d), re.sub(r"id=\d+", "id=N", pprint.saferepr([d, (d,)])))
t = ([],)
t[0].append(t)
print(re.sub(r"id=\d+", "id=N", pprint.pformat(t, width=10)))
print(pprint.isreadable(object()), pprint.isreadable([1, "a", {"b": (2.5, None)}]), pprint.isreadable(type), pprint.saferepr({"b": 1, "a": [2]}))
pp = pprint.PrettyPrinter(width=20)
print(pp.isreadable([1, 2]), pp.isrecursive([1]), pp.isreadable(d), pp.isrecursive(d), pp.format([1, {"a": 2}], {}, 0, 0))
class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)
print(Upper(width=20).pformat({"key": ["abc", "def" * 5, {"x": "y"}]}))
buf = io.StringIO()
pprint.pprint({"stream": True}, stream=buf)
pprint.PrettyPrinter(stream=buf, width=10).pprint(list(range(4)))
print(repr(buf.getvalue()))
pprint.pp({"b": 1, "a": 2})
pprint.pp({"b": 1, "a": 2}, width=5, sort_dicts=True)
for kwargs in [dict(indent=-1), dict(depth=0), dict(width=0), dict(indent="x")]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Weird:
    def __repr__(self):
        return "Weird()"
class Lt:
    def __lt__(self, other):
        raise TypeError("no")
show({Weird(): 1}, width=5)
print(pprint.isreadable(Weird()), len(pprint.pformat({1: Lt(), "a": 2}).splitlines()))
class MyList(list):
    def __repr__(self):
        return "MyList!"
show([MyList(range(40))], width=10)
class MyDict(dict):
    pass
show(MyDict({i: i for i in range(20)}), width=20)
