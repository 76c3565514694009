# DeprecationWarnings of int()/float() conversions, shown once per line as in __main__
class T:
    def __trunc__(self): return 5
class I(int): pass
class N:
    def __int__(self): return I(3)
class F(float): pass
class G:
    def __float__(self): return F(2.5)
for i in range(3):
    print(int(T()), int(N()), float(G()))
def f():
    return int(T())
print(f())
class C(complex): pass
class D:
    def __complex__(self): return C(1, 2)
for i in range(2):
    print(complex(D()), type(complex(D())).__name__)
