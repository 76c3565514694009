# Annotation scopes (PEP 695) in a class body read the class namespace first.
class A:
    X = int
    type Alias = X
    def f[T](self, a: X) -> T: pass
    class Inner: pass
    def g[T: Inner](self): pass
    type Gen[T] = dict[X, T]
print(A.Alias.__value__, A.f.__annotations__, A.g.__type_params__[0].__bound__, A.Gen.__value__)
print(A.__dict__.get('__classdict__'), sorted(k for k in A.__dict__ if not k.startswith('__')))
def outer():
    Y = "outer Y"
    Z = "outer Z"
    class B:
        Y = "class Y"
        type Al = (Y, Z)
        def h[T](self) -> (Y, Z): pass
    class C2:
        type Al = Y
    return B, C2
B, C2 = outer()
print(B.Al.__value__, B.h.__annotations__, C2.Al.__value__)
class D:
    T = "class T"
    def m[T](self) -> T: return T
    def n[U](self, u: U) -> T: pass
print(D.m.__annotations__, D().m(), D.n.__annotations__)
class E:
    type Late = Later
    Later = "defined later in the class"
print(E.Late.__value__)
class F:
    type Missing = nowhere
try:
    F.Missing.__value__
except NameError as e:
    print("NameError:", e)

# a name the class binds is looked up in the class, then the globals, never
# in a function around the class
x = "global"
def outer():
    x = "nonlocal"
    class Cls:
        type Alias = x
        val = Alias.__value__
        def meth[T: x](self, arg: x): ...
        bound = meth.__type_params__[0].__bound__
        annotation = meth.__annotations__["arg"]
        x = "class"
    return Cls
Cls = outer()
print(Cls.val, Cls.bound, Cls.annotation, Cls.Alias.__value__)

def outer2():
    x = "nonlocal"
    class Cls:
        global x
        type Alias = x
    Cls.x = "class"
    return Cls
print(outer2().Alias.__value__)

def outer3():
    x = "nonlocal"
    class Cls:
        type Alias = x
    return Cls
print(outer3().Alias.__value__)
