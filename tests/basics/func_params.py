# every parameter kind; defaults; *args/**kwargs at definitions and call sites
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
def po(a, b, /, c, *, d):
    return a, b, c, d
print(po(1, 2, 3, d=4), po(1, 2, c=3, d=4))
def defaults(x, y=[], z={}):
    y.append(x)
    z[x] = True
    return y, z
print(defaults(1), defaults(2), defaults(3, []))
calls = []
def dflt():
    calls.append("evaluated")
    return 10
def once(v=dflt()):
    return v
print(once(), once(), calls)
def kwonly(*, a, b=1):
    return a + b
print(kwonly(a=1), kwonly(b=5, a=1))
def star_only(*args):
    return args
print(star_only(), star_only(1), star_only(*range(3)), star_only(*"ab", *[None]))
def kw_only(**kwargs):
    return kwargs
print(kw_only(), kw_only(a=1, b=2), kw_only(**{"x": 1}, y=2))
print(f.__defaults__, f.__kwdefaults__, po.__defaults__, once.__defaults__, kwonly.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, po.__code__.co_posonlyargcount, f.__code__.co_varnames[:6])
def mixed(a, /, b=2, *, c=3):
    return a, b, c
print(mixed(1), mixed(1, 20), mixed(1, b=20, c=30))
def takes_kw_named_like_posonly(a, /, **kw):
    return a, kw
print(takes_kw_named_like_posonly(1, a=2))
def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated(1), annotated.__annotations__)
g = lambda *a, k=1, **kw: (a, k, kw)
print(g(), g(1, 2, k=3, z=4))
def nested_defaults(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(nested_defaults(1), nested_defaults(2))
def recursive_default(n, acc=()):
    return acc if n == 0 else recursive_default(n - 1, acc + (n,))
print(recursive_default(4))
