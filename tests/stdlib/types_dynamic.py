# types: dynamic class creation, DynamicClassAttribute, coroutine(), the type names
import types
import asyncio

def attempt(fn):
    try:
        print(fn())
    except Exception as exc:
        print(type(exc).__name__, exc)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"from_prepare": 1}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    pass
def body(ns):
    ns["x"] = 42
D = types.new_class("D", (Base,), {"flag": True}, body)
print(type(D).__name__, D.x, D.from_prepare, D.__bases__[0].__name__)
E = types.new_class("E", (), {"metaclass": Meta})
print(type(E).__name__, E.__mro__[-1].__name__, types.new_class("P").__bases__)
print(types.prepare_class("Q", (Base,), {"metaclass": type, "k": 1})[0].__name__, types.prepare_class("R")[1:], types.prepare_class("S", (int,))[0].__name__)
class Other(type):
    pass
class OBase(metaclass=Other):
    pass
attempt(lambda: types.new_class("Bad", (Base, OBase)))
attempt(lambda: types.prepare_class("Bad", (Base, OBase)))
class SubMeta(Meta):
    pass
print(types.prepare_class("W", (Base,), {"metaclass": SubMeta})[0].__name__)
class Plain:
    pass
class Entry:
    def __mro_entries__(self, bases):
        return (Plain, int)
class BadEntry:
    def __mro_entries__(self, bases):
        return Plain
ent = Entry()
print(types.resolve_bases((ent, str)), types.resolve_bases((Plain,)), types.resolve_bases(()) == ())
t = (Plain, 5)
print(types.resolve_bases(t) is t)
attempt(lambda: types.resolve_bases((BadEntry(),)))
F = types.new_class("F", (ent,))
print(F.__bases__, F.__orig_bases__ == (ent,), types.get_original_bases(F) == (ent,), types.get_original_bases(Plain))
attempt(lambda: types.get_original_bases(5))
class Color:
    def __init__(self, v): self._v = v
    @types.DynamicClassAttribute
    def value(self):
        "the value"
        return self._v
    @value.setter
    def value(self, v): self._v = v * 2
    @value.deleter
    def value(self): self._v = None
c = Color(3)
print(c.value, Color.__dict__["value"].__doc__)
c.value = 5; print(c.value)
del c.value; print(c.value)
attempt(lambda: Color.value)
dca = types.DynamicClassAttribute()
attempt(lambda: dca.__get__(c))
attempt(lambda: dca.__set__(c, 1))
attempt(lambda: dca.__delete__(c))
g2 = types.DynamicClassAttribute(lambda s: 1, doc="given").getter(lambda s: 2)
print(g2.__doc__, g2.__get__(c), g2.overwrite_doc, types.DynamicClassAttribute(lambda s: 1).__isabstractmethod__)
def got(self):
    "getter doc"
    return 0
print(types.DynamicClassAttribute(None).getter(got).__doc__, types.DynamicClassAttribute(got, doc="d").getter(got).__doc__)
@types.coroutine
def legacy():
    yield
    return "legacy done"
def gen_fn():
    yield 1
    return 2
wrapped_gen = types.coroutine(gen_fn)
async def main():
    print(await legacy())
asyncio.run(main())
g = wrapped_gen()
print(list(g))
class CustomGen:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration("end")
        return self.n
    def send(self, v): return next(self)
    def throw(self, *a): raise a[0]
    def close(self): pass
from collections.abc import Generator
Generator.register(CustomGen)
w = types.coroutine(lambda: CustomGen())()
print(type(w).__name__, w.__name__, next(w), w.send(None), iter(w) is w, w.__await__() is w)
attempt(lambda: next(w))
attempt(lambda: w.throw(ValueError))
print(w.close(), types.coroutine(lambda: 5)())
attempt(lambda: types.coroutine(5))
print([n for n in dir(types) if not n.startswith("_")])
print(types.FunctionType.__name__, types.CodeType.__name__, types.CellType.__name__, types.MethodType.__name__, types.GetSetDescriptorType.__name__, types.MemberDescriptorType.__name__, types.TracebackType.__name__, types.FrameType.__name__, types.EllipsisType, types.NotImplementedType, types.UnionType, types.GenericAlias, types.AsyncGeneratorType.__name__)
ns = types.SimpleNamespace(a=1); ns.me = ns
print(ns, types.SimpleNamespace(x=[1]) == types.SimpleNamespace(x=[1]), types.SimpleNamespace() != 1)
attempt(lambda: types.SimpleNamespace(1))
class NS(types.SimpleNamespace):
    pass
print(NS(z=1), NS(z=1) == types.SimpleNamespace(z=1), NS(q=2).__reduce__())
