# Parameter kinds print as their names; apply_defaults keeps parameter order;
# replace() with empty clears a default or an annotation.
import inspect


def f(a, b=2, *args, c, d=4, **kw) -> int:
    return a


sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, int(p.kind))
bound = sig.bind(1, 2, 3, c=5, z=1)
bound.apply_defaults()
print(bound.arguments)
print(bound.args, bound.kwargs)
bound = sig.bind(1, c=0)
bound.apply_defaults()
print(list(bound.arguments))
print(sig.replace(return_annotation=inspect.Signature.empty))
print(sig.replace())
b = sig.parameters["b"]
print(b.replace(default=inspect.Parameter.empty), b.replace(annotation=list), b.replace(name="bb"))
print(b.replace(kind=inspect.Parameter.KEYWORD_ONLY).kind)
