"""The numeric tower of abstract base classes (PEP 3141):
Number > Complex > Real > Rational > Integral.

Each level lists the operations a concrete type must implement (as abstract
methods) and supplies the ones that follow from them."""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


@abstractmethod
def _required(self, *args):
    """Implemented by each concrete numeric type."""
    raise NotImplementedError


class Number(metaclass=ABCMeta):
    """The root of the tower: isinstance(x, Number) for any kind of number."""

    __slots__ = ()
    __hash__ = None     # numbers are hashable, but only concrete types know how


class Complex(Number):
    """complex(), real and imag, + - * / **, abs, conjugate and ==."""

    __slots__ = ()

    __complex__ = __abs__ = conjugate = __eq__ = _required
    __add__ = __radd__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = _required
    __pow__ = __rpow__ = __neg__ = __pos__ = _required
    real = imag = property(_required)

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


class Real(Complex):
    """Adds float(), math.trunc/floor/ceil, round, //, %, < and <=."""

    __slots__ = ()

    __float__ = __trunc__ = __floor__ = __ceil__ = __round__ = _required
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __lt__ = __le__ = _required

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __complex__(self):
        return complex(float(self))

    real = property(lambda self: +self)
    imag = property(lambda self: 0)

    def conjugate(self):
        return +self


class Rational(Real):
    """Adds numerator and denominator (in lowest terms)."""

    __slots__ = ()

    numerator = denominator = property(_required)

    def __float__(self):
        # int() first, so that numerator / denominator is a true division
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Adds int(), three-argument pow, and the bitwise operators."""

    __slots__ = ()

    __int__ = __pow__ = __invert__ = _required
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = _required
    __and__ = __rand__ = __xor__ = __rxor__ = __or__ = __ror__ = _required

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    numerator = property(lambda self: +self)
    denominator = property(lambda self: 1)


Complex.register(complex)
Real.register(float)
Integral.register(int)
