class A:
    def f(self): return __class__
class B(A):
    def f(self): return super().f()
print(B.__dict__.keys(), B().f())
class Meta(type):
    def __new__(m, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(m, name, bases, ns)
try:
    class C(metaclass=Meta):
        def f(self): return __class__
except RuntimeError as e:
    print(e)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print("sub", cls.__name__, cls().hello())
class D(Base):
    def hello(self): return super().__class__.__name__
try:
    type("X", (), {"__classcell__": 5})
except TypeError as e:
    print(e)
