# single and multiple inheritance, C3 MRO, super()
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
print(D().who(), D().chain(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(D.__bases__, B.__base__, A.__bases__, object.__bases__, isinstance(D(), A), issubclass(D, C), issubclass(C, D))
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class O: pass
class K1(O): pass
class K2(O): pass
class K3(O): pass
class M1(K1, K2): pass
class M2(K2, K3): pass
class Big(M1, M2, K3): pass
print([k.__name__ for k in Big.__mro__])
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
d = Derived(1, 2)
print(d.x, d.y, type(d).__name__, type(d).__mro__[1].__name__)
class Explicit(Base):
    def __init__(self):
        super(Explicit, self).__init__("explicit")
Explicit()
class NoInit(Base):
    pass
print(NoInit(5).x)
class Left:
    def __init__(self):
        print("Left"); super().__init__()
class Right:
    def __init__(self):
        print("Right"); super().__init__()
class Both(Left, Right):
    def __init__(self):
        print("Both"); super().__init__()
Both()
class Cls:
    @classmethod
    def make(cls):
        return cls.__name__
class Sub(Cls): pass
print(Cls.make(), Sub.make(), Sub().make())
print(super(B, D()).who(), super(C, D()).who())
try:
    super().who()
except RuntimeError as e:
    print(type(e).__name__, e)
