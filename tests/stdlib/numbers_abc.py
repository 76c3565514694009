# numbers: the tower's isinstance answers, abstract methods, and the mixin methods each level supplies
import numbers
from fractions import Fraction
from decimal import Decimal

for value in (1, True, 2.5, 1j, Fraction(1, 3), Decimal("1.5")):
    print(type(value).__name__, [cls.__name__ for cls in (numbers.Number, numbers.Complex, numbers.Real,
                                                           numbers.Rational, numbers.Integral) if isinstance(value, cls)])
print(issubclass(numbers.Integral, numbers.Rational), issubclass(float, numbers.Rational), numbers.Number.__hash__)
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, cls.__module__, sorted(cls.__abstractmethods__))

class Partial(numbers.Real):
    pass

try:
    Partial()
except TypeError as exc:
    print(type(exc).__name__, 'abstract' in str(exc))

class Int(numbers.Integral):
    """A small concrete Integral over an int."""
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return f"Int({self.v})"
    def __pos__(self): return Int(self.v)
    def __neg__(self): return Int(-self.v)
    def __add__(self, o): return Int(self.v + int(o))
    __radd__ = __add__
    def __mul__(self, o): return Int(self.v * int(o))
    __rmul__ = __mul__
    def __floordiv__(self, o): return Int(self.v // int(o))
    def __rfloordiv__(self, o): return Int(int(o) // self.v)
    def __mod__(self, o): return Int(self.v % int(o))
    def __rmod__(self, o): return Int(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __eq__(self, o): return self.v == int(o)
    __hash__ = None
    __truediv__ = __rtruediv__ = __pow__ = __rpow__ = __abs__ = lambda self, *a: NotImplemented
    __trunc__ = __floor__ = __ceil__ = __round__ = __invert__ = lambda self, *a: self
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = __and__ = __rand__ = lambda self, o: self
    __xor__ = __rxor__ = __or__ = __ror__ = lambda self, o: self

i = Int(7)
print(i.__index__(), [10, 20, 30, 40, 50, 60, 70, 80][i], float(i), i.numerator, i.denominator, i.real, i.imag, i.conjugate())
print(complex(i), divmod(i, 3), divmod(30, i), i - 2, 10 - i, bool(Int(0)), bool(i), numbers.Rational.__float__(Fraction(1, 4)))
