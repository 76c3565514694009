"""Decimal fixed and floating point arithmetic (the General Decimal
Arithmetic Specification), written over Python ints.

A Decimal is (sign, coefficient digits, exponent), or a special value
(Infinity, NaN, sNaN). Results are rounded to the context's precision with
its rounding mode; exceptional conditions set flags on the context and, when
trapped, raise."""

import math as _math
import numbers as _numbers
import sys
from collections import namedtuple as _namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
    'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = "2.5.1"

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

HAVE_THREADS = True
HAVE_CONTEXTVAR = True
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

_PyHASH_MODULUS = sys.hash_info.modulus
_PyHASH_INF = sys.hash_info.inf
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


################################################################################
### Signals
################################################################################

class DecimalException(ArithmeticError):
    """Base class of the exceptional conditions; handle() gives the result
    when the condition is not trapped."""

    def handle(self, context, *args):
        pass


class Clamped(DecimalException):
    """Exponent of a 0 changed to fit bounds."""


class InvalidOperation(DecimalException):
    """An invalid operation was performed (the result is NaN)."""

    def handle(self, context, *args):
        return _NaN


class ConversionSyntax(InvalidOperation):
    """Trying to convert a badly formed string."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """Division of a finite number by 0 (the result is a signed Infinity)."""

    def handle(self, context, sign, *args):
        return _SignedInfinity[sign]


class DivisionImpossible(InvalidOperation):
    """The integer quotient does not fit in the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Undefined result of division (0 / 0)."""


class Inexact(DecimalException):
    """Rounding discarded nonzero digits."""


class InvalidContext(InvalidOperation):
    """Invalid context (unknown rounding, for example)."""


class Rounded(DecimalException):
    """Rounding discarded digits (maybe zeros)."""


class Subnormal(DecimalException):
    """Exponent < Emin before rounding."""


class Overflow(Inexact, Rounded):
    """Numerical overflow: the result is Infinity or the largest finite
    number, depending on the rounding."""

    def handle(self, context, sign, *args):
        if context.rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
            return _SignedInfinity[sign]
        if sign == 0:
            if context.rounding == ROUND_CEILING:
                return _SignedInfinity[sign]
            return _dec_from_triple(sign, '9' * context.prec, context.Emax - context.prec + 1)
        if context.rounding == ROUND_FLOOR:
            return _SignedInfinity[sign]
        return _dec_from_triple(sign, '9' * context.prec, context.Emax - context.prec + 1)


class Underflow(Inexact, Rounded, Subnormal):
    """Numerical underflow with result rounded to 0."""


class FloatOperation(DecimalException, TypeError):
    """Mixing floats and Decimals (comparisons and constructors set the
    flag; other operations with floats raise TypeError anyway)."""


# The signals in the order of context.flags / context.traps, and the order
# a context's repr lists them in (the C implementation's two orders).
_signals = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
            Rounded, Clamped]
_repr_order = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded,
               Subnormal, Underflow]

# The signal each condition sets (conditions are finer than signals).
_condition_map = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                  DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


################################################################################
### The current context
################################################################################

_current_context = None


def getcontext():
    """The current context (a copy of DefaultContext at first)."""
    global _current_context
    if _current_context is None:
        _current_context = Context()
    return _current_context


def setcontext(context):
    """Sets the current context."""
    global _current_context
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current_context = context


def localcontext(ctx=None, **kwargs):
    """A context manager making a copy of ctx (or the current context),
    with the given attributes changed, current inside the with block."""
    if ctx is None:
        ctx = getcontext()
    ctx_manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(ctx_manager.new_context, key, value)
    return ctx_manager


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


################################################################################
### Decimal
################################################################################

# the digit strings at which rounding looks
def _all_zeros(s, pos):
    return s[pos:].strip('0') == ''


def _exact_half(s, pos):
    return s[pos:pos + 1] == '5' and _all_zeros(s, pos + 1)


def _parse_decimal(text):
    """(sign, digits, exponent) of a numeric string, or (sign, 'n'/'N'/'F',
    payload) for NaN, sNaN and Infinity; None when malformed. Underscores
    may group digits, as in literals."""
    s = text.strip()
    if '_' in s:
        for i, ch in enumerate(s):
            if ch == '_' and not (0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()):
                return None
        s = s.replace('_', '')
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    lower = s.lower()
    if lower in ('inf', 'infinity'):
        return sign, 'F', ''
    for prefix, kind in (('nan', 'n'), ('snan', 'N')):
        if lower.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not payload.isdigit():
                return None
            return sign, kind, str(int(payload)) if payload and int(payload) else ''
    mantissa, has_exp, exp_text = lower.partition('e')
    exp = 0
    if has_exp:
        body = exp_text[1:] if exp_text[:1] in ('+', '-') else exp_text
        if not body.isdigit():
            return None
        exp = int(exp_text)
    intpart, dot, fracpart = mantissa.partition('.')
    if not intpart and not fracpart:
        return None
    for part in (intpart, fracpart):
        if part and not part.isdigit():
            return None
    # int() also reads non-ASCII digits
    digits = str(int(intpart + fracpart))
    return sign, digits, exp - len(fracpart)


class Decimal(object):
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_exp', '_int', '_sign', '_is_special')
    # _exp: int, or 'n' (NaN), 'N' (sNaN), 'F' (Infinity); _int: the digits
    # of the coefficient (the payload for NaNs)

    def __new__(cls, value="0", context=None):
        """Creates a Decimal from an int, a str, a float (exactly), a tuple
        (sign, digits, exponent) or another Decimal."""
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse_decimal(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                return context._raise_error(ConversionSyntax, "Invalid literal for Decimal: %r" % value)
            self._sign, digits, exp = parsed
            if digits in ('n', 'N', 'F'):
                self._int = exp if digits != 'F' else '0'
                self._exp = digits
                self._is_special = True
            else:
                self._int = digits
                self._exp = exp
                self._is_special = False
            return self
        if isinstance(value, int):
            self._sign = 0 if value >= 0 else 1
            self._exp = 0
            self._int = str(abs(value))
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._exp = value._exp
            self._sign = value._sign
            self._int = value._int
            self._is_special = value._is_special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            if not (isinstance(value[0], int) and value[0] in (0, 1)):
                raise ValueError("sign must be an integer with the value 0 or 1")
            self._sign = value[0]
            if value[2] == 'F':
                self._int = '0'
                self._exp = value[2]
                self._is_special = True
                return self
            digits = []
            for digit in value[1]:
                if isinstance(digit, int) and 0 <= digit <= 9:
                    if digits or digit != 0:
                        digits.append(digit)
                else:
                    raise ValueError("coefficient must be a tuple of digits")
            if value[2] in ('n', 'N'):
                self._int = ''.join(map(str, digits))
                self._exp = value[2]
                self._is_special = True
            elif isinstance(value[2], int):
                self._int = ''.join(map(str, digits or [0]))
                self._exp = value[2]
                self._is_special = False
            elif isinstance(value[2], str):
                raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
            else:
                raise ValueError("exponent must be an integer")
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise_error(FloatOperation, "strict semantics for mixing floats and Decimals are enabled")
            value = Decimal.from_float(value)
            self._exp = value._exp
            self._sign = value._sign
            self._int = value._int
            self._is_special = value._is_special
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact decimal value of a float (or an int)."""
        if isinstance(f, int):
            sign = 0 if f >= 0 else 1
            k = 0
            coeff = str(abs(f))
        elif isinstance(f, float):
            if _math.isinf(f) or _math.isnan(f):
                return cls(repr(f))
            sign = 0 if _math.copysign(1.0, f) == 1.0 else 1
            n, d = abs(f).as_integer_ratio()
            k = d.bit_length() - 1
            coeff = str(n * 5 ** k)
        else:
            raise TypeError("argument must be int or float.")
        result = _dec_from_triple(sign, coeff, -k)
        if cls is Decimal:
            return result
        return cls(result)

    # -------------------------------------------------------------------
    # classification

    def _isnan(self):
        """0 not a NaN, 1 quiet NaN, 2 signaling NaN."""
        if self._is_special:
            exp = self._exp
            if exp == 'n':
                return 1
            elif exp == 'N':
                return 2
        return 0

    def _isinfinity(self):
        """0 finite or NaN, 1 +Infinity, -1 -Infinity."""
        if self._exp == 'F':
            return -1 if self._sign else 1
        return 0

    def _check_nans(self, other=None, context=None):
        """The NaN result of an operation on a NaN operand (signaling NaNs
        raise InvalidOperation), or False when there is none."""
        self_is_nan = self._isnan()
        other_is_nan = other._isnan() if other is not None else False
        if self_is_nan or other_is_nan:
            if context is None:
                context = getcontext()
            if self_is_nan == 2:
                return context._raise_error(InvalidOperation, 'sNaN', self)
            if other_is_nan == 2:
                return context._raise_error(InvalidOperation, 'sNaN', other)
            if self_is_nan:
                return self._fix_nan(context)
            return other._fix_nan(context)
        return 0

    def _compare_check_nans(self, other, context):
        """Ordering comparisons with a NaN signal InvalidOperation."""
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            if self.is_snan() or other.is_snan():
                return context._raise_error(InvalidOperation, 'comparison involving sNaN', self)
            if self.is_qnan() or other.is_qnan():
                return context._raise_error(InvalidOperation, 'comparison involving NaN', self)
        return 0

    def __bool__(self):
        return self._is_special or self._int != '0'

    def adjusted(self):
        """The exponent of the most significant digit."""
        try:
            return self._exp + len(self._int) - 1
        except TypeError:
            return 0

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == '0'

    def is_normal(self, context=None):
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def number_class(self, context=None):
        """'-Infinity', '-Normal', '-Subnormal', '-Zero', '+Zero', ...,
        'NaN', 'sNaN'."""
        if self.is_snan():
            return "sNaN"
        if self.is_qnan():
            return "NaN"
        inf = self._isinfinity()
        if inf == 1:
            return "+Infinity"
        if inf == -1:
            return "-Infinity"
        if self.is_zero():
            return "-Zero" if self._sign else "+Zero"
        if context is None:
            context = getcontext()
        if self.is_subnormal(context=context):
            return "-Subnormal" if self._sign else "+Subnormal"
        return "-Normal" if self._sign else "+Normal"

    def radix(self):
        return Decimal(10)

    # -------------------------------------------------------------------
    # conversions

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self, eng=False, context=None):
        """Scientific notation when the exponent is positive or the number
        small: 1E+3, 1.5, 0.000001, 1E-7."""
        sign = ['', '-'][self._sign]
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            if self._exp == 'n':
                return sign + 'NaN' + self._int
            return sign + 'sNaN' + self._int
        leftdigits = self._exp + len(self._int)
        # digits of the coefficient before the point of the output
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == '0':
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + self._int
        elif dotplace >= len(self._int):
            intpart = self._int + '0' * (dotplace - len(self._int))
            fracpart = ''
        else:
            intpart = self._int[:dotplace]
            fracpart = '.' + self._int[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ['e', 'E'][context.capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        """Engineering notation: exponents are multiples of three."""
        return self.__str__(eng=True, context=context)

    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent)."""
        return DecimalTuple(self._sign, tuple(map(int, self._int)), self._exp)

    def as_integer_ratio(self):
        """(n, d): the exact value as a fraction in lowest terms."""
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if not self:
            return 0, 1
        n = int(self._int)
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d5 = -self._exp
            while d5 > 0 and n % 5 == 0:
                n //= 5
                d5 -= 1
            d2 = -self._exp
            shift2 = min((n & -n).bit_length() - 1, d2)
            if shift2:
                n >>= shift2
                d2 -= shift2
            d = 5 ** d5 << d2
        if self._sign:
            n = -n
        return n, d

    def __float__(self):
        if self._isnan():
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            s = "-nan" if self._sign else "nan"
        else:
            s = str(self)
        return float(s)

    def __int__(self):
        """The integer part (truncated towards zero)."""
        if self._is_special:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        s = (-1) ** self._sign
        if self._exp >= 0:
            return s * int(self._int) * 10 ** self._exp
        return s * int(self._int[:self._exp] or '0')

    __trunc__ = __int__

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        """round(d): the nearest int (half-even); round(d, n): a Decimal
        quantized to n places."""
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            exp = _dec_from_triple(0, '1', -n)
            return self.quantize(exp)
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __hash__(self):
        """Equal to the hash of an equal int, float or Fraction."""
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value')
            elif self.is_nan():
                return object.__hash__(self)
            return _PyHASH_INF if self._sign == 0 else -_PyHASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        hash_ = int(self._int) * exp_hash % _PyHASH_MODULUS
        ans = hash_ if self >= 0 else -hash_
        return -2 if ans == -1 else ans

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # -------------------------------------------------------------------
    # rounding

    def _fix_nan(self, context):
        """A NaN with its payload cut to fit the precision."""
        payload = self._int
        max_payload_len = context.prec - context.clamp
        if len(payload) > max_payload_len:
            payload = payload[len(payload) - max_payload_len:].lstrip('0')
            return _dec_from_triple(self._sign, payload, self._exp, True)
        return Decimal(self)

    def _fix(self, context):
        """self rounded to the context: precision, exponent limits,
        clamping; raises the signals the rounding calls for."""
        if self._is_special:
            if self._isnan():
                return self._fix_nan(context)
            return Decimal(self)
        Etiny = context.Etiny()
        Etop = context.Etop()
        if not self:
            exp_max = [context.Emax, Etop][context.clamp]
            new_exp = min(max(self._exp, Etiny), exp_max)
            if new_exp != self._exp:
                context._raise_error(Clamped)
                return _dec_from_triple(self._sign, '0', new_exp)
            return Decimal(self)
        # the smallest exponent the result may have
        exp_min = len(self._int) + self._exp - context.prec
        if exp_min > Etop:
            ans = context._raise_error(Overflow, 'above Emax', self._sign)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            return ans
        self_is_subnormal = exp_min < Etiny
        if self_is_subnormal:
            exp_min = Etiny
        if self._exp < exp_min:
            digits = len(self._int) + self._exp - exp_min
            if digits < 0:
                self = _dec_from_triple(self._sign, '1', exp_min - 1)
                digits = 0
            changed = self._round(context.rounding, digits)
            coeff = self._int[:digits] or '0'
            if changed > 0:
                coeff = str(int(coeff) + 1)
                if len(coeff) > context.prec:
                    coeff = coeff[:-1]
                    exp_min += 1
            if exp_min > Etop:
                ans = context._raise_error(Overflow, 'above Emax', self._sign)
            else:
                ans = _dec_from_triple(self._sign, coeff, exp_min)
            if changed and self_is_subnormal:
                context._raise_error(Underflow)
            if self_is_subnormal:
                context._raise_error(Subnormal)
            if changed:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
            if not ans:
                context._raise_error(Clamped)
            return ans
        if self_is_subnormal:
            context._raise_error(Subnormal)
        if context.clamp == 1 and self._exp > Etop:
            context._raise_error(Clamped)
            self_padded = self._int + '0' * (self._exp - Etop)
            return _dec_from_triple(self._sign, self_padded, Etop)
        return Decimal(self)

    def _round(self, rounding, prec):
        """How rounding to `prec` digits goes: 1 round away from zero,
        0 exact (no change), -1 truncate (inexact)."""
        s = self._int
        if rounding == ROUND_DOWN:
            return 0 if _all_zeros(s, prec) else -1
        if rounding == ROUND_UP:
            return 0 if _all_zeros(s, prec) else 1
        if rounding == ROUND_HALF_UP:
            return self._round_half_up(prec)
        if rounding == ROUND_HALF_DOWN:
            return -1 if _exact_half(s, prec) else self._round_half_up(prec)
        if rounding == ROUND_HALF_EVEN:
            if _exact_half(s, prec) and (prec == 0 or s[prec - 1] in '02468'):
                return -1
            return self._round_half_up(prec)
        truncated = 0 if _all_zeros(s, prec) else -1
        if rounding == ROUND_CEILING:
            return truncated if self._sign else -truncated
        if rounding == ROUND_FLOOR:
            return -truncated if self._sign else truncated
        if rounding == ROUND_05UP:
            if prec and s[prec - 1] not in '05':
                return truncated
            return -truncated
        raise ValueError("unknown rounding %r" % (rounding,))

    def _round_half_up(self, prec):
        if self._int[prec:prec + 1] in ('5', '6', '7', '8', '9'):
            return 1
        return 0 if _all_zeros(self._int, prec) else -1

    def _rescale(self, exp, rounding):
        """self with exponent exp, rounding as needed (no signals)."""
        if self._is_special:
            return Decimal(self)
        if not self:
            return _dec_from_triple(self._sign, '0', exp)
        if self._exp >= exp:
            return _dec_from_triple(self._sign, self._int + '0' * (self._exp - exp), exp)
        digits = len(self._int) + self._exp - exp
        if digits < 0:
            self = _dec_from_triple(self._sign, '1', exp - 1)
            digits = 0
        changed = self._round(rounding, digits)
        coeff = self._int[:digits] or '0'
        if changed == 1:
            coeff = str(int(coeff) + 1)
        return _dec_from_triple(self._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp: Decimal('3.14159').quantize(
        Decimal('0.01')) is Decimal('3.14')."""
        exp = _convert_other(exp, raiseit=True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, context)
            if ans:
                return ans
            if exp._isinfinity() or self._isinfinity():
                if exp._isinfinity() and self._isinfinity():
                    return Decimal(self)
                return context._raise_error(InvalidOperation, 'quantize with one INF')
        if not (context.Etiny() <= exp._exp <= context.Emax):
            return context._raise_error(InvalidOperation, 'target exponent out of bounds in quantize')
        if not self:
            ans = _dec_from_triple(self._sign, '0', exp._exp)
            return ans._fix(context)
        self_adjusted = self.adjusted()
        if self_adjusted > context.Emax:
            return context._raise_error(InvalidOperation,
                                        'exponent of quantize result too large for current context')
        if self_adjusted - exp._exp + 1 > context.prec:
            return context._raise_error(InvalidOperation,
                                        'quantize result has too many digits for current context')
        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation,
                                        'exponent of quantize result too large for current context')
        if len(ans._int) > context.prec:
            return context._raise_error(InvalidOperation,
                                        'quantize result has too many digits for current context')
        if ans and ans.adjusted() < context.Emin:
            context._raise_error(Subnormal)
        if ans._exp > self._exp:
            if ans != self:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
        return ans._fix(context)

    def same_quantum(self, other, context=None):
        """True if self and other have the same exponent."""
        other = _convert_other(other, raiseit=True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan() or self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def normalize(self, context=None):
        """self rounded to the context, without trailing zeros."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        dup = self._fix(context)
        if dup._isinfinity():
            return dup
        if not dup:
            return _dec_from_triple(dup._sign, '0', 0)
        exp_max = [context.Emax, context.Etop()][context.clamp]
        end = len(dup._int)
        exp = dup._exp
        while dup._int[end - 1] == '0' and exp < exp_max:
            exp += 1
            end -= 1
        return _dec_from_triple(dup._sign, dup._int[:end], exp)

    def to_integral_value(self, rounding=None, context=None):
        """self rounded to an integer (exponent 0 at most), no Inexact."""
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Like to_integral_value, signalling Inexact and Rounded."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        if not self:
            return _dec_from_triple(self._sign, '0', 0)
        if rounding is None:
            rounding = context.rounding
        ans = self._rescale(0, rounding)
        if ans != self:
            context._raise_error(Inexact)
        context._raise_error(Rounded)
        return ans

    # -------------------------------------------------------------------
    # arithmetic

    def __pos__(self, context=None):
        """+self: self rounded to the context."""
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = Decimal(self)
        return ans._fix(context)

    def __neg__(self, context=None):
        """-self, rounded to the context."""
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = self.copy_negate()
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        """abs(self), rounded to the context."""
        if not round:
            return self.copy_abs()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def __add__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity():
                if self._sign != other._sign and other._isinfinity():
                    return context._raise_error(InvalidOperation, '-INF + INF')
                return Decimal(self)
            if other._isinfinity():
                return Decimal(other)
        exp = min(self._exp, other._exp)
        negativezero = 0
        if context.rounding == ROUND_FLOOR and self._sign != other._sign:
            negativezero = 1
        if not self and not other:
            sign = min(self._sign, other._sign)
            if negativezero:
                sign = 1
            return _dec_from_triple(sign, '0', exp)._fix(context)
        if not self:
            exp = max(exp, other._exp - context.prec - 1)
            return other._rescale(exp, context.rounding)._fix(context)
        if not other:
            exp = max(exp, self._exp - context.prec - 1)
            return self._rescale(exp, context.rounding)._fix(context)
        a = _SignedTerm(self)
        b = _SignedTerm(other)
        _align(a, b, context.prec)
        total = a.value + b.value
        if total == 0:
            return _dec_from_triple(negativezero, '0', a.exp)._fix(context)
        sign = 1 if total < 0 else 0
        return _dec_from_triple(sign, str(abs(total)), a.exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context=context)
            if ans:
                return ans
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        resultsign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity():
                if not other:
                    return context._raise_error(InvalidOperation, '(+-)INF * 0')
                return _SignedInfinity[resultsign]
            if other._isinfinity():
                if not self:
                    return context._raise_error(InvalidOperation, '0 * (+-)INF')
                return _SignedInfinity[resultsign]
        resultexp = self._exp + other._exp
        if not self or not other:
            return _dec_from_triple(resultsign, '0', resultexp)._fix(context)
        product = str(int(self._int) * int(other._int))
        return _dec_from_triple(resultsign, product, resultexp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity() and other._isinfinity():
                return context._raise_error(InvalidOperation, '(+-)INF/(+-)INF')
            if self._isinfinity():
                return _SignedInfinity[sign]
            if other._isinfinity():
                context._raise_error(Clamped, 'Division by infinity')
                return _dec_from_triple(sign, '0', context.Etiny())
        if not other:
            if not self:
                return context._raise_error(DivisionUndefined, '0 / 0')
            return context._raise_error(DivisionByZero, 'x / 0', sign)
        if not self:
            exp = self._exp - other._exp
            coeff = 0
        else:
            # enough digits for prec + 1, then a sticky last digit for
            # correct rounding when inexact
            shift = len(other._int) - len(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            n, d = int(self._int), int(other._int)
            if shift >= 0:
                coeff, remainder = divmod(n * 10 ** shift, d)
            else:
                coeff, remainder = divmod(n, d * 10 ** -shift)
            if remainder:
                if coeff % 5 == 0:
                    coeff += 1
            else:
                # exact: as close to the ideal exponent as possible
                ideal_exp = self._exp - other._exp
                while exp < ideal_exp and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
        return _dec_from_triple(sign, str(coeff), exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide(self, other, context):
        """(self // other, self % other) with the quotient truncated towards
        zero (neither is NaN, self is finite, other is nonzero)."""
        sign = self._sign ^ other._sign
        if other._isinfinity():
            ideal_exp = self._exp
        else:
            ideal_exp = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self or other._isinfinity() or expdiff <= -2:
            return (_dec_from_triple(sign, '0', 0), self._rescale(ideal_exp, context.rounding))
        if expdiff <= context.prec:
            n, e1 = int(self._int), self._exp
            d, e2 = int(other._int), other._exp
            if e1 >= e2:
                n *= 10 ** (e1 - e2)
            else:
                d *= 10 ** (e2 - e1)
            q, r = divmod(n, d)
            if q < 10 ** context.prec:
                return (_dec_from_triple(sign, str(q), 0), _dec_from_triple(self._sign, str(r), ideal_exp))
        ans = context._raise_error(DivisionImpossible, 'quotient too large in //, % or divmod')
        return ans, ans

    def __divmod__(self, other, context=None):
        """(self // other, self % other), the quotient truncated towards zero."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return (ans, ans)
        sign = self._sign ^ other._sign
        if self._isinfinity():
            if other._isinfinity():
                ans = context._raise_error(InvalidOperation, 'divmod(INF, INF)')
                return ans, ans
            return (_SignedInfinity[sign], context._raise_error(InvalidOperation, 'INF % x'))
        if not other:
            if not self:
                ans = context._raise_error(DivisionUndefined, 'divmod(0, 0)')
                return ans, ans
            return (context._raise_error(DivisionByZero, 'x // 0', sign),
                    context._raise_error(InvalidOperation, 'x % 0'))
        quotient, remainder = self._divide(other, context)
        remainder = remainder._fix(context)
        return quotient, remainder

    def __rdivmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __mod__(self, other, context=None):
        """self % other, with the sign of self."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            return context._raise_error(InvalidOperation, 'INF % x')
        if not other:
            if self:
                return context._raise_error(InvalidOperation, 'x % 0')
            return context._raise_error(DivisionUndefined, '0 % 0')
        remainder = self._divide(other, context)[1]
        return remainder._fix(context)

    def __rmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __floordiv__(self, other, context=None):
        """self // other, truncated towards zero."""
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            if other._isinfinity():
                return context._raise_error(InvalidOperation, 'INF // INF')
            return _SignedInfinity[self._sign ^ other._sign]
        if not other:
            if self:
                return context._raise_error(DivisionByZero, 'x // 0', self._sign ^ other._sign)
            return context._raise_error(DivisionUndefined, '0 // 0')
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def remainder_near(self, other, context=None):
        """self - n*other with n the integer nearest to self/other (ties to even)."""
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            return context._raise_error(InvalidOperation, 'remainder_near(infinity, x)')
        if not other:
            if self:
                return context._raise_error(InvalidOperation, 'remainder_near(x, 0)')
            return context._raise_error(DivisionUndefined, 'remainder_near(0, 0)')
        if other._isinfinity():
            return Decimal(self)._fix(context)
        ideal_exponent = min(self._exp, other._exp)
        if not self:
            return _dec_from_triple(self._sign, '0', ideal_exponent)._fix(context)
        expdiff = self.adjusted() - other.adjusted()
        if expdiff >= context.prec + 1:
            return context._raise_error(DivisionImpossible)
        if expdiff <= -2:
            return self._rescale(ideal_exponent, context.rounding)._fix(context)
        n, e1 = int(self._int), self._exp
        d, e2 = int(other._int), other._exp
        if e1 >= e2:
            n *= 10 ** (e1 - e2)
        else:
            d *= 10 ** (e2 - e1)
        q, r = divmod(n, d)
        if 2 * r + (q & 1) > d:
            r -= d
            q += 1
        if q >= 10 ** context.prec:
            return context._raise_error(DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _dec_from_triple(sign, str(r), ideal_exponent)._fix(context)

    def __pow__(self, other, modulo=None, context=None):
        """self ** other: exact then rounded for integral exponents; through
        exp(other * ln(self)) otherwise."""
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if not other:
            if not self:
                return context._raise_error(InvalidOperation, '0 ** 0')
            return _One
        result_sign = 0
        if self._sign == 1:
            if other._isinteger():
                if not other._iseven():
                    result_sign = 1
            elif self:
                return context._raise_error(InvalidOperation, 'x ** y with x negative and y not an integer')
            self = self.copy_negate()
        if not self:
            if other._sign == 0:
                return _dec_from_triple(result_sign, '0', 0)
            return _SignedInfinity[result_sign]
        if self._isinfinity():
            if other._sign == 0:
                return _SignedInfinity[result_sign]
            return _dec_from_triple(result_sign, '0', 0)
        if other._isinfinity():
            if self == _One:
                return _dec_from_triple(result_sign, '1', 0)._fix(context)
            if (other._sign == 0) == (self > _One):
                return _SignedInfinity[result_sign]
            return _dec_from_triple(result_sign, '0', 0)
        if other._isinteger():
            n = int(other)
            if abs(n) * max(len(self._int), 1) <= 100000:
                coeff = int(self._int) ** abs(n)
                exp = self._exp * abs(n)
                exact = _dec_from_triple(result_sign, str(coeff), exp)
                if n >= 0:
                    return exact._fix(context)
                return _dec_from_triple(result_sign, '1', 0).__truediv__(exact, context)
        # through logarithms, with guard digits
        guard = context._shallow_copy()
        guard.prec = context.prec + 10
        guard.traps = dict.fromkeys(_signals, False)
        guard.flags = dict.fromkeys(_signals, 0)
        value = (other.__mul__(self.ln(guard), guard)).exp(guard)
        value = _dec_from_triple(result_sign, value._int, value._exp)
        context._raise_error(Inexact)
        context._raise_error(Rounded)
        return value._fix(context)

    def __rpow__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def _power_modulo(self, other, modulo, context=None):
        """Three-argument pow for integral operands."""
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        modulo = _convert_other(modulo, raiseit=True)
        for v in (self, other, modulo):
            if v._is_special or not v._isinteger():
                return context._raise_error(InvalidOperation, 'pow() 3rd argument not allowed unless all '
                                            'arguments are integers')
        if other < 0:
            return context._raise_error(InvalidOperation, 'pow() 2nd argument cannot be negative when '
                                        '3rd argument specified')
        if not modulo:
            return context._raise_error(InvalidOperation, 'pow() 3rd argument cannot be 0')
        if not other and not self:
            return context._raise_error(InvalidOperation, 'at least one of pow() 1st argument and 2nd '
                                        'argument must be nonzero; 0**0 is not defined')
        m = abs(int(modulo))
        result = pow(abs(int(self)), int(other), m)
        sign = 0 if other._iseven() else self._sign
        return _dec_from_triple(sign, str(result), 0)

    def _isinteger(self):
        if self._is_special:
            return False
        if self._exp >= 0:
            return True
        rest = self._int[self._exp:]
        return rest == '0' * len(rest)

    def _iseven(self):
        if not self or self._exp > 0:
            return True
        return self._int[-1 + self._exp] in '02468'

    def sqrt(self, context=None):
        """The square root, correctly rounded (half-even) to the precision."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            if self._isinfinity() and self._sign == 0:
                return Decimal(self)
        if not self:
            ans = _dec_from_triple(self._sign, '0', self._exp // 2)
            return ans._fix(context)
        if self._sign == 1:
            return context._raise_error(InvalidOperation, 'sqrt(-x), x > 0')
        # c * 100**e with e the ideal exponent, c rescaled to prec+1 digits
        # in base 100; the integer root is exact or gets a sticky digit
        prec = context.prec + 1
        e = self._exp >> 1
        if self._exp & 1:
            c = int(self._int) * 10
            length = (len(self._int) >> 1) + 1
        else:
            c = int(self._int)
            length = len(self._int) + 1 >> 1
        shift = prec - length
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = _math.isqrt(c)
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        elif n % 5 == 0:
            n += 1
        ans = _dec_from_triple(0, str(n), e)
        saved = context.rounding
        context.rounding = ROUND_HALF_EVEN
        try:
            ans = ans._fix(context)
        finally:
            context.rounding = saved
        return ans

    def exp(self, context=None):
        """e ** self, rounded to the context."""
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == -1:
            return _Zero
        if not self:
            return _One
        if self._isinfinity() == 1:
            return Decimal(self)
        p = context.prec + 10
        value = _exp_fixed(self, p)
        if value is None:
            # out of range: overflow or underflow
            if self._sign == 0:
                return _dec_from_triple(0, '1', context.Emax + 1)._fix(context)
            return _dec_from_triple(0, '1', context.Etiny() - 1)._fix(context)
        coeff, exp = value
        ans = _dec_from_triple(0, str(coeff), exp)
        context._raise_error(Inexact)
        context._raise_error(Rounded)
        return ans._fix(context)

    def ln(self, context=None):
        """The natural logarithm, rounded to the context."""
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if not self:
            return _NegativeInfinity
        if self._isinfinity() == 1:
            return _Infinity
        if self == _One:
            return _Zero
        if self._sign == 1:
            return context._raise_error(InvalidOperation, 'ln of a negative value')
        p = context.prec + 10
        coeff = _ln_fixed(int(self._int), self._exp, p)
        ans = _dec_from_triple(int(coeff < 0), str(abs(coeff)), -p)
        context._raise_error(Inexact)
        context._raise_error(Rounded)
        return ans._fix(context)

    def log10(self, context=None):
        """The base 10 logarithm, rounded to the context (exact for powers
        of ten)."""
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if not self:
            return _NegativeInfinity
        if self._isinfinity() == 1:
            return _Infinity
        if self._sign == 1:
            return context._raise_error(InvalidOperation, 'log10 of a negative value')
        if self._int[0] == '1' and self._int[1:] == '0' * (len(self._int) - 1):
            return Decimal(self._exp + len(self._int) - 1)
        p = context.prec + 10
        numerator = _ln_fixed(int(self._int), self._exp, p + 5)
        denominator = _ln_fixed(10, 0, p + 5)
        coeff = numerator * 10 ** p // denominator
        ans = _dec_from_triple(int(coeff < 0), str(abs(coeff)), -p)
        context._raise_error(Inexact)
        context._raise_error(Rounded)
        return ans._fix(context)

    def _next(self, context, direction):
        """The next representable number above (direction 1) or below (-1)."""
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == direction:
            return Decimal(self)
        if self._isinfinity() == -direction:
            return _dec_from_triple(0 if direction > 0 else 1, '9' * context.prec, context.Etop())
        quiet = context.copy()
        quiet.rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
        quiet._ignored_flags = list(_signals)
        new_self = self._fix(quiet)
        if new_self != self:
            return new_self
        step = _dec_from_triple(0, '1', quiet.Etiny() - 1)
        return self.__add__(step, quiet) if direction > 0 else self.__sub__(step, quiet)

    def next_plus(self, context=None):
        """The smallest representable number larger than self."""
        return self._next(context, 1)

    def next_minus(self, context=None):
        """The largest representable number smaller than self."""
        return self._next(context, -1)

    def next_toward(self, other, context=None):
        """The representable number closest to self in the direction of other."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        comparison = self._cmp(other)
        if comparison == 0:
            return self.copy_sign(other)
        if comparison == -1:
            ans = self.next_plus(context)
        else:
            ans = self.next_minus(context)
        if ans._isinfinity():
            context._raise_error(Overflow, 'Infinite result from next_toward', ans._sign)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
        elif ans.adjusted() < context.Emin:
            context._raise_error(Underflow)
            context._raise_error(Subnormal)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            if not ans:
                context._raise_error(Clamped)
        return ans

    def logb(self, context=None):
        """The adjusted exponent as a Decimal."""
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if context is None:
            context = getcontext()
        if self._isinfinity():
            return _Infinity
        if not self:
            return context._raise_error(DivisionByZero, 'logb(0)', 1)
        return Decimal(self.adjusted())._fix(context)

    def scaleb(self, other, context=None):
        """self * 10**other (other an integer)."""
        if context is None:
            context = getcontext()
        other = _convert_other(other, raiseit=True)
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if other._exp != 0:
            return context._raise_error(InvalidOperation)
        liminf = -2 * (context.Emax + context.prec)
        limsup = 2 * (context.Emax + context.prec)
        if not (liminf <= int(other) <= limsup):
            return context._raise_error(InvalidOperation)
        if self._isinfinity():
            return Decimal(self)
        d = _dec_from_triple(self._sign, self._int, self._exp + int(other))
        return d._fix(context)

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        other = _convert_other(other, raiseit=True)
        third = _convert_other(third, raiseit=True)
        exact = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
        product = self.__mul__(other, exact)
        return product.__add__(third, context)

    # -------------------------------------------------------------------
    # comparisons

    def _cmp(self, other):
        """-1, 0 or 1 (neither may be a NaN)."""
        if self._is_special or other._is_special:
            self_inf = self._isinfinity()
            other_inf = other._isinfinity()
            if self_inf == other_inf:
                return 0
            return -1 if self_inf < other_inf else 1
        if not self:
            if not other:
                return 0
            return -((-1) ** other._sign)
        if not other:
            return (-1) ** self._sign
        if other._sign < self._sign:
            return -1
        if self._sign < other._sign:
            return 1
        self_adjusted = self.adjusted()
        other_adjusted = other.adjusted()
        if self_adjusted == other_adjusted:
            self_padded = self._int + '0' * (self._exp - other._exp)
            other_padded = other._int + '0' * (other._exp - self._exp)
            if self_padded == other_padded:
                return 0
            if len(self_padded) != len(other_padded):
                smaller = len(self_padded) < len(other_padded)
            else:
                smaller = self_padded < other_padded
            return -((-1) ** self._sign) if smaller else (-1) ** self._sign
        if self_adjusted > other_adjusted:
            return (-1) ** self._sign
        return -((-1) ** self._sign)

    def __eq__(self, other, context=None):
        self, other = _convert_for_comparison(self, other, equality_op=True)
        if other is NotImplemented:
            return other
        if self._isnan() or other._isnan():
            return False
        return self._cmp(other) == 0

    def __lt__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        ans = self._compare_check_nans(other, context)
        if ans:
            return False
        return self._cmp(other) < 0

    def __le__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        ans = self._compare_check_nans(other, context)
        if ans:
            return False
        return self._cmp(other) <= 0

    def __gt__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        ans = self._compare_check_nans(other, context)
        if ans:
            return False
        return self._cmp(other) > 0

    def __ge__(self, other, context=None):
        self, other = _convert_for_comparison(self, other)
        if other is NotImplemented:
            return other
        ans = self._compare_check_nans(other, context)
        if ans:
            return False
        return self._cmp(other) >= 0

    def compare(self, other, context=None):
        """Decimal('-1'), Decimal('0') or Decimal('1') (NaN for NaNs)."""
        other = _convert_other(other, raiseit=True)
        if self._is_special or (other and other._is_special):
            ans = self._check_nans(other, context)
            if ans:
                return ans
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        """compare(), signalling InvalidOperation for any NaN."""
        other = _convert_other(other, raiseit=True)
        ans = self._compare_check_nans(other, context)
        if ans:
            return ans
        return self.compare(other, context=context)

    def compare_total(self, other, context=None):
        """An order on all values, NaNs and signed zeros included."""
        other = _convert_other(other, raiseit=True)
        if self._sign and not other._sign:
            return _NegativeOne
        if not self._sign and other._sign:
            return _One
        sign = self._sign
        self_nan = self._isnan()
        other_nan = other._isnan()
        if self_nan or other_nan:
            if self_nan == other_nan:
                self_key = len(self._int), self._int
                other_key = len(other._int), other._int
                if self_key < other_key:
                    return _One if sign else _NegativeOne
                if self_key > other_key:
                    return _NegativeOne if sign else _One
                return _Zero
            if sign:
                if self_nan == 1 or other_nan == 2:
                    return _NegativeOne
                return _One
            if self_nan == 1 or other_nan == 2:
                return _One
            return _NegativeOne
        if self < other:
            return _NegativeOne
        if self > other:
            return _One
        if self._exp < other._exp:
            return _One if sign else _NegativeOne
        if self._exp > other._exp:
            return _NegativeOne if sign else _One
        return _Zero

    def max(self, other, context=None):
        """The larger of self and other (a NaN loses to a number)."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            sn = self._isnan()
            on = other._isnan()
            if sn or on:
                if on == 1 and sn == 0:
                    return self._fix(context)
                if sn == 1 and on == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)
        ans = other if c == -1 else self
        return ans._fix(context)

    def min(self, other, context=None):
        """The smaller of self and other (a NaN loses to a number)."""
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            sn = self._isnan()
            on = other._isnan()
            if sn or on:
                if on == 1 and sn == 0:
                    return self._fix(context)
                if sn == 1 and on == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)
        ans = self if c == -1 else other
        return ans._fix(context)

    # -------------------------------------------------------------------
    # sign manipulation

    def copy_abs(self):
        return _dec_from_triple(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _dec_from_triple(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        return _dec_from_triple(other._sign, self._int, self._exp, self._is_special)

    def canonical(self):
        return self

    # -------------------------------------------------------------------
    # formatting

    def __format__(self, specifier, context=None):
        """Formats like a float: types e E f F g G % n, or none."""
        if context is None:
            context = getcontext()
        spec = _parse_format_specifier(specifier)
        if self._is_special:
            sign = _format_sign(self._sign, spec)
            body = str(self.copy_abs())
            if spec['type'] == '%':
                body += '%'
            return _format_align(sign, body, spec)
        if spec['type'] is None:
            spec['type'] = ['g', 'G'][context.capitals]
        if spec['type'] == '%':
            self = _dec_from_triple(self._sign, self._int, self._exp + 2)
        rounding = context.rounding
        precision = spec['precision']
        if precision is not None:
            if spec['type'] in 'eE':
                self = self._round_figures(precision + 1, rounding)
            elif spec['type'] in 'fF%':
                self = self._rescale(-precision, rounding)
            elif spec['type'] in 'gG' and len(self._int) > precision:
                self = self._round_figures(precision, rounding)
        if not self and self._exp > 0 and spec['type'] in 'fF%':
            self = self._rescale(0, rounding)
        if not self and spec['no_neg_0'] and self._sign:
            adjusted_sign = 0
        else:
            adjusted_sign = self._sign
        leftdigits = self._exp + len(self._int)
        if spec['type'] in 'eE':
            if not self and precision is not None:
                dotplace = 1 - precision
            else:
                dotplace = 1
        elif spec['type'] in 'fF%':
            dotplace = leftdigits
        elif spec['type'] in 'gG':
            if self._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        if dotplace < 0:
            intpart = '0'
            fracpart = '0' * (-dotplace) + self._int
        elif dotplace > len(self._int):
            intpart = self._int + '0' * (dotplace - len(self._int))
            fracpart = ''
        else:
            intpart = self._int[:dotplace] or '0'
            fracpart = self._int[dotplace:]
        exp = leftdigits - dotplace
        return _format_number(adjusted_sign, intpart, fracpart, exp, spec)

    def _round_figures(self, figures, rounding):
        """self rounded to `figures` significant digits."""
        exp = self._exp + len(self._int) - figures
        return self._rescale(exp, rounding)


def _dec_from_triple(sign, coefficient, exponent, special=False):
    """A Decimal from its parts, unchecked (coefficient is a digit string)."""
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = coefficient
    self._exp = exponent
    self._is_special = special
    return self


_numbers.Number.register(Decimal)


class _SignedTerm:
    """A finite operand of an addition as a signed integer times 10**exp."""

    __slots__ = ('value', 'exp', 'ndigits')

    def __init__(self, d):
        self.value = -int(d._int) if d._sign else int(d._int)
        self.exp = d._exp
        self.ndigits = len(d._int)


def _align(a, b, prec):
    """Gives the two terms of a sum the same exponent. A term far below the
    precision of the other only matters as "a little": it is replaced by
    1 at an exponent just below the rounding point (same rounded result)."""
    big, small = (a, b) if a.exp >= b.exp else (b, a)
    floor_exp = big.exp + min(-1, big.ndigits - prec - 2)
    if small.ndigits + small.exp - 1 < floor_exp:
        small.value = -1 if small.value < 0 else 1
        small.exp = floor_exp
        small.ndigits = 1
    big.value *= 10 ** (big.exp - small.exp)
    big.exp = small.exp


def _exp_fixed(x, p):
    """(coefficient, exponent) approximating e**x to p+ significant digits,
    or None when out of any sensible range."""
    if x.adjusted() > 20:
        return None
    # x as a fixed point number with q fractional digits; the halvings below
    # (about 3.3 per digit of the integer part) each double the error of
    # the final squarings, so they cost guard digits too
    q = p + 10 + 2 * max(0, x.adjusted() + 1)
    n = int(x._int) * 10 ** (q + x._exp) if q + x._exp >= 0 else int(x._int) // 10 ** (-q - x._exp)
    if x._sign:
        n = -n
    one = 10 ** q
    # e**x = (e**(x/2**k))**(2**k) with x/2**k small
    k = 0
    while abs(n) > one // 8:
        n //= 2
        k += 1
    term = one
    total = one
    i = 1
    while term:
        term = term * n // (one * i)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one
    return total, -q


def _ln_fixed(c, e, p):
    """round(ln(c * 10**e) * 10**p) approximately (c > 0)."""
    q = p + 10
    one = 10 ** q
    # c * 10**e = m * 10**k with m in [1, 10)
    digits = len(str(c))
    k = e + digits - 1
    m = c * one // 10 ** (digits - 1)
    # ln(m) by atanh: ln(m) = 2 atanh((m - 1) / (m + 1)), after taking square
    # roots to bring m near 1
    halvings = 0
    while m > one + one // 100:
        m = _math.isqrt(m * one)
        halvings += 1
    y = (m - one) * one // (m + one)
    y2 = y * y // one
    term = y
    total = 0
    i = 1
    while term:
        total += term // i
        term = term * y2 // one
        i += 2
    ln_m = 2 * total * 2 ** halvings
    ln10 = _ln10_fixed(q)
    return (ln_m + k * ln10) // 10 ** (q - p)


_ln10_cache = {}


def _ln10_fixed(q):
    """ln(10) * 10**q."""
    if q not in _ln10_cache:
        one = 10 ** (q + 5)
        # ln 10 = 3 ln 2 + ln 1.25, both from atanh series
        def atanh_inv(n):
            # atanh(1/n) * one
            total = 0
            term = one // n
            n2 = n * n
            i = 1
            while term:
                total += term // i
                term //= n2
                i += 2
            return total
        ln2 = 2 * atanh_inv(3)
        ln125 = 2 * atanh_inv(9)
        _ln10_cache[q] = (3 * ln2 + ln125) // 10 ** 5
    return _ln10_cache[q]


def _convert_other(other, raiseit=False, allow_float=False):
    """other as a Decimal (ints convert), or NotImplemented / TypeError."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raiseit:
        raise TypeError("Unable to convert %s to Decimal" % other)
    return NotImplemented


def _convert_for_comparison(self, other, equality_op=False):
    """(self, other) both Decimals for a comparison: floats convert exactly
    (setting FloatOperation), Fractions by scaling."""
    if isinstance(other, Decimal):
        return self, other
    if isinstance(other, _numbers.Rational):
        if not self._is_special:
            self = _dec_from_triple(self._sign, str(int(self._int) * other.denominator), self._exp)
        return self, Decimal(other.numerator)
    if equality_op and isinstance(other, _numbers.Complex) and other.imag == 0:
        other = other.real
    if isinstance(other, float):
        context = getcontext()
        if equality_op:
            context.flags[FloatOperation] = 1
        else:
            context._raise_error(FloatOperation, "strict semantics for mixing floats and Decimals are enabled")
        return self, Decimal.from_float(other)
    return NotImplemented, NotImplemented


################################################################################
### Format specifications
################################################################################

def _parse_format_specifier(format_spec):
    """The fields of a format specification (fill, align, sign, zeropad,
    minimumwidth, thousands_sep, precision, type)."""
    import re
    m = re.fullmatch(r"""(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<no_neg_0>z)?(?P<alt>\#)?
                         (?P<zeropad>0)?(?P<minimumwidth>\d+)?(?P<thousands_sep>[,_])?
                         (?:\.(?P<precision>\d+))?(?P<type>[eEfFgGn%])?""",
                     format_spec, re.DOTALL | re.VERBOSE)
    if m is None:
        raise ValueError("Invalid format specifier: " + format_spec)
    spec = m.groupdict()
    fill = spec['fill']
    zeropad = spec['zeropad']
    spec['zeropad'] = bool(zeropad)
    if spec['zeropad'] and fill is None:
        fill = '0'
        spec['align'] = spec['align'] or '='
    spec['fill'] = fill or ' '
    spec['align'] = spec['align'] or '>'
    spec['sign'] = spec['sign'] or '-'
    spec['no_neg_0'] = bool(spec['no_neg_0'])
    spec['minimumwidth'] = int(spec['minimumwidth'] or '0')
    if spec['precision'] is not None:
        spec['precision'] = int(spec['precision'])
    if spec['precision'] == 0 and spec['type'] in ('g', 'G'):
        spec['precision'] = 1
    if spec['type'] == 'n':
        spec['type'] = 'g'
    spec['thousands_sep'] = spec['thousands_sep'] or ''
    return spec


def _format_sign(is_negative, spec):
    if is_negative:
        return '-'
    if spec['sign'] in ' +':
        return spec['sign']
    return ''


def _format_align(sign, body, spec):
    """sign and body padded to the minimum width as the spec aligns them."""
    minimumwidth = spec['minimumwidth']
    fill = spec['fill']
    padding = fill * (minimumwidth - len(sign) - len(body))
    align = spec['align']
    if align == '<':
        return sign + body + padding
    if align == '>':
        return padding + sign + body
    if align == '=':
        return sign + padding + body
    half = len(padding) // 2
    return padding[:half] + sign + body + padding[half:]


def _group_digits(digits, sep, min_width):
    """digits zero-padded to min_width characters (separators counted),
    with sep between groups of three when given."""
    if not sep:
        return digits.rjust(min_width, '0')
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append(digits[-size:].rjust(size, '0'))
        digits = digits[:-size]
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format_number(is_negative, intpart, fracpart, exp, spec):
    sign = _format_sign(is_negative, spec)
    if fracpart or spec['alt']:
        fracpart = '.' + fracpart
    if exp != 0 or spec['type'] in 'eE':
        echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[spec['type']]
        fracpart += "{0}{1:+}".format(echar, exp)
    if spec['type'] == '%':
        fracpart += '%'
    if spec['zeropad']:
        min_width = spec['minimumwidth'] - len(fracpart) - len(sign)
    else:
        min_width = 0
    intpart = _group_digits(intpart, spec['thousands_sep'], min_width)
    return _format_align(sign, intpart + fracpart, spec)


################################################################################
### Context
################################################################################

class Context(object):
    """The environment of arithmetic operations: precision, rounding, the
    exponent limits, and which signals are trapped or flagged."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None, _ignored_flags=None):
        try:
            dc = DefaultContext
        except NameError:
            pass
        self.prec = prec if prec is not None else dc.prec
        self.rounding = rounding if rounding is not None else dc.rounding
        self.Emin = Emin if Emin is not None else dc.Emin
        self.Emax = Emax if Emax is not None else dc.Emax
        self.capitals = capitals if capitals is not None else dc.capitals
        self.clamp = clamp if clamp is not None else dc.clamp
        self._ignored_flags = [] if _ignored_flags is None else _ignored_flags
        if traps is None:
            self.traps = dc.traps.copy()
        elif not isinstance(traps, dict):
            self.traps = dict((s, int(s in traps)) for s in _signals + traps)
        else:
            self.traps = traps
        if flags is None:
            self.flags = dict.fromkeys(_signals, 0)
        elif not isinstance(flags, dict):
            self.flags = dict((s, int(s in flags)) for s in _signals + flags)
        else:
            self.flags = flags

    def __setattr__(self, name, value):
        if name == 'prec':
            self._check_int(name, value, 1, MAX_PREC)
        elif name == 'Emin':
            self._check_int(name, value, MIN_EMIN, 0)
        elif name == 'Emax':
            self._check_int(name, value, 0, MAX_EMAX)
        elif name in ('capitals', 'clamp'):
            self._check_int(name, value, 0, 1)
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n"
                                "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                                "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                                "   ROUND_05UP]")
        elif name in ('flags', 'traps') and not isinstance(value, dict):
            value = dict((s, int(s in value)) for s in _signals)
        object.__setattr__(self, name, value)

    @staticmethod
    def _check_int(name, value, vmin, vmax):
        if not isinstance(value, int):
            raise TypeError("%s must be an integer" % name)
        if not vmin <= value <= vmax:
            raise ValueError("valid range for %s is [%s, %s]" % (name, vmin, vmax))

    def __delattr__(self, name):
        raise AttributeError("%s cannot be deleted" % name)

    def __reduce__(self):
        flags = [sig for sig, v in self.flags.items() if v]
        traps = [sig for sig, v in self.traps.items() if v]
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                                 self.clamp, flags, traps))

    def __repr__(self):
        """Context(prec=28, rounding=ROUND_HALF_EVEN, ...)."""
        s = []
        s.append('Context(prec=%(prec)d, rounding=%(rounding)s, '
                 'Emin=%(Emin)d, Emax=%(Emax)d, capitals=%(capitals)d, clamp=%(clamp)d' % vars(self))
        names = [f.__name__ for f in _repr_order if self.flags.get(f)]
        s.append('flags=[' + ', '.join(names) + ']')
        names = [t.__name__ for t in _repr_order if self.traps.get(t)]
        s.append('traps=[' + ', '.join(names) + ']')
        return ', '.join(s) + ')'

    def clear_flags(self):
        """Resets all the flags to 0."""
        for flag in self.flags:
            self.flags[flag] = 0

    def clear_traps(self):
        """Resets all the traps to 0."""
        for flag in self.traps:
            self.traps[flag] = 0

    def _shallow_copy(self):
        """A copy sharing the flags and traps."""
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       self.flags, self.traps, self._ignored_flags)

    def copy(self):
        """A deep copy of the context."""
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       self.flags.copy(), self.traps.copy(), self._ignored_flags)

    __copy__ = copy

    def _raise_error(self, condition, explanation=None, *args):
        """Sets the flag of a condition's signal and returns its default
        result, or raises when the signal is trapped."""
        error = _condition_map.get(condition, condition)
        if error in self._ignored_flags:
            return error().handle(self, *args)
        self.flags[error] = 1
        if not self.traps[error]:
            return condition().handle(self, *args)
        raise error([condition])

    def Etiny(self):
        """The smallest exponent of a subnormal number: Emin - prec + 1."""
        return int(self.Emin - self.prec + 1)

    def Etop(self):
        """The largest exponent of a number with prec digits: Emax - prec + 1."""
        return int(self.Emax - self.prec + 1)

    def create_decimal(self, num='0'):
        """A Decimal from num, rounded to this context."""
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._raise_error(ConversionSyntax, "trailing or leading whitespace and "
                                     "underscores are not permitted.")
        d = Decimal(num, context=self)
        if d._isnan() and len(d._int) > self.prec - self.clamp:
            return self._raise_error(ConversionSyntax, "diagnostic info too long in NaN")
        return d._fix(self)

    def create_decimal_from_float(self, f):
        """A Decimal from a float, rounded to this context."""
        d = Decimal.from_float(f)
        return d._fix(self)

    # the arithmetic of the spec as context methods
    def abs(self, a):
        return _convert_other(a, raiseit=True).__abs__(context=self)

    def add(self, a, b):
        r = _convert_other(a, raiseit=True).__add__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def canonical(self, a):
        return a.canonical()

    def compare(self, a, b):
        return _convert_other(a, raiseit=True).compare(b, context=self)

    def compare_signal(self, a, b):
        return _convert_other(a, raiseit=True).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return _convert_other(a, raiseit=True).compare_total(b)

    def copy_abs(self, a):
        return _convert_other(a, raiseit=True).copy_abs()

    def copy_decimal(self, a):
        return Decimal(_convert_other(a, raiseit=True))

    def copy_negate(self, a):
        return _convert_other(a, raiseit=True).copy_negate()

    def copy_sign(self, a, b):
        return _convert_other(a, raiseit=True).copy_sign(b)

    def divide(self, a, b):
        r = _convert_other(a, raiseit=True).__truediv__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def divide_int(self, a, b):
        r = _convert_other(a, raiseit=True).__floordiv__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def divmod(self, a, b):
        r = _convert_other(a, raiseit=True).__divmod__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def exp(self, a):
        return _convert_other(a, raiseit=True).exp(context=self)

    def fma(self, a, b, c):
        return _convert_other(a, raiseit=True).fma(b, c, context=self)

    def is_canonical(self, a):
        return True

    def is_finite(self, a):
        return _convert_other(a, raiseit=True).is_finite()

    def is_infinite(self, a):
        return _convert_other(a, raiseit=True).is_infinite()

    def is_nan(self, a):
        return _convert_other(a, raiseit=True).is_nan()

    def is_normal(self, a):
        return _convert_other(a, raiseit=True).is_normal(context=self)

    def is_qnan(self, a):
        return _convert_other(a, raiseit=True).is_qnan()

    def is_signed(self, a):
        return _convert_other(a, raiseit=True).is_signed()

    def is_snan(self, a):
        return _convert_other(a, raiseit=True).is_snan()

    def is_subnormal(self, a):
        return _convert_other(a, raiseit=True).is_subnormal(context=self)

    def is_zero(self, a):
        return _convert_other(a, raiseit=True).is_zero()

    def ln(self, a):
        return _convert_other(a, raiseit=True).ln(context=self)

    def log10(self, a):
        return _convert_other(a, raiseit=True).log10(context=self)

    def logb(self, a):
        return _convert_other(a, raiseit=True).logb(context=self)

    def max(self, a, b):
        return _convert_other(a, raiseit=True).max(b, context=self)

    def min(self, a, b):
        return _convert_other(a, raiseit=True).min(b, context=self)

    def minus(self, a):
        return _convert_other(a, raiseit=True).__neg__(context=self)

    def multiply(self, a, b):
        r = _convert_other(a, raiseit=True).__mul__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def normalize(self, a):
        return _convert_other(a, raiseit=True).normalize(context=self)

    def number_class(self, a):
        return _convert_other(a, raiseit=True).number_class(context=self)

    def plus(self, a):
        return _convert_other(a, raiseit=True).__pos__(context=self)

    def power(self, a, b, modulo=None):
        a = _convert_other(a, raiseit=True)
        r = a.__pow__(b, modulo, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def quantize(self, a, b):
        return _convert_other(a, raiseit=True).quantize(b, context=self)

    def radix(self):
        return Decimal(10)

    def remainder(self, a, b):
        r = _convert_other(a, raiseit=True).__mod__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def remainder_near(self, a, b):
        return _convert_other(a, raiseit=True).remainder_near(b, context=self)

    def same_quantum(self, a, b):
        return _convert_other(a, raiseit=True).same_quantum(b)

    def scaleb(self, a, b):
        return _convert_other(a, raiseit=True).scaleb(b, context=self)

    def sqrt(self, a):
        return _convert_other(a, raiseit=True).sqrt(context=self)

    def subtract(self, a, b):
        r = _convert_other(a, raiseit=True).__sub__(b, context=self)
        if r is NotImplemented:
            raise TypeError("Unable to convert %s to Decimal" % b)
        return r

    def to_eng_string(self, a):
        return _convert_other(a, raiseit=True).to_eng_string(context=self)

    def to_sci_string(self, a):
        return _convert_other(a, raiseit=True).__str__(context=self)

    def to_integral_exact(self, a):
        return _convert_other(a, raiseit=True).to_integral_exact(context=self)

    def to_integral_value(self, a):
        return _convert_other(a, raiseit=True).to_integral_value(context=self)

    to_integral = to_integral_value


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps={s: int(s in (DivisionByZero, Overflow, InvalidOperation)) for s in _signals},
                         flags=dict.fromkeys(_signals, 0), Emax=999999, Emin=-999999, capitals=1, clamp=0)

BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow], flags=[])

ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])


_Infinity = Decimal('Inf')
_NegativeInfinity = Decimal('-Inf')
_NaN = Decimal('NaN')
_Zero = Decimal(0)
_One = Decimal(1)
_NegativeOne = Decimal(-1)
_SignedInfinity = (_Infinity, _NegativeInfinity)
