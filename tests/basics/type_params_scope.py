# PEP 695 scoping: type parameters live in an annotation scope between the
# enclosing scope and the function or class.
T = "global T"

def f[T](x: T) -> T:
    return T
print(f(1), T)

class C[T]:
    print("class body sees", T)
    attr = T
    def method(self):
        return T
    def nested(self):
        def inner():
            return T
        return inner()
print(C.attr, C().method(), C().nested(), C.attr is C.__type_params__[0])
print(T)

def outer():
    x = "outer x"
    def g[U](a: U) -> U:
        return (x, U)
    return g
g = outer()
print(g(0), g.__qualname__, g.__type_params__)

# defaults are evaluated outside the type parameters' scope
S = "global S"
def h[S](a=S): return a
print(h())

# a class-level name is not the type parameter
class K:
    T = "class T"
    def m[T](self): return T
print(K().m(), K.T, K.m.__qualname__)

# type parameters in comprehensions and lambdas inside the body
def comp[T]():
    return [T for _ in range(2)], (lambda: T)()
print(comp())

# a generic nested in a generic
def outer2[A]():
    def inner2[B]():
        return A, B
    return inner2
print(outer2()(), outer2().__type_params__, outer2.__type_params__)

# the type parameter name may repeat a parameter name
def same[T](T): return T
print(same(5))

class Base[T]:
    pass
class Derived[U](Base[U]):
    pass
print(Derived.__orig_bases__, Derived.__parameters__, Derived.__mro__)
