# subclasses of int, float and complex: values, arithmetic results, attributes, formatting, GC
class F(float):
    pass
f = F(2.5)
print(type(f).__name__, f, repr(f), f + 1, type(f + 1).__name__, f * f, -f, type(-f).__name__, abs(F(-1.5)), f == 2.5, f < 3, hash(f) == hash(2.5), int(f), round(f), float(f), type(float(f)).__name__)
f.x = 1
print(f.x, f.__dict__, isinstance(f, float), F.__mro__, f.is_integer(), f.hex(), f.as_integer_ratio(), f"{f:.2f}", format(f, ""), str(f), f.real, f.imag, f.conjugate())
print(F(), F("1.5"), F(3), F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__, 1 + f, 2 ** f, divmod(f, 1), f // 1, f % 1, [f] * 2)
class G(float):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
    def __repr__(self):
        return "G(%s, %r)" % (float(self), self.tag)
    def __add__(self, o):
        return G(float(self) + o, self.tag)
g = G(1.5, "t")
print(g, g + 1, 1 + g, g.tag, "%s %r %.1f" % (g, g, g), f"{g}", f"{g:5.1f}", str(g), math_sqrt := __import__("math").sqrt(g))
class H(float):
    def __str__(self): return "H!"
    def __format__(self, spec): return "fmt:" + spec
print(H(1), str(H(1)), repr(H(1)), f"{H(1)}", f"{H(1):x}", format(H(1)))
class I(int):
    def __repr__(self): return "I(%d)" % self
print(I(5), repr(I(5)), I(5) + 1, str(I(5)), f"{I(5)}", "%d %s %r" % (I(5), I(5), I(5)), I(2**100), I("12", 8), I(b"7"))
import gc
big = [I(2**100 + k) for k in range(3)]
fl = [F(k + 0.5) for k in range(3)]
gc.collect()
print(big, fl, sum(big) - 3 * 2**100, sum(fl))
class C(complex):
    pass
c = C(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, c * 2, abs(c), c.conjugate(), C("3+4j"), C(), c == 1+2j)
c.y = 9
print(c.y)
class B(int): pass
print(B(True), type(B(True)).__name__, B(7) & 3, type(B(7) & 3).__name__, B(-5) // 2, B(5).bit_length())
print(float.__new__(F, 4.5), type(float.__new__(F, 4.5)).__name__, int.__new__(I, 3), complex.__new__(C, 5))
try:
    class Bad(bool):
        pass
except TypeError as e:
    print(e)
