# super(): in classmethods/staticmethods-free contexts, __class__ cell, properties, cooperative kwargs
class A:
    def hello(self): return "A.hello"
    @classmethod
    def create(cls): return f"A.create({cls.__name__})"
    @property
    def prop(self): return "A.prop"
    def __repr__(self): return f"<{type(self).__name__}>"
class B(A):
    def hello(self): return "B>" + super().hello()
    @classmethod
    def create(cls): return "B>" + super().create()
    @property
    def prop(self): return "B>" + super().prop
    def cls_cell(self): return __class__.__name__
class C(B):
    pass
c = C()
print(c.hello(), C.create(), c.prop, c.cls_cell(), repr(c))
print(super(B, c).hello(), super(A, c).__repr__ is not None, super(C, C).create())
class Base:
    def __init__(self, **kw):
        print("Base got", kw)
        super().__init__()
class Named(Base):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
class Sized(Base):
    def __init__(self, size, **kw):
        self.size = size
        super().__init__(**kw)
class Both(Named, Sized):
    pass
b = Both(name="n", size=3, extra=True)
print(b.name, b.size, [k.__name__ for k in Both.__mro__])
def outside():
    return super().hello()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class NoArgsStatic(A):
    @staticmethod
    def s():
        return super().hello()
try:
    NoArgsStatic.s()
except RuntimeError as e:
    print(type(e).__name__, e)
s = super(B, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self_class__.__name__)
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__, e)
class Attr(A):
    def __getattr__(self, name): return f"fallback {name}"
    def probe(self): return super().hello(), getattr(super(), "missing", "no fallback on super")
print(Attr().probe())
