# types: SimpleNamespace, FunctionType checks, MappingProxyType, MethodType
import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=[1]), repr(types.SimpleNamespace()))
del ns.a
print(ns)
def f(): pass
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(C().m, types.MethodType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(types, types.ModuleType), isinstance((x for x in []), types.GeneratorType), type(None) is types.NoneType, types.FunctionType is type(f))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], list(mp), repr(mp), len(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print(type(e).__name__, e)
def bound(self): return self.v
class O: v = 5
o = O()
o.extra = types.MethodType(bound, o)
print(o.extra())
mod = types.ModuleType("fake", "doc text")
mod.x = 1
print(mod.__name__, mod.__doc__, mod.x, repr(mod))
print(types.new_class("Dyn", (object,), {}).__name__, type(C.__dict__).__name__ == "mappingproxy")
async def co(): pass
c = co()
print(isinstance(c, types.CoroutineType))
c.close()
