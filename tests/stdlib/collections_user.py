# collections: UserDict, UserList, UserString, ChainMap and Counter corners
import copy
from collections import Counter, OrderedDict, ChainMap, UserDict, UserList, UserString, namedtuple

def attempt(fn):
    try:
        print(fn())
    except Exception as exc:
        print(type(exc).__name__, exc)

ud = UserDict({"a": 1}, b=2)
print(ud, ud | UserDict(c=3), {"z": 0} | ud, UserDict.fromkeys("xy", 0), type(ud.copy()).__name__)
ud |= UserDict(d=4); ud |= {"e": 5}; print(ud, ud.get("zz"), ud.pop("e"), ud.setdefault("f", 6), list(ud.keys()))
class Dflt(UserDict):
    def __missing__(self, key):
        return key.upper()
dd = Dflt(x=1); dd.extra = "kept"
c = dd.copy(); print(c, type(c).__name__, c.extra, dd["q"], copy.copy(dd).data is dd.data, copy.copy(ud) == ud)
attempt(lambda: ud["missing"])
attempt(lambda: ud | 5)
ul = UserList(range(5))
print(ul[::2], ul + UserList([9]), [7] + ul, (8, 9) + ul if False else ul + (8, 9), ul * 2, 2 * ul, ul < [0, 1, 9], ul >= UserList([0]), 3 in ul)
ul += UserList([5]); ul += [6]; ul += (7,); ul *= 1; print(ul)
ul.insert(0, -1); ul.remove(3); ul.reverse(); ul.extend(UserList([10])); ul.extend("ab"); print(ul, ul.count(1), ul.index(1), ul.index(0, 2))
ul.sort(key=str); print(ul); ul[0] = "z"; del ul[1]; print(ul, ul.copy(), type(ul.copy()).__name__, copy.copy(ul).data is ul.data)
print(UserList(), UserList(UserList([1])), UserList("ab"), ul.pop(0), ul.clear(), ul)
attempt(lambda: UserList([1]).index(5))
attempt(lambda: UserList().pop())
us = UserString("Hello World")
for name in ["capitalize", "casefold", "lower", "upper", "swapcase", "title", "strip", "lstrip", "rstrip", "isalpha", "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "split", "rsplit", "splitlines", "expandtabs"]:
    r = getattr(us, name)()
    print(name, repr(r), type(r).__name__)
print(us.center(15, "*"), us.ljust(13, "-"), us.rjust(13), us.zfill(14), us.count("o"), us.count(UserString("l"), 3), us.find("o"), us.find(UserString("W")), us.rfind("o"), us.index("W"), us.rindex("o"))
print(us.replace("l", "L", 2), us.replace(UserString("o"), UserString("0")), us.removeprefix("Hell"), us.removesuffix(UserString("ld")), us.partition(" "), us.rpartition("o"), us.split("o", 1), us.rsplit(maxsplit=1))
print(us.startswith("He"), us.endswith(("x", "ld")), us.encode(), us.encode("ascii", "strict"), us.encode(None, None), UserString("{0}-{x}").format(1, x=2), UserString("{a}").format_map({"a": 3}))
print(UserString("-").join("abc"), us.translate(str.maketrans("lo", "01")), UserString.maketrans("a", "b"), us.strip("Hd"), us[0], us[-3:], us * 2, 2 * us, us + UserString("!"), us + 5)
print(UserString("%s=%d") % ("a", 1), "%s!" % UserString("x"), UserString(42), UserString(us), int(UserString("7")), float(UserString("1.5")), complex(UserString("2j")), hash(us) == hash("Hello World"))
print(us < "I", us <= UserString("Hello World"), us > "A", us >= "Z", us == UserString("Hello World"), UserString("o") in us, "W" in us, len(us), str(us), list(UserString("ab")))
attempt(lambda: us.index("zz"))
attempt(lambda: us.rindex("zz"))
attempt(lambda: int(UserString("x")))
cm = ChainMap({"a": 1}, {"b": 2})
print(cm.pop("a"), cm.pop("zz", "d"), ChainMap.fromkeys("ab", 0), ChainMap.fromkeys("c"), cm.new_child(x=1), cm.new_child({"y": 2}, z=3))
cm["k"] = 1; print(cm.popitem(), cm, copy.copy(cm), cm.__copy__().maps[1] is cm.maps[1])
attempt(lambda: cm.popitem())
attempt(lambda: cm.pop("b"))
attempt(lambda: cm["nope"])
cm2 = ChainMap({"a": 1}); cm2 |= {"b": 2}; print(cm2, cm2 | ChainMap({"c": 3}), dict(cm2), cm2.clear(), cm2, cm2 | 3 if False else "skip")
attempt(lambda: cm2 | 3)
class DefaultChain(ChainMap):
    def __missing__(self, key):
        return 0
print(DefaultChain({"a": 1})["b"])
rec = ChainMap({}); rec.maps[0]["self"] = rec; print(rec)
rod = OrderedDict(a=1); rod["me"] = rod; print(rod)
print(Counter("aab") < Counter("aabb"), Counter("ab") >= Counter("a"), Counter("a") != Counter("a"), Counter("ab") > Counter("ab"), Counter(a=1) == {"a": 1})
attempt(lambda: Counter("a") < {"a": 1})
attempt(lambda: Counter("a") + {"a": 1})
attempt(lambda: Counter.fromkeys("ab"))
print(copy.copy(Counter("aab")), copy.deepcopy(OrderedDict(a=[1])), Counter(a=2, b=-1).elements, sorted(Counter(a=2, b=-1, c=1).elements()), Counter("abc").most_common(0), Counter("abbccc").most_common(-1))
print(Counter({"x": 1, "y": "s"}) if False else "", repr(Counter({1: "a", 2: "b"})))
Pt = namedtuple("Pt", ["x", "y"])
print(copy.copy(Pt(1, 2)), copy.deepcopy(Pt([1], 2)), Pt(1, 2).__getnewargs__(), Pt._make.__doc__, Pt._replace.__doc__, Pt.__repr__.__qualname__, Pt._asdict.__qualname__)
Single = namedtuple("Single", "v"); print(Single(1), Single.__doc__, Single.__new__.__doc__)
attempt(lambda: namedtuple("N", ["a", 3]))
attempt(lambda: namedtuple("N", "a b", defaults=[1, 2, 3]))
attempt(lambda: namedtuple(3, "a"))
attempt(lambda: namedtuple("class", "a"))
print(namedtuple("N", "a a _b 1c", rename=True)._fields, namedtuple("E", "")(), namedtuple("E", [])._fields)
