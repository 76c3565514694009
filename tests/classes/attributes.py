# class vs instance attributes, __dict__, attribute lookup order
class Counter:
    count = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
    def add(self, v):
        self.shared.append(v)
a, b = Counter("a"), Counter("b")
a.add(1); b.add(2)
print(Counter.count, a.count, a.shared, b.shared is a.shared)
a.count = 100
print(a.count, b.count, Counter.count, a.__dict__, b.__dict__)
del a.count
print(a.count)
print(sorted(k for k in Counter.__dict__ if not k.startswith("__")), type(Counter.__dict__).__name__)
try:
    Counter.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
a.__dict__["dyn"] = "via dict"
print(a.dyn, vars(a))
class Empty: pass
e = Empty()
e.x = 1
setattr(e, "with space", 2)
print(e.__dict__, getattr(e, "with space"))
try:
    e.missing
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    Empty.missing
except AttributeError as ex:
    print(type(ex).__name__, ex)
class Meth:
    def f(self):
        return "method"
m = Meth()
m.f = lambda: "instance attr shadows"
print(m.f(), Meth().f(), Meth.f(m))
print(Meth.__name__, Meth.__qualname__, Meth.__module__, type(Meth), type(m) is Meth, m.__class__.__name__)
Meth.new_method = lambda self: "added later"
print(m.new_method())
def outside(self, x):
    return x * 2
Meth.twice = outside
print(Meth().twice(21))
class WithDoc:
    "A docstring."
print(WithDoc.__doc__, Empty.__doc__)
obj = Empty()
obj.__class__ = Meth
print(obj.f(), type(obj).__name__)
print(hasattr(Empty, "__init__"), Empty.__init__ is object.__init__, Empty().__init__.__class__.__name__)
class Priv:
    def __init__(self):
        self.__secret = 1
        self._prot = 2
p = Priv()
print(sorted(p.__dict__), p._Priv__secret)
try:
    p.__secret
except AttributeError as ex:
    print(type(ex).__name__, ex)
