# inspect: predicates, signatures, getmembers, getdoc/cleandoc, source lines
import inspect
def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    """Add things.

        Indented detail.
    """
    return a
async def co(x: int, y: "str" = "q"):
    pass
class C:
    """Doc of C."""
    def m(self, x, *, y=1):
        pass
    @classmethod
    def cm(cls, z):
        pass
    @staticmethod
    def sm(w=0):
        pass
print(inspect.signature(f))
print(inspect.signature(co), inspect.iscoroutinefunction(co), inspect.isfunction(co))
print(inspect.signature(C.m), inspect.signature(C().m), inspect.signature(C.cm), inspect.signature(C.sm))
print(inspect.signature(C), inspect.signature(lambda *a, **k: 0))
sig = inspect.signature(f)
print([(p.name, p.kind, p.default) for p in sig.parameters.values()][:3])
print(sig.return_annotation is int, inspect.Parameter.empty is inspect.Signature.empty)
b = sig.bind(1, 2, 3, 4, d=9, z=1)
print(b.arguments, b.args, b.kwargs)
b2 = inspect.signature(C.m).bind_partial(C())
b2.apply_defaults()
print(sorted(b2.arguments), b2.arguments['y'])
try:
    sig.bind(1)
except TypeError as e:
    print(type(e).__name__, e)
print(inspect.getdoc(f))
print(inspect.cleandoc("  first\n    second\n      third\n"))
print([name for name, _ in inspect.getmembers(C, inspect.isfunction)])
print(inspect.isclass(C), inspect.ismethod(C().m), inspect.isbuiltin(len), inspect.isroutine(len))
print(inspect.getsource(C.m), end="")
print(inspect.getsourcelines(f)[1], inspect.getfile(f).endswith("inspect_basic.py"))
try:
    inspect.signature(5)
except TypeError as e:
    print(type(e).__name__, e)
