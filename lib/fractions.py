"""Rational numbers of unlimited precision: Fraction(3, 4), Fraction('3/4'),
Fraction('1.5e2'), Fraction(0.25), Fraction(Decimal('0.1'))."""

from decimal import Decimal
import math
import numbers
import operator
import re
import sys

__all__ = ['Fraction']

_HASH_PRIME = sys.hash_info.modulus

_DIGITS = r'\d+(?:_\d+)*'
# an optional sign, then either integer/integer or a decimal number with an
# optional exponent; spaces around (and around the slash) are allowed
_LITERAL = re.compile(
    rf'\s*(?P<sign>[-+]?)(?:(?P<num>{_DIGITS})\s*/\s*(?P<den>{_DIGITS})'
    rf'|(?=\d|\.\d)(?P<whole>{_DIGITS})?(?:\.(?P<frac>{_DIGITS})?)?(?:[eE](?P<exp>[-+]?{_DIGITS}))?)\s*')

# [[fill]align][sign][z][#][0][width][,|_][.precision]type, float types only
_SPEC = re.compile(r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ]?)(?P<z>z)?(?P<alt>#)?'
                   r'(?P<zero>0(?=\d))?(?P<width>0|[1-9]\d*)?(?P<sep>[,_])?'
                   r'(?:\.(?P<precision>0|[1-9]\d*))?(?P<type>[eEfFgG%])', re.DOTALL)


def _parse(text):
    """(numerator, denominator) of a literal, or None."""
    m = _LITERAL.fullmatch(text)
    if m is None:
        return None
    if m['num'] is not None:
        n, d = int(m['num']), int(m['den'])
    else:
        fraction = (m['frac'] or '').replace('_', '')
        n = int((m['whole'] or '0').replace('_', '') + fraction)
        d = 10 ** len(fraction)
        exp = int(m['exp']) if m['exp'] else 0
        if exp >= 0:
            n *= 10 ** exp
        else:
            d *= 10 ** -exp
    return (-n if m['sign'] == '-' else n), d


def _make(cls, n, d):
    """A cls instance of n/d, already in lowest terms with d > 0."""
    obj = object.__new__(cls)
    obj._numerator = n
    obj._denominator = d
    return obj


def _lowest_terms(n, d):
    """n/d (d != 0) as (numerator, denominator) in lowest terms, d > 0."""
    g = math.gcd(n, d)
    if d < 0:
        g = -g
    return n // g, d // g


def _reduced(n, d):
    return _make(Fraction, *_lowest_terms(n, d))


def _rounded(n, d, exponent):
    """n/d (d > 0) rounded half-even to a multiple of 10**exponent, as the
    integer count of those units."""
    if exponent >= 0:
        d *= 10 ** exponent
    else:
        n *= 10 ** -exponent
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q % 2):
        q += 1
    return q


def _significant(n, d, figures):
    """(units, exponent): n/d rounded half-even to `figures` significant
    digits, as units * 10**exponent."""
    if not n:
        return 0, 1 - figures
    # top: 10**(top - 1) <= |n/d| < 10**top, from the digit counts
    top = len(str(abs(n))) - len(str(d))
    scaled_n, scaled_d = (abs(n), d * 10 ** top) if top >= 0 else (abs(n) * 10 ** -top, d)
    if scaled_n >= scaled_d:
        top += 1
    exponent = top - figures
    units = _rounded(n, d, exponent)
    if abs(units) >= 10 ** figures:     # 9.99 -> 10.0
        units = _rounded(n, d, exponent + 1)
        exponent += 1
    return units, exponent


# Exact operations on two Fractions.

