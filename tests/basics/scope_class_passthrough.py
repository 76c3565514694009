# a name a class body binds and its methods take from the enclosing function (cell passes through the class)
def outer():
    x = 1
    class C:
        x = 2
        def f(self): return x
        y = x
    return C().f(), C.x, C.y
print(outer())
def outer2():
    class D:
        v = 5
        def g(self): return v
    v = 7
    return D().g(), D.v
print(outer2())
class M:
    z = 3
    def h(self):
        return z
try:
    M().h()
except NameError as e:
    print(e)
def outer():
    def encode(x):
        return "outer:" + x
    class C:
        def encode(self, x):
            return encode(x)
    return C().encode("a")
print(outer())
