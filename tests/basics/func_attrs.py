# function attributes: __name__, __qualname__, __defaults__, __doc__, __module__, __dict__
def plain(a, b=1):
    """Docstring here."""
    return a
class Outer:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def m(self):
            pass
print(plain.__name__, plain.__qualname__, plain.__defaults__, plain.__doc__, plain.__module__)
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Nested.m.__qualname__, Outer.Nested.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__doc__, Outer.__doc__, Outer.__name__, Outer.__module__)
def nodoc():
    x = "not a docstring"
print(nodoc.__doc__)
plain.__name__ = "renamed"
print(plain.__name__, plain.__qualname__)
plain.__doc__ = "new doc"
plain.extra = 42
print(plain.__doc__, plain.__dict__)
plain.__defaults__ = (99,)
print(plain(1), plain.__defaults__)
def kwd(*, k=5):
    return k
kwd.__kwdefaults__ = {"k": 6}
print(kwd())
try:
    plain.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(plain).__name__, type(Outer.method).__name__, type(Outer().method).__name__, callable(Outer().method))
bound = Outer().method
print(bound.__func__ is Outer.method, bound.__self__.__class__.__name__, bound.__name__)
def f(): pass
def g(): pass
print(f == f, f == g, f.__code__.co_name, f.__globals__ is globals())
print(repr(len), repr(print), len.__name__, len.__doc__.split("\n")[0], [].append.__name__, type([].append).__name__)
print(str.upper.__qualname__, str.upper.__name__, repr(str.upper)[:25], int.__add__.__name__)
def gen():
    yield
async def coro():
    pass
print(gen.__code__.co_flags & 0x20 != 0, coro.__name__, type(gen()).__name__)
c = coro()
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()