def _add(a, b):
    return _reduced(a._numerator * b._denominator + b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _sub(a, b):
    return _reduced(a._numerator * b._denominator - b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _mul(a, b):
    return _reduced(a._numerator * b._numerator, a._denominator * b._denominator)


def _div(a, b):
    if not b._numerator:
        raise ZeroDivisionError('Fraction(%s, 0)' % b._denominator)
    return _reduced(a._numerator * b._denominator, a._denominator * b._numerator)


def _floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _divmod(a, b):
    q, r = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
    return q, _reduced(r, a._denominator * b._denominator)


def _mod(a, b):
    r = (a._numerator * b._denominator) % (b._numerator * a._denominator)
    return _reduced(r, a._denominator * b._denominator)


def _operators(exact, inexact):
    """The forward and reflected methods of a binary operator: `exact` on
    two Fractions, `inexact` on floats (or complex numbers)."""
    def forward(a, b):
        if isinstance(b, Fraction):
            return exact(a, b)
        if isinstance(b, int):
            return exact(a, _make(Fraction, b, 1))
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def reflected(b, a):
        if isinstance(a, numbers.Rational):
            return exact(Fraction(a), b)
        if isinstance(a, numbers.Real):
            return inexact(float(a), float(b))
        if isinstance(a, numbers.Complex):
            return inexact(complex(a), complex(b))
        return NotImplemented

    forward.__name__ = f'__{inexact.__name__}__'
    reflected.__name__ = f'__r{inexact.__name__}__'
    return forward, reflected



def _ordering(op):
    def compare(a, b):
        if isinstance(b, numbers.Rational):
            return op(a._numerator * b.denominator, a._denominator * b.numerator)
        if isinstance(b, float):
            return op(a, Fraction.from_float(b)) if math.isfinite(b) else op(0.0, b)
        return NotImplemented
    return compare


def _partial_quotients(n, d):
    """The terms of the continued fraction of n/d."""
    while d:
        yield n // d
        n, d = d, n % d


def _bad_spec(spec, why=''):
    return ValueError(f"Invalid format specifier {spec!r} for object of type 'Fraction'{why}")


class Fraction(numbers.Rational):
    """A rational number, always in lowest terms with a positive
    denominator."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                return _make(cls, numerator, 1)
            if isinstance(numerator, numbers.Rational):
                return _make(cls, numerator.numerator, numerator.denominator)
            if isinstance(numerator, (float, Decimal)):
                return _make(cls, *numerator.as_integer_ratio())
            if not isinstance(numerator, str):
                raise TypeError("argument should be a string or a Rational instance")
            parsed = _parse(numerator)
            if parsed is None:
                raise ValueError('Invalid literal for Fraction: %r' % numerator)
            n, d = parsed
        elif type(numerator) is int is type(denominator):
            n, d = numerator, denominator
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        return _make(cls, *_lowest_terms(n, d))

    @classmethod
    def from_float(cls, f):
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return _make(cls, *f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return _make(cls, *dec.as_integer_ratio())

    numerator = property(lambda self: self._numerator)
    denominator = property(lambda self: self._denominator)

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The fraction closest to self with a denominator of at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Follow the convergents h/k of the continued fraction of self while
        # their denominators fit; the answer is the last of them or the
        # largest allowed semiconvergent after it.
        h_prev, k_prev, h, k = 0, 1, 1, 0
        for a in _partial_quotients(self._numerator, self._denominator):
            if k_prev + a * k > max_denominator:
                break
            h_prev, h = h, h_prev + a * h
            k_prev, k = k, k_prev + a * k
        steps = (max_denominator - k_prev) // k
        semi = _make(Fraction, h_prev + steps * h, k_prev + steps * k)
        convergent = _make(Fraction, h, k)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, spec, /):
        """Formats like a float (types e E f F g G %), rounded exactly."""
        if not spec:
            return str(self)
        m = _SPEC.fullmatch(spec)
        if m is None:
            raise _bad_spec(spec)
        if m['align'] is not None and m['zero'] is not None:
            raise _bad_spec(spec, "; can't use explicit alignment when zero-padding")
        kind = m['type']
        precision = int(m['precision'] or '6')
        alternate = bool(m['alt'])
        n, d = self._numerator, self._denominator
        if kind in 'fF%':
            point = precision       # digits after the point
            units = _rounded(n * 100 if kind == '%' else n, d, -precision)
            exponent_text = ''
        else:
            figures = max(precision, 1) if kind in 'gG' else precision + 1
            units, exponent = _significant(n, d, figures)
            scientific = kind in 'eE' or exponent > 0 or exponent + figures <= -4
            point = figures - 1 if scientific else -exponent
            mark = 'E' if kind in 'EG' else 'e'
            exponent_text = f'{mark}{exponent + point:+03d}' if scientific else ''
        negative = units < 0 or (n < 0 and not (m['z'] and units == 0))
        digits = str(abs(units)).rjust(point + 1, '0')
        whole, fraction = digits[:len(digits) - point], digits[len(digits) - point:]
        if kind in 'gG' and not alternate:
            fraction = fraction.rstrip('0')
        tail = ('.' if fraction or alternate else '') + fraction + exponent_text
        if kind == '%':
            tail += '%'
        sign = '-' if negative else ('' if m['sign'] == '-' else m['sign'])
        width = int(m['width'] or '0')
        separator = m['sep'] or ''
        if m['zero']:
            # zeros up to the width, counting the separators they bring
            room = width - len(sign) - len(tail)
            count = len(whole)
            while count + (count - 1) // 3 * len(separator) < room:
                count += 1
            whole = whole.rjust(count, '0')
        if separator:
            head = len(whole) % 3 or 3
            whole = separator.join([whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)])
        body = whole + tail
        padding = (m['fill'] or ' ') * (width - len(sign) - len(body))
        align = m['align'] or '>'
        if align == '<':
            return sign + body + padding
        if align == '^':
            half = len(padding) // 2
            return padding[:half] + sign + body + padding[half:]
        if align == '=':
            return sign + padding + body
        return padding + sign + body

    # -- arithmetic: exact with Fractions and ints; a float or complex
    # operand turns the operation into float (complex) arithmetic

    __add__, __radd__ = _operators(_add, operator.add)
    __sub__, __rsub__ = _operators(_sub, operator.sub)
    __mul__, __rmul__ = _operators(_mul, operator.mul)
    __truediv__, __rtruediv__ = _operators(_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _operators(_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _operators(_divmod, divmod)
    __mod__, __rmod__ = _operators(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: exact for an integral Rational b, a float otherwise."""
        if isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            power = b.numerator
            n, d = a._numerator, a._denominator
            if power < 0:
                if not n:
                    raise ZeroDivisionError('Fraction(%s, 0)' % d ** -power)
                # invert, keeping the denominator positive
                n, d, power = (d, n, -power) if n > 0 else (-d, -n, -power)
            return _make(Fraction, n ** power, d ** power)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator        # keeps an int base an int
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _make(Fraction, a._numerator, a._denominator)

    def __neg__(a):
        return _make(Fraction, -a._numerator, a._denominator)

    def __abs__(a):
        return _make(Fraction, abs(a._numerator), a._denominator)

    def __trunc__(a):
        q = abs(a._numerator) // a._denominator
        return -q if a._numerator < 0 else q

    def __int__(a, _index=operator.index):
        return _index(a.__trunc__())

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Half-even rounding, to an int or (with ndigits) a Fraction."""
        if ndigits is None:
            return _rounded(self._numerator, self._denominator, 0)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        # the hash of the rational n/d modulo the hash prime, as for ints
        # and floats; a d divisible by the prime hashes as infinity
        if self._denominator % _HASH_PRIME == 0:
            h = sys.hash_info.inf
        else:
            inverse = pow(self._denominator, _HASH_PRIME - 2, _HASH_PRIME)
            h = abs(self._numerator) % _HASH_PRIME * inverse % _HASH_PRIME
        h = -h if self._numerator < 0 else h
        return -2 if h == -1 else h

    # -- comparisons ---------------------------------------------------------

    def __eq__(a, b):
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            return a == Fraction.from_float(b) if math.isfinite(b) else b == 0.0
        return NotImplemented

    __lt__ = _ordering(operator.lt)
    __gt__ = _ordering(operator.gt)
    __le__ = _ordering(operator.le)
    __ge__ = _ordering(operator.ge)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        return self if type(self) is Fraction else type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()

