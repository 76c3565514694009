# None, NotImplemented, Ellipsis, bool reprs and behaviour
print(None, repr(None), str(None), type(None).__name__, None is None, None == None, None == 0, bool(None))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., repr(...), ... is Ellipsis, type(...).__name__)
print(True, False, repr(True), str(False), True is True, type(True) is bool, True == 1.0)
print(type(None)() is None, type(...)() is ..., bool(), bool(0) is False)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
n = None
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    n[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
def f():
    pass
print(f(), f() is None, [None, ...], {None: ...})
x = [1, 2, 3]
print(x[...] if False else "skip", (lambda: ...)())
import keyword
print(keyword.iskeyword("None"), keyword.iskeyword("print"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
