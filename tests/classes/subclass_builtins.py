# subclassing list, dict, str, int, Exception
class MyList(list):
    def sum(self): return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), type(ml).__name__, type(ml + [5]).__name__, type(ml[:2]).__name__, isinstance(ml, list), ml == [1, 2, 3, 4])
class Stack(list):
    def push(self, v): self.append(v)
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2)
print(s.peek(), s.pop(), s, len(s))
class LowerDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __getitem__(self, k): return super().__getitem__(k.lower())
ld = LowerDict()
ld["KEY"] = 1
print(ld["key"], ld["Key"], dict(ld), ld, repr(ld))
ld2 = LowerDict(A=1)
print(ld2, "a" in ld2)
class DefaultDict(dict):
    def __missing__(self, k):
        self[k] = []
        return self[k]
dd = DefaultDict()
dd["x"].append(1)
print(dd)
class Shout(str):
    def shout(self): return self.upper() + "!"
sh = Shout("hi")
print(sh.shout(), sh + " there", type(sh + "x").__name__, type(sh.upper()).__name__, sh == "hi", {sh: 1}["hi"])
class Money(int):
    def __repr__(self): return f"Money({int(self)})"
    def __add__(self, o): return Money(int(self) + int(o))
m = Money(5)
print(m, repr(m + 3), type(m * 2).__name__, m > 3, m == 5, hash(m) == hash(5))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr(404, "not found")
except Exception as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
try:
    raise NoSuperInit(1, 2)
except NoSuperInit as e:
    print(repr(e), e.args, str(e))
class WithStr(ValueError):
    def __str__(self): return "custom str"
try:
    raise WithStr("ignored")
except ValueError as e:
    print(e, repr(e), e.args)
class Point3(tuple):
    pass
print(Point3((1, 2)), type(Point3((1,)) + (2,)).__name__)
class F(float):
    pass
print(F(1.5), F(1.5) * 2, type(F(1.5) * 2).__name__, repr(F("2.5")))
class BS(bytes): pass
print(BS(b"ab"), BS(b"a") + b"b")
class St(set): pass
print(St([1, 2]), type(St([1]) | {2}).__name__)
