# __instancecheck__/__subclasscheck__, __subclasses__, __mro_entries__, default reprs
import re
class Meta(type):
    def __instancecheck__(cls, obj): return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub): return sub is bool
class Even(metaclass=Meta): pass
print(isinstance(4, Even), isinstance(3, Even), issubclass(bool, Even), issubclass(int, Even))
class Root: pass
class L1(Root): pass
class L2(Root): pass
print([c.__name__ for c in Root.__subclasses__()], L1.__subclasses__())
class Fake:
    def __mro_entries__(self, bases): return (Root,)
class Derived(Fake()): pass
print(Derived.__bases__, Derived.__orig_bases__[0].__class__.__name__)
class Plain: pass
def noaddr(s): return re.sub(r"0x[0-9a-f]+", "0xADDR", s)
p = Plain()
print(noaddr(repr(p)), noaddr(str(p)), repr(Plain), str(Plain), Plain.__qualname__)
def f(): pass
print(noaddr(repr(f)), noaddr(repr(lambda: 0)), repr(len), repr(int.__add__), noaddr(repr(Plain.__init__)))
print(noaddr(repr(p.__init__)), noaddr(repr(object())), noaddr(repr(iter([]))), noaddr(repr((x for x in []))))
class Outer:
    class Inner: pass
print(repr(Outer.Inner), noaddr(repr(Outer.Inner())), repr(type(None)), repr(type(...)))
print(repr(__import__("sys")), repr(str.join), noaddr(repr(f.__code__)).split(",")[0])
