"""Decimal floating point arithmetic (the General Decimal Arithmetic
Specification), behaving like CPython's C decimal module.

A finite Decimal is sign, integer coefficient and exponent: (-1)**sign *
coef * 10**exp. Operations are computed exactly (or with enough guard digits)
and then rounded once to the context. Every operation collects the conditions
it meets in a list; the context then sets their flags in one go and raises
the first trapped signal, as the C implementation does."""

import math as _math
import numbers as _numbers
import sys as _sys
import contextvars as _contextvars
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

HAVE_THREADS = True
HAVE_CONTEXTVAR = True
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---------------------------------------------------------------------------
# Rounding modes. Each decides, for a coefficient q about to lose a nonzero
# tail, whether q moves one unit away from zero; `tail` is the sign of
# (dropped part - half a unit).

ROUND_UP = 'ROUND_UP'
ROUND_DOWN = 'ROUND_DOWN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDS_AWAY = {
    ROUND_DOWN: lambda q, tail, sign: False,
    ROUND_UP: lambda q, tail, sign: True,
    ROUND_HALF_UP: lambda q, tail, sign: tail >= 0,
    ROUND_HALF_DOWN: lambda q, tail, sign: tail > 0,
    ROUND_HALF_EVEN: lambda q, tail, sign: tail > 0 or (tail == 0 and q % 2 == 1),
    ROUND_CEILING: lambda q, tail, sign: not sign,
    ROUND_FLOOR: lambda q, tail, sign: bool(sign),
    ROUND_05UP: lambda q, tail, sign: q % 5 == 0,
}


# ---------------------------------------------------------------------------
# Signals and conditions

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The order of flags/traps dicts and of the exception raised when several
# trapped signals occur at once.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped)
# The order a context's repr lists them in.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow)
# Conditions finer than their signal, and the order conditions are listed in
# the argument of a raised signal.
_INVALID_CONDITIONS = (InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
                       InvalidContext)
_CONDITION_ORDER = _INVALID_CONDITIONS + _SIGNALS[1:]


def _signal_of(condition):
    return InvalidOperation if condition in _INVALID_CONDITIONS else condition


# ---------------------------------------------------------------------------
# The current context: one per thread / asyncio task, as with contextvars.

_current_context = _contextvars.ContextVar('decimal_context')


def getcontext():
    context = _current_context.get(None)
    if context is None:
        # each thread or task starts with a fresh copy of DefaultContext
        context = Context()
        _current_context.set(context)
    return context


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current_context.set(context)


_CONTEXT_FIELDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """A with-block in which a copy of ctx (default: the current context),
    changed by kwargs, is the current context."""
    if ctx is None:
        ctx = getcontext()
    inner = ctx.copy()
    for key, value in kwargs.items():
        if key not in _CONTEXT_FIELDS:
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(inner, key, value)
    return _LocalContext(inner)


class _LocalContext:
    def __init__(self, context):
        self.context = context

    def __enter__(self):
        self.token = _current_context.set(self.context)
        return self.context

    def __exit__(self, *exc_info):
        _current_context.reset(self.token)


# ---------------------------------------------------------------------------
# Integer helpers

# kinds in the order of the total ordering of magnitudes
_FINITE, _INF, _SNAN, _QNAN = 0, 1, 2, 3


def _ndigits(n):
    """Number of decimal digits of n >= 0 (1 for 0)."""
    if n < 10:
        return 1
    # (bits - 1) * log10(2) rounded down never exceeds log10(n)
    k = ((n.bit_length() - 1) * 1233) >> 12
    while n >= 10 ** (k + 1):
        k += 1
    return k + 1


def _strip_zeros(coef, exp, limit):
    """Removes trailing zeros from coef while exp stays <= limit."""
    while exp < limit and coef and coef % 10 == 0:
        coef //= 10
        exp += 1
    return coef, exp


def _drop_digits(coef, n, sign, rounding):
    """(coef without its last n > 0 digits, rounded; whether the dropped
    digits were nonzero)."""
    if coef and n > coef.bit_length():
        # all of coef lies below a tenth of the unit: any nonzero value
        # that small rounds the same way
        coef, n = 1, 2
    unit = 10 ** n
    q, r = divmod(coef, unit)
    if not r:
        return q, False
    twice = 2 * r
    tail = (twice > unit) - (twice < unit)
    if _ROUNDS_AWAY[rounding](q, tail, sign):
        q += 1
    return q, True


def _make(sign, coef, exp, kind=_FINITE):
    d = object.__new__(Decimal)
    d._sign, d._coef, d._exp, d._kind = sign, coef, exp, kind
    return d


def _adjusted(d):
    return d._exp + _ndigits(d._coef) - 1


def _finish(ctx, st, sign, coef, exp, rounding=None):
    """The finite value (-1)**sign * coef * 10**exp fitted to the context:
    rounded to its precision, limited to its exponent range."""
    rounding = rounding or ctx.rounding
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    if not coef:
        top = etop if ctx.clamp else ctx.Emax
        if not etiny <= exp <= top:
            exp = min(max(exp, etiny), top)
            st.append(Clamped)
        return _make(sign, 0, exp)
    adj = exp + _ndigits(coef) - 1
    if adj > ctx.Emax:
        return _overflow(ctx, st, sign, rounding)
    subnormal = adj < ctx.Emin
    if subnormal:
        st.append(Subnormal)
    excess = max(adj - prec + 1, etiny) - exp
    if excess > 0:
        coef, inexact = _drop_digits(coef, excess, sign, rounding)
        exp += excess
        st.append(Rounded)
        if inexact:
            st.append(Inexact)
            if subnormal:
                st.append(Underflow)
                if not coef:
                    st.append(Clamped)
        if _ndigits(coef) > prec:
            coef //= 10
            exp += 1
            if exp + prec - 1 > ctx.Emax:
                return _overflow(ctx, st, sign, rounding)
    if ctx.clamp and exp > etop:
        coef *= 10 ** (exp - etop)
        exp = etop
        st.append(Clamped)
    return _make(sign, coef, exp)


def _overflow(ctx, st, sign, rounding):
    st.extend((Overflow, Inexact, Rounded))
    # infinity exactly when the mode rounds a value above a half away from zero
    if _ROUNDS_AWAY[rounding](1, 1, sign):
        return _INFINITIES[sign]
    return _make(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _fit(ctx, st, d):
    """d (any kind) fitted to the context."""
    if d._kind == _FINITE:
        return _finish(ctx, st, d._sign, d._coef, d._exp)
    if d._kind == _INF:
        return d
    return _quiet(ctx, d)


def _quiet(ctx, d):
    """A NaN as a quiet NaN whose payload fits the precision."""
    room = ctx.prec - ctx.clamp
    payload = d._coef
    if _ndigits(payload) > room:
        payload %= 10 ** room
    return _make(d._sign, payload, 0, _QNAN)


def _nan_result(ctx, st, *operands):
    """The result of an operation with a NaN operand (the first signaling
    NaN wins, and signals InvalidOperation), or None."""
    for d in operands:
        if d._kind == _SNAN:
            st.append(InvalidOperation)
            return _quiet(ctx, d)
    for d in operands:
        if d._kind == _QNAN:
            return _quiet(ctx, d)
    return None


def _invalid(st, condition=InvalidOperation):
    st.append(condition)
    return _NAN


def _rescale(d, exp, rounding):
    """(finite d with exponent exp, whether nonzero digits were dropped)."""
    if d._exp >= exp:
        return _make(d._sign, d._coef * 10 ** (d._exp - exp), exp), False
    if not d._coef:
        return _make(d._sign, 0, exp), False
    coef, inexact = _drop_digits(d._coef, exp - d._exp, d._sign, rounding)
    return _make(d._sign, coef, exp), inexact


def _to_figures(d, figures, rounding):
    """Finite nonzero d rounded to `figures` significant digits."""
    for _ in range(2):  # a carry (9.99 -> 10.0) needs a second pass
        d = _rescale(d, _adjusted(d) + 1 - figures, rounding)[0]
    return d


def _is_integral(d):
    return d._kind == _FINITE and (d._exp >= 0 or d._coef % 10 ** -d._exp == 0)


def _aligned(a, b):
    """The coefficients of finite a and b scaled to their smaller exponent."""
    exp = min(a._exp, b._exp)
    return a._coef * 10 ** (a._exp - exp), b._coef * 10 ** (b._exp - exp), exp


# ---------------------------------------------------------------------------
# Parsing

def _parse(text):
    """A Decimal for a numeric string, or None when it is malformed.
    Whitespace around it and underscores between digits are allowed."""
    s = text.strip()
    if '_' in s:
        for i, ch in enumerate(s):
            if ch == '_' and not (0 < i < len(s) - 1 and s[i - 1].isdecimal() and s[i + 1].isdecimal()):
                return None
        s = s.replace('_', '')
    sign = 0
    if s[:1] in ('+', '-'):
        sign = int(s[0] == '-')
        s = s[1:]
    word = s.lower()
    if word in ('inf', 'infinity'):
        return _make(sign, 0, 0, _INF)
    for prefix, kind in (('snan', _SNAN), ('nan', _QNAN)):
        if word.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not payload.isdecimal():
                return None
            return _make(sign, int(payload or '0'), 0, kind)
    number, e, exponent = word.partition('e')
    exp = 0
    if e:
        unsigned = exponent[1:] if exponent[:1] in ('+', '-') else exponent
        if not unsigned.isdecimal():
            return None
        exp = int(exponent)
    whole, _, fraction = number.partition('.')
    if not (whole or fraction) or not all(part.isdecimal() for part in (whole, fraction) if part):
        return None
    return _make(sign, int(whole + fraction), exp - len(fraction))


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    kinds = {'F': _INF, 'n': _QNAN, 'N': _SNAN}
    if isinstance(exp, str):
        if exp not in kinds:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    coef = 0
    for digit in digits:
        if not (isinstance(digit, int) and 0 <= digit <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        coef = coef * 10 + digit
    if isinstance(exp, str):
        return _make(sign, 0 if exp == 'F' else coef, 0, kinds[exp])
    return _make(sign, coef, int(exp))


def _from_float(f):
    if f != f or f in (_math.inf, -_math.inf):
        return _parse(repr(f))
    sign = int(_math.copysign(1.0, f) < 0)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1          # d == 2**k, and n/2**k == n*5**k/10**k
    return _make(sign, n * 5 ** k, -k)


def _strict(value):
    """value as a Decimal for the named methods: ints convert, nothing else."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _make(int(value < 0), abs(value), 0)
    raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)


def _operand(value):
    """value as a Decimal for the operators, or NotImplemented."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _make(int(value < 0), abs(value), 0)
    return NotImplemented


def _run(core, context, *operands):
    """Runs core(ctx, st, *operands) in the context, then signals what it met."""
    ctx = context if context is not None else getcontext()
    st = []
    result = core(ctx, st, *operands)
    ctx._signal(st)
    return result


# ---------------------------------------------------------------------------
# Arithmetic cores: core(ctx, st, operands...) -> result

def _plus(ctx, st, a):
    nan = _nan_result(ctx, st, a)
    if nan is not None:
        return nan
    if a._kind == _INF:
        return a
    # 0 + a: a zero takes the sign + (- when rounding toward -infinity)
    sign = a._sign if a._coef else (a._sign and ctx.rounding == ROUND_FLOOR)
    return _finish(ctx, st, int(sign), a._coef, a._exp)


def _minus(ctx, st, a):
    return _plus(ctx, st, a.copy_negate() if a._kind < _SNAN else a)


def _abs(ctx, st, a):
    return _plus(ctx, st, a.copy_abs() if a._kind < _SNAN else a)


def _add(ctx, st, a, b):
    if a._kind or b._kind:
        nan = _nan_result(ctx, st, a, b)
        if nan is not None:
            return nan
        if a._kind == _INF:
            if b._kind == _INF and a._sign != b._sign:
                return _invalid(st)
            return a
        return b
    if not a._coef or not b._coef:
        if not a._coef and not b._coef:
            sign = a._sign if a._sign == b._sign else int(ctx.rounding == ROUND_FLOOR)
            return _finish(ctx, st, sign, 0, min(a._exp, b._exp))
        big = a if a._coef else b
        # the zero's exponent only matters down to just below the precision
        exp = max(min(a._exp, b._exp), big._exp - ctx.prec - 1)
        return _finish(ctx, st, big._sign, big._coef * 10 ** (big._exp - exp), exp)
    high, low = (a, b) if a._exp >= b._exp else (b, a)
    floor = min(high._exp, _adjusted(high) - ctx.prec - 1)
    if _adjusted(low) < floor:
        # low is far below the rounding digit of the sum: only its sign
        # and its being nonzero matter
        low = _make(low._sign, 1, floor - 1)
    exp = low._exp
    total = (-high._coef if high._sign else high._coef) * 10 ** (high._exp - exp)
    total += -low._coef if low._sign else low._coef
    if total:
        sign = int(total < 0)
    else:
        sign = int(ctx.rounding == ROUND_FLOOR)
    return _finish(ctx, st, sign, abs(total), exp)


def _subtract(ctx, st, a, b):
    if a._kind >= _SNAN or b._kind >= _SNAN:
        return _nan_result(ctx, st, a, b)
    return _add(ctx, st, a, b.copy_negate())


def _multiply(ctx, st, a, b):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nan_result(ctx, st, a, b)
        if nan is not None:
            return nan
        finite = b if a._kind else a
        if finite._kind == _FINITE and not finite._coef:
            return _invalid(st)
        return _INFINITIES[sign]
    return _finish(ctx, st, sign, a._coef * b._coef, a._exp + b._exp)


def _divide(ctx, st, a, b):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nan_result(ctx, st, a, b)
        if nan is not None:
            return nan
        if a._kind == _INF:
            return _invalid(st) if b._kind == _INF else _INFINITIES[sign]
        st.append(Clamped)
        return _make(sign, 0, ctx.Emin - ctx.prec + 1)
    if not b._coef:
        if not a._coef:
            return _invalid(st, DivisionUndefined)
        st.append(DivisionByZero)
        return _INFINITIES[sign]
    ideal = a._exp - b._exp
    if not a._coef:
        return _finish(ctx, st, sign, 0, ideal)
    # scale the dividend so the quotient has at least prec + 1 digits
    shift = max(0, _ndigits(b._coef) - _ndigits(a._coef) + ctx.prec + 1)
    q, r = divmod(a._coef * 10 ** shift, b._coef)
    exp = ideal - shift
    if r:
        # q has a digit below the rounding digit: make it nonzero (and not
        # a 5) so that the remainder counts in the rounding
        if q % 5 == 0:
            q += 1
    else:
        q, exp = _strip_zeros(q, exp, ideal)
    return _finish(ctx, st, sign, q, exp)


def _divide_integer(ctx, a, b):
    """(a // b truncated towards zero, (sign, coefficient, exponent) of
    a % b) for finite a and nonzero b; None when the quotient has more than
    prec digits."""
    qsign = a._sign ^ b._sign
    if b._kind == _INF or not a._coef or _adjusted(a) - _adjusted(b) <= -2:
        exp = a._exp if b._kind == _INF else min(a._exp, b._exp)
        return _make(qsign, 0, 0), (a._sign, a._coef * 10 ** (a._exp - exp), exp)
    if _adjusted(a) - _adjusted(b) > ctx.prec:
        return None
    n, d, exp = _aligned(a, b)
    q, r = divmod(n, d)
    if _ndigits(q) > ctx.prec:
        return None
    return _make(qsign, q, 0), (a._sign, r, exp)


def _integer_division(want_quotient, want_remainder):
    """The core of //, % or divmod."""
    def core(ctx, st, a, b):
        nan = _nan_result(ctx, st, a, b)
        quotient = remainder = nan
        sign = a._sign ^ b._sign
        if nan is not None:
            pass
        elif a._kind == _INF:
            if b._kind == _INF:
                quotient = remainder = _invalid(st)
            else:
                quotient = _INFINITIES[sign]
                remainder = _invalid(st) if want_remainder else None
        elif b._kind == _FINITE and not b._coef:
            if not a._coef:
                quotient = remainder = _invalid(st, DivisionUndefined)
            else:
                if want_quotient:
                    st.append(DivisionByZero)
                    quotient = _INFINITIES[sign]
                remainder = _invalid(st) if want_remainder else None
        else:
            parts = _divide_integer(ctx, a, b)
            if parts is None:
                quotient = remainder = _invalid(st, DivisionImpossible)
            else:
                quotient = parts[0]
                remainder = _finish(ctx, st, *parts[1]) if want_remainder else None
        if want_quotient and want_remainder:
            return quotient, remainder
        return quotient if want_quotient else remainder
    return core


_floor_divide = _integer_division(True, False)
_remainder = _integer_division(False, True)
_divmod = _integer_division(True, True)


def _remainder_near(ctx, st, a, b):
    nan = _nan_result(ctx, st, a, b)
    if nan is not None:
        return nan
    if a._kind == _INF:
        return _invalid(st)
    if b._kind == _INF:
        return _fit(ctx, st, a)
    if not b._coef:
        return _invalid(st, InvalidOperation if a._coef else DivisionUndefined)
    exp = min(a._exp, b._exp)
    if not a._coef:
        return _finish(ctx, st, a._sign, 0, exp)
    gap = _adjusted(a) - _adjusted(b)
    if gap > ctx.prec:
        return _invalid(st, DivisionImpossible)
    if gap <= -2:
        return _finish(ctx, st, a._sign, a._coef * 10 ** (a._exp - exp), exp)
    n, d, exp = _aligned(a, b)
    q, r = divmod(n, d)
    # nearest integer quotient, ties to even
    if 2 * r > d or (2 * r == d and q % 2):
        q += 1
        r -= d
    if _ndigits(q) > ctx.prec:
        return _invalid(st, DivisionImpossible)
    return _finish(ctx, st, a._sign ^ int(r < 0), abs(r), exp)


def _fma(ctx, st, a, b, c):
    nan = _nan_result(ctx, st, a, b, c)
    if nan is not None:
        return nan
    product = _multiply(_EXACT, st, a, b)
    if product._kind == _QNAN:
        return product
    return _add(ctx, st, product, c)


def _sqrt(ctx, st, a):
    nan = _nan_result(ctx, st, a)
    if nan is not None:
        return nan
    if not a._coef and a._kind == _FINITE:
        return _finish(ctx, st, a._sign, 0, a._exp // 2)
    if a._sign:
        return _invalid(st)
    if a._kind == _INF:
        return a
    coef, exp = a._coef, a._exp
    if exp % 2:
        coef *= 10
        exp -= 1
    # root digits: (digits of coef)/2 + pairs, at least prec + 1 of them
    pairs = max(0, ctx.prec + 1 - (_ndigits(coef) + 1) // 2)
    scaled = coef * 100 ** pairs
    root = _math.isqrt(scaled)
    exp = exp // 2 - pairs
    if root * root == scaled:
        root, exp = _strip_zeros(root, exp, a._exp // 2)
    elif root % 5 == 0:
        root += 1
    return _finish(ctx, st, 0, root, exp, ROUND_HALF_EVEN)


def _exp(ctx, st, a):
    nan = _nan_result(ctx, st, a)
    if nan is not None:
        return nan
    if a._kind == _INF:
        return _ZERO if a._sign else a
    if not a._coef:
        return _ONE
    extreme = _beyond_range(ctx, st, 0, float(a), ROUND_HALF_EVEN)
    if extreme is not None:
        return extreme
    return _correctly_rounded(ctx, st, 0, lambda digits: _exp_approx(a, digits))


def _ln(ctx, st, a):
    nan = _nan_result(ctx, st, a)
    if nan is not None:
        return nan
    if not a._coef and a._kind == _FINITE:
        return _NEG_INFINITY
    if a._sign:
        return _invalid(st)
    if a._kind == _INF:
        return a
    relation = _cmp(a, _ONE)
    if relation == 0:
        return _ZERO
    return _correctly_rounded(ctx, st, int(relation < 0), lambda digits: _ln_approx(a, digits))


def _log10(ctx, st, a):
    nan = _nan_result(ctx, st, a)
    if nan is not None:
        return nan
    if not a._coef and a._kind == _FINITE:
        return _NEG_INFINITY
    if a._sign:
        return _invalid(st)
    if a._kind == _INF:
        return a
    if a._coef == 10 ** (_ndigits(a._coef) - 1):
        return _fit(ctx, st, Decimal(_adjusted(a)))
    sign = int(_cmp(a, _ONE) < 0)
    return _correctly_rounded(ctx, st, sign, lambda digits: _log10_approx(a, digits))


def _power(ctx, st, a, b):
    nan = _nan_result(ctx, st, a, b)
    if nan is not None:
        return nan
    integral = _is_integral(b)
    sign = int(integral and a._sign == 1 and _is_odd(b))
    if a._kind == _FINITE and not a._coef:
        if b._kind == _FINITE and not b._coef:
            return _invalid(st)
        return _INFINITIES[sign] if b._sign else _make(sign, 0, 0)
    if a._sign and not integral:
        return _invalid(st)
    if b._kind == _INF:
        relation = _cmp(a, _ONE)
        if relation == 0:
            st.extend((Inexact, Rounded))
            return _make(sign, 10 ** (ctx.prec - 1), 1 - ctx.prec)
        return _INFINITIES[sign] if (relation > 0) != bool(b._sign) else _make(sign, 0, 0)
    if a._kind == _INF:
        if not b._coef:
            return _make(sign, 1, 0)
        return _make(sign, 0, 0) if b._sign else _INFINITIES[sign]
    if not b._coef:
        return _make(sign, 1, 0)
    a = a.copy_abs()
    if _cmp(a, _ONE) == 0:
        return _power_of_one(ctx, st, sign, a, b, integral)
    extreme = _power_out_of_range(ctx, st, sign, a, b)
    if extreme is not None:
        return extreme
    # As in the C implementation, the power is first rounded half-even in a
    # context with guard digits, then rounded to the context.
    if integral and _adjusted(b) < 6 and _ndigits(a._coef) * abs(int(b)) <= 5000:
        n = int(b)
        work = _work_context(ctx.prec + _ndigits(b._coef) + b._exp + 2 + b._sign, ctx.Emin, ctx.Emax)
        power = _make(sign, a._coef ** abs(n), a._exp * abs(n))
        if n > 0:
            power = _fit(work, st, power)
        else:
            power = _divide(work, st, _make(sign, 1, 0), power.copy_abs())
    else:
        work = _work_context(max(_ndigits(a._coef), ctx.prec) + 23, MIN_EMIN, MAX_EMAX)
        power = _correctly_rounded(work, [], sign, lambda digits: _power_approx(a, b, digits))
        st.extend((Inexact, Rounded))
        if _cmp(power.copy_abs(), _ONE) == 0:
            power = _make(sign, 10 ** (ctx.prec - 1), 1 - ctx.prec)
    if power._kind == _INF:
        return _overflow(ctx, st, sign, ctx.rounding)
    return _fit(ctx, st, power)


def _is_odd(b):
    """Whether integral b is odd."""
    return b._exp == 0 and b._coef % 2 == 1 or b._exp < 0 and b._coef // 10 ** -b._exp % 2 == 1


def _power_of_one(ctx, st, sign, a, b, integral):
    """(+-1 with any exponent) ** b: exact for integral b (1.0**3 is
    1.000), else 1 with prec digits."""
    if integral and b._sign:
        return _make(sign, 1, 0)
    if integral:
        zeros = -a._exp * int(b)
        if zeros > ctx.prec - 1:
            zeros = ctx.prec - 1
            st.append(Rounded)
    else:
        zeros = ctx.prec - 1
        st.extend((Inexact, Rounded))
    return _make(sign, 10 ** zeros, -zeros)


def _power_out_of_range(ctx, st, sign, a, b):
    """The result of a ** b (a > 0, a != 1) when the exponents alone show
    it far beyond the context's range (the C implementation's bounds, so
    that results agree); else None."""
    t = _adjusted(a)
    if t > 0:
        # a lower bound of log10(|log10(a)|)
        zeta = _ndigits(t) - 1
    elif t < -1:
        zeta = _ndigits(-t - 1) - 1
    else:
        distance = abs(a._coef - 10 ** -a._exp)
        zeta = a._exp + _ndigits(distance) - 1 - (2 if t == 0 else 1)
    theta = _adjusted(b)
    if (t < 0) == bool(b._sign):
        if _ndigits(ctx.Emax) < zeta + theta:
            return _overflow(ctx, st, sign, ctx.rounding)
    elif _ndigits(abs(ctx.Emin - ctx.prec + 1)) < zeta + theta:
        return _finish(ctx, st, sign, 1, ctx.Emin - ctx.prec)
    return None


def _work_context(prec, emin, emax):
    return Context(prec=prec, rounding=ROUND_HALF_EVEN, Emin=emin, Emax=emax, clamp=0, traps=[])


def _beyond_range(ctx, st, sign, x, rounding):
    """The overflowed or underflowed result of e**x when x (an estimate) puts
    it far out of the context's exponent range; else None."""
    limit = (max(ctx.Emax, ctx.prec - ctx.Emin) + 2) * 2.31
    if x > limit:
        return _finish(ctx, st, sign, 1, ctx.Emax + 1, rounding)
    if x < -limit:
        return _finish(ctx, st, sign, 1, ctx.Emin - ctx.prec - 1, rounding)
    return None


def _power_modulo(ctx, st, a, b, m):
    nan = _nan_result(ctx, st, a, b, m)
    if nan is not None:
        return nan
    if not all(_is_integral(d) for d in (a, b, m)) or b._sign or not m._coef:
        return _invalid(st)
    if not a._coef and not b._coef:
        return _invalid(st)
    modulus = abs(int(m))
    if _ndigits(modulus) > ctx.prec:
        return _invalid(st)
    exponent = int(b)
    sign = a._sign if exponent % 2 else 0
    return _make(sign, pow(abs(int(a)), exponent, modulus), 0)


def _quantize(ctx, st, a, b, rounding):
    if a._kind or b._kind:
        nan = _nan_result(ctx, st, a, b)
        if nan is not None:
            return nan
        if a._kind == _INF and b._kind == _INF:
            return a
        return _invalid(st)
    if not ctx.Emin - ctx.prec + 1 <= b._exp <= ctx.Emax:
        return _invalid(st)
    if not a._coef:
        return _finish(ctx, st, a._sign, 0, b._exp)
    if _adjusted(a) - b._exp + 1 > ctx.prec:
        return _invalid(st)
    result, inexact = _rescale(a, b._exp, rounding or ctx.rounding)
    if _ndigits(result._coef) > ctx.prec or _adjusted(result) > ctx.Emax:
        return _invalid(st)
    if result._exp > a._exp:
        st.append(Rounded)
        if inexact:
            st.append(Inexact)
    return _finish(ctx, st, result._sign, result._coef, result._exp)


def _to_integral(ctx, st, a, rounding, signal):
    nan = _nan_result(ctx, st, a)
    if nan is not None:
        return nan
    if a._kind == _INF or a._exp >= 0:
        return a
    result, inexact = _rescale(a, 0, rounding or ctx.rounding)
    if signal and a._coef:
        st.append(Rounded)
        if inexact:
            st.append(Inexact)
    return result


def _normalize(ctx, st, a):
    nan = _nan_result(ctx, st, a)
    if nan is not None:
        return nan
    d = _fit(ctx, st, a)
    if d._kind == _INF:
        return d
    if not d._coef:
        return _make(d._sign, 0, 0)
    top = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
    coef, exp = _strip_zeros(d._coef, d._exp, top)
    return _make(d._sign, coef, exp)


def _logb(ctx, st, a):
    nan = _nan_result(ctx, st, a)
    if nan is not None:
        return nan
    if a._kind == _INF:
        return _INFINITIES[0]
    if not a._coef:
        st.append(DivisionByZero)
        return _NEG_INFINITY
    return _fit(ctx, st, Decimal(_adjusted(a)))


def _scaleb(ctx, st, a, b):
    nan = _nan_result(ctx, st, a, b)
    if nan is not None:
        return nan
    if b._kind or b._exp != 0:
        return _invalid(st)
    shift = int(b)
    bound = 2 * (ctx.Emax + ctx.prec)
    if not -bound <= shift <= bound:
        return _invalid(st)
    if a._kind == _INF:
        return a
    return _finish(ctx, st, a._sign, a._coef, a._exp + shift)


def _step(ctx, a, direction):
    """The representable number next to finite or infinite a, upwards
    (direction 1) or downwards (-1); no conditions are signalled."""
    sign_towards = 0 if direction > 0 else 1
    if a._kind == _INF:
        if a._sign == sign_towards:
            return a
        return _make(1 - sign_towards, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
    directed = ctx.copy()
    directed.rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
    fitted = _finish(directed, [], a._sign, a._coef, a._exp)
    if _cmp(fitted, a):
        return fitted
    # a nonzero below half the smallest subnormal moves a to its neighbour
    tiny = _make(sign_towards, 1, ctx.Emin - ctx.prec - 1)
    return _add(directed, [], a, tiny)


def _next_plus(ctx, st, a):
    nan = _nan_result(ctx, st, a)
    return nan if nan is not None else _step(ctx, a, 1)


def _next_minus(ctx, st, a):
    nan = _nan_result(ctx, st, a)
    return nan if nan is not None else _step(ctx, a, -1)


def _next_toward(ctx, st, a, b):
    nan = _nan_result(ctx, st, a, b)
    if nan is not None:
        return nan
    order = _cmp(a, b)
    if order == 0:
        return a.copy_sign(b)
    result = _step(ctx, a, -order)
    if result._kind == _INF:
        st.extend((Overflow, Inexact, Rounded))
    elif _adjusted(result) < ctx.Emin:
        st.extend((Underflow, Subnormal, Inexact, Rounded))
        if not result._coef:
            st.append(Clamped)
    return result


def _compare(ctx, st, a, b):
    nan = _nan_result(ctx, st, a, b)
    if nan is not None:
        return nan
    return _SMALL_INTS[_cmp(a, b)]


def _compare_signal(ctx, st, a, b):
    if a._kind >= _SNAN or b._kind >= _SNAN:
        st.append(InvalidOperation)
        return _nan_result(ctx, [], a, b)
    return _SMALL_INTS[_cmp(a, b)]


def _extreme(larger):
    """The core of max (larger=True) and min: a quiet NaN loses to a number."""
    def core(ctx, st, a, b):
        if a._kind >= _SNAN or b._kind >= _SNAN:
            if a._kind == _SNAN or b._kind == _SNAN or (a._kind >= _SNAN and b._kind >= _SNAN):
                return _nan_result(ctx, st, a, b)
            return _fit(ctx, st, b if a._kind == _QNAN else a)
        order = _cmp(a, b) or _total_order(a, b)
        return _fit(ctx, st, a if (order > 0) == larger else b)
    return core


_max = _extreme(True)
_min = _extreme(False)


# ---------------------------------------------------------------------------
# Comparison helpers

def _cmp(a, b):
    """-1, 0 or 1 for non-NaN a and b."""
    if a._kind or b._kind:
        ra = (-1 if a._sign else 1) if a._kind else 0
        rb = (-1 if b._sign else 1) if b._kind else 0
        if ra != rb:
            return (ra > rb) - (ra < rb)
        if a._kind:
            return 0
    sa = (-1 if a._sign else 1) if a._coef else 0
    sb = (-1 if b._sign else 1) if b._coef else 0
    if sa != sb or not sa:
        return (sa > sb) - (sa < sb)
    ea, eb = _adjusted(a), _adjusted(b)
    if ea != eb:
        return sa if ea > eb else -sa
    x, y, _ = _aligned(a, b)
    return sa * ((x > y) - (x < y))


def _total_order(a, b):
    """-1, 0 or 1: the total order of the specification (signs first; then
    finite < infinite < sNaN < NaN by magnitude; NaN payloads; exponents)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    if a._kind != b._kind:
        return flip * ((a._kind > b._kind) - (a._kind < b._kind))
    if a._kind >= _SNAN:
        return flip * ((a._coef > b._coef) - (a._coef < b._coef))
    if a._kind == _INF:
        return 0
    order = _cmp(a.copy_abs(), b.copy_abs())
    if order:
        return flip * order
    return flip * ((a._exp > b._exp) - (a._exp < b._exp))


def _comparable(a, other, equality):
    """other as a Decimal for a comparison with a (scaling a for a
    Rational), or (None, None) when the types don't compare."""
    if isinstance(other, (Decimal, int)):
        return a, _operand(other)
    if isinstance(other, _numbers.Rational):
        if a._kind == _FINITE:
            a = _make(a._sign, a._coef * other.denominator, a._exp)
        return a, _operand(other.numerator)
    if equality and isinstance(other, complex) and other.imag == 0:
        other = other.real
    if isinstance(other, float):
        ctx = getcontext()
        if equality:
            ctx.flags[FloatOperation] = True
        else:
            ctx._signal([FloatOperation])
        return a, _from_float(other)
    return None, None


def _ordering(test):
    def method(self, other):
        a, b = _comparable(self, other, False)
        if a is None:
            return NotImplemented
        if a._kind >= _SNAN or b._kind >= _SNAN:
            getcontext()._signal([InvalidOperation])
            return False
        return test(_cmp(a, b))
    return method


# ---------------------------------------------------------------------------
# Transcendental functions as fixed point integers. The _approx functions
# return (A, e) with the true value within a few units of A * 10**e and A
# having at least `digits` digits; _correctly_rounded adds guard digits until
# rounding A cannot differ from rounding the true value.

def _correctly_rounded(ctx, st, sign, approx, rounding=ROUND_HALF_EVEN):
    etiny = ctx.Emin - ctx.prec + 1
    guard = 8
    while True:
        coef, exp = approx(ctx.prec + guard)
        adj = exp + _ndigits(coef) - 1
        dropped = max(adj - ctx.prec + 1, etiny) - exp
        if dropped > 3:
            unit = 10 ** dropped
            rest = coef % unit
            margin = 50
            if margin < rest < unit - margin and abs(2 * rest - unit) > 2 * margin:
                break
        if guard > 4 * ctx.prec + 40:
            break           # (nearly) exact: any close value rounds alike
        guard *= 2
    return _finish(ctx, st, sign, coef, exp, rounding)


_constant_cache = {}


def _atanh_inverse(n, scale):
    """atanh(1/n) * 10**scale, for an integer n > 1."""
    one = 10 ** scale
    power = one // n
    total = 0
    k = 1
    while power:
        total += power // k
        power //= n * n
        k += 2
    return total


def _ln2_ln10(scale):
    """(ln 2, ln 10) * 10**scale: ln 2 = 2 atanh(1/3), ln 1.25 = 2 atanh(1/9)."""
    if scale not in _constant_cache:
        wide = scale + 10
        ln2 = 2 * _atanh_inverse(3, wide)
        ln10 = 3 * ln2 + 2 * _atanh_inverse(9, wide)
        _constant_cache[scale] = (ln2 // 10 ** 10, ln10 // 10 ** 10)
    return _constant_cache[scale]


def _ln_fixed(coef, exp, scale):
    """ln(coef * 10**exp) * 10**scale, within a few units."""
    wide = scale + 6
    digits = _ndigits(coef)
    # coef * 10**exp = m * 2**j * 10**k with m near 1
    decades = exp + digits - 1
    one = 10 ** wide
    m = coef * one // 10 ** (digits - 1) if digits - 1 <= wide else coef // 10 ** (digits - 1 - wide)
    halvings = 0
    while m > one * 3 // 2:
        m //= 2
        halvings += 1
    ln2, ln10 = _ln2_ln10(wide + _ndigits(abs(decades)))
    extra = 10 ** _ndigits(abs(decades))
    # ln m = 2 atanh(z), z = (m - 1) / (m + 1); the series runs on |z|
    z = abs(m - one) * one // (m + one)
    z2 = z * z // one
    power = z
    series = 0
    k = 1
    while power:
        series += power // k
        power = power * z2 // one
        k += 2
    if m < one:
        series = -series
    total = 2 * series + (halvings * ln2 + decades * ln10) // extra
    return total // 10 ** 6


def _exp_fixed(x, scale):
    """(E, k) with e**(x / 10**scale) close to E * 10**(k - scale)."""
    ln10 = _ln2_ln10(scale + 24)[1]
    decades = (x * 10 ** 24 + ln10 // 2) // ln10
    wide = scale + 12
    r = (x * 10 ** 36 - decades * ln10 * 10 ** 12) // 10 ** 24    # scaled by 10**wide
    one = 10 ** wide
    # e**|r| = (e**(|r| / 2**10))**(2**10), by the series then squarings
    halvings = 10
    small = abs(r) >> halvings
    term = one
    total = one
    k = 1
    while term:
        term = term * small // (one * k)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // one
    if r < 0:
        total = one * one // total
    return total // 10 ** 12, decades


def _fixed_input(a, scale):
    """Finite a * 10**scale as an integer (rounded down in magnitude)."""
    shift = a._exp + scale
    value = a._coef * 10 ** shift if shift >= 0 else a._coef // 10 ** -shift
    return -value if a._sign else value


def _exp_approx(a, digits):
    scale = digits + 4
    e, decades = _exp_fixed(_fixed_input(a, scale), scale)
    return e, decades - scale


def _leading_zeros_of_log(a):
    """About how many zeros follow the point in ln(a) (a != 1): as many as
    in a - 1."""
    if a._exp >= 0:
        return 0
    distance = abs(a._coef - 10 ** -a._exp)
    return max(0, -(a._exp + _ndigits(distance) - 1))


def _ln_approx(a, digits):
    scale = digits + 3 + _leading_zeros_of_log(a) + _ndigits(abs(_adjusted(a)))
    return abs(_ln_fixed(a._coef, a._exp, scale)), -scale


def _log10_approx(a, digits):
    scale = digits + 3 + _leading_zeros_of_log(a) + _ndigits(abs(_adjusted(a)))
    ln10 = _ln2_ln10(scale + 4)[1]
    return abs(_ln_fixed(a._coef, a._exp, scale + 4) * 10 ** scale // ln10), -scale


def _power_approx(a, b, digits):
    # e**(b ln a): an error of 10**-s in b ln a is a relative error of 10**-s
    scale = digits + 4
    b_digits = max(0, _adjusted(b) + 1)
    log_scale = scale + b_digits + _ndigits(abs(_adjusted(a))) + 2
    product = _ln_fixed(a._coef, a._exp, log_scale) * (-b._coef if b._sign else b._coef)
    shift = log_scale - scale - b._exp
    x = product * 10 ** -shift if shift < 0 else product // 10 ** shift
    e, decades = _exp_fixed(x, scale)
    return e, decades - scale


# ---------------------------------------------------------------------------
# Text forms

def _special_text(d):
    if d._kind == _INF:
        return 'Infinity'
    return ('NaN' if d._kind == _QNAN else 'sNaN') + (str(d._coef) if d._coef else '')


def _to_text(d, eng, capitals):
    sign = '-' if d._sign else ''
    if d._kind:
        return sign + _special_text(d)
    digits = str(d._coef)
    exp = d._exp
    adj = exp + len(digits) - 1
    if exp <= 0 and adj >= -6:
        point = len(digits) + exp
        if exp == 0:
            return sign + digits
        if point > 0:
            return sign + digits[:point] + '.' + digits[point:]
        return sign + '0.' + '0' * -point + digits
    if not eng:
        lead, shown = 1, adj
    elif d._coef:
        lead = adj % 3 + 1
        shown = adj - lead + 1
    else:
        # a zero shows its exponent rounded up to a multiple of three,
        # with zeros after the point making up the difference
        shown = exp + (-exp) % 3
        zeros = shown - exp
        mantissa = '0' + ('.' + '0' * zeros if zeros else '')
        return sign + mantissa + ('E' if capitals else 'e') + '%+d' % shown
    mantissa = digits[:lead].ljust(lead, '0')
    if digits[lead:]:
        mantissa += '.' + digits[lead:]
    if not shown:
        return sign + mantissa
    return sign + mantissa + ('E' if capitals else 'e') + '%+d' % shown


_Spec = _namedtuple('_Spec', 'fill align sign no_neg_zero zeropad width separator precision type')


def _parse_spec(text):
    """The fields of [[fill]align][sign][z][0][width][,][.precision][type]."""
    if not isinstance(text, str):
        raise TypeError("format arg must be str")
    fill = align = None
    if len(text) >= 2 and text[1] in '<>=^':
        fill, align, i = text[0], text[1], 2
    elif text[:1] in ('<', '>', '=', '^'):
        align, i = text[0], 1
    else:
        i = 0
    sign = '-'
    if text[i:i + 1] in ('+', '-', ' '):
        sign = text[i]
        i += 1
    no_neg_zero = text[i:i + 1] == 'z'
    i += no_neg_zero
    zeropad = text[i:i + 1] == '0'
    i += zeropad
    start = i
    while text[i:i + 1].isdigit():
        i += 1
    width = int(text[start:i] or '0')
    separator = ''
    if text[i:i + 1] == ',':
        separator, i = ',', i + 1
    precision = None
    if text[i:i + 1] == '.':
        start = i = i + 1
        while text[i:i + 1].isdigit():
            i += 1
        if i == start:
            raise ValueError("invalid format string")
        precision = int(text[start:i])
    kind = text[i:]
    # the C implementation refuses the 0 flag with an alignment, and
    # separators with the locale's 'n'
    if (kind not in ('', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%') or zeropad and align
            or kind == 'n' and separator):
        raise ValueError("invalid format string")
    return _Spec(fill, align, sign, no_neg_zero, zeropad, width, separator, precision, kind or None)


def _pad(sign, body, spec, zero_fill):
    """sign and body padded to the width; zero_fill: the 0 flag applies
    (numbers, not Infinity and NaN)."""
    room = spec.width - len(sign) - len(body)
    if room <= 0:
        return sign + body
    fill = spec.fill or ('0' if zero_fill else ' ')
    align = spec.align or ('=' if zero_fill else '>')
    padding = fill * room
    if align == '<':
        return sign + body + padding
    if align == '=':
        return sign + padding + body
    if align == '^':
        return padding[:room // 2] + sign + body + padding[room // 2:]
    return padding + sign + body


def _sign_text(negative, spec):
    if negative:
        return '-'
    return spec.sign if spec.sign in '+ ' else ''


def _group(digits, separator, width):
    """digits zero-padded to `width` characters at least, separators (every
    three digits) included."""
    if not separator:
        return digits.rjust(width, '0')
    count = max(len(digits), 1)
    while count + (count - 1) // 3 * len(separator) < width:
        count += 1
    digits = digits.rjust(count, '0')
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[k:k + 3] for k in range(head, len(digits), 3)]
    return separator.join(groups)


def _format(d, text, ctx):
    spec = _parse_spec(text)
    if d._kind:
        body = _special_text(d) + ('%' if spec.type == '%' else '')
        return _pad(_sign_text(d._sign, spec), body, spec, False)
    kind = spec.type or ('G' if ctx.capitals else 'g')
    was_zero = not d._coef
    if kind == 'n':
        kind = 'g'
    lower = kind.lower()
    if kind == '%':
        d = _make(d._sign, d._coef, d._exp + 2)
    precision = spec.precision
    if precision is not None:
        if lower == 'e' and d._coef:
            d = _to_figures(d, precision + 1, ctx.rounding)
        elif lower in 'f%':
            d = _rescale(d, -precision, ctx.rounding)[0]
        elif lower == 'g':
            precision = max(precision, 1)
            if _ndigits(d._coef) > precision:
                d = _to_figures(d, precision, ctx.rounding)
    if not d._coef and d._exp > 0 and lower in 'f%':
        d = _make(d._sign, 0, 0)
    digits = str(d._coef)
    leftdigits = d._exp + len(digits)
    if lower == 'e':
        point = 1 - precision if not d._coef and precision is not None else 1
    elif lower in 'f%':
        point = leftdigits
    else:
        point = leftdigits if d._exp <= 0 and leftdigits > -6 else 1
    if point <= 0:
        whole, fraction = '0', '0' * -point + digits
    else:
        whole, fraction = digits[:point].ljust(point, '0'), digits[point:]
    tail = '.' + fraction if fraction else ''
    exponent = leftdigits - point
    if exponent or lower == 'e':
        tail += ('E' if kind in 'EG' else 'e') + '%+d' % exponent
    if kind == '%':
        tail += '%'
    # z drops the sign of a zero; with 'F', C's decimal only does so for a
    # zero operand, not for a value rounded to zero
    drop_sign = spec.no_neg_zero and not d._coef and (kind != 'F' or was_zero)
    sign = _sign_text(d._sign and not drop_sign, spec)
    width = spec.width - len(tail) - len(sign) if spec.zeropad else 0
    return _pad(sign, _group(whole, spec.separator, width) + tail, spec, spec.zeropad)


# ---------------------------------------------------------------------------
# Decimal

def _operator(core):
    def forward(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _run(core, context, self, other)

    def reflected(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _run(core, context, other, self)
    return forward, reflected


def _unary(core):
    def method(self, context=None):
        return _run(core, context, self)
    return method


def _binary(core):
    def method(self, other, context=None):
        return _run(core, context, self, _strict(other))
    return method


def _integer_value(d, rounding):
    if d._kind >= _SNAN:
        raise ValueError("cannot convert NaN to integer")
    if d._kind == _INF:
        raise OverflowError("cannot convert Infinity to integer")
    d = _rescale(d, 0, rounding)[0] if d._exp < 0 else d
    value = d._coef * 10 ** d._exp
    return -value if d._sign else value


class Decimal:
    """A decimal floating point number."""

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value="0", context=None):
        if isinstance(value, str):
            d = _parse(value)
            if d is None:
                d = _run(lambda ctx, st: _invalid(st, ConversionSyntax), context)
        elif isinstance(value, int):
            d = _make(int(value < 0), abs(int(value)), 0)
        elif isinstance(value, Decimal):
            d = value
        elif isinstance(value, (list, tuple)):
            d = _from_tuple(value)
        elif isinstance(value, float):
            (context or getcontext())._signal([FloatOperation])
            d = _from_float(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
        if cls is Decimal and type(d) is Decimal:
            return d
        self = object.__new__(cls)
        self._sign, self._coef, self._exp, self._kind = d._sign, d._coef, d._exp, d._kind
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = Decimal(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # classification
    def __bool__(self):
        return bool(self._kind or self._coef)

    def adjusted(self):
        return _adjusted(self) if self._kind == _FINITE else 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    conjugate = canonical
    real = property(canonical)
    imag = property(lambda self: _ZERO)

    def is_finite(self):
        return self._kind == _FINITE

    def is_infinite(self):
        return self._kind == _INF

    def is_nan(self):
        return self._kind >= _SNAN

    def is_qnan(self):
        return self._kind == _QNAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FINITE and not self._coef

    def is_normal(self, context=None):
        ctx = context or getcontext()
        return self._kind == _FINITE and bool(self._coef) and _adjusted(self) >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = context or getcontext()
        return self._kind == _FINITE and bool(self._coef) and _adjusted(self) < ctx.Emin

    def number_class(self, context=None):
        if self._kind >= _SNAN:
            return 'NaN' if self._kind == _QNAN else 'sNaN'
        sign = '-' if self._sign else '+'
        if self._kind == _INF:
            return sign + 'Infinity'
        if not self._coef:
            return sign + 'Zero'
        return sign + ('Subnormal' if self.is_subnormal(context) else 'Normal')

    def radix(self):
        return Decimal(10)

    # text and conversions
    def __repr__(self):
        return "Decimal('%s')" % self

    def __str__(self):
        return _to_text(self, False, getcontext().capitals)

    def to_eng_string(self, context=None):
        return _to_text(self, True, (context or getcontext()).capitals)

    def __format__(self, spec, context=None):
        return _format(self, spec, context or getcontext())

    def as_tuple(self):
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(map(int, str(self._coef))) if self._coef or not self._kind else ()
        exp = self._exp if self._kind == _FINITE else ('n' if self._kind == _QNAN else 'N')
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._kind >= _SNAN:
            raise ValueError("cannot convert NaN to integer ratio")
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer ratio")
        n, d = self._coef * 10 ** max(self._exp, 0), 10 ** max(-self._exp, 0)
        g = _math.gcd(n, d)
        return (-n // g if self._sign else n // g), d // g

    def __float__(self):
        if self._kind == _SNAN:
            raise ValueError("cannot convert signaling NaN to float")
        if self._kind == _QNAN:
            return -_math.nan if self._sign else _math.nan
        return float(str(self))

    def __int__(self):
        return _integer_value(self, ROUND_DOWN)

    __trunc__ = __int__

    def __floor__(self):
        return _integer_value(self, ROUND_FLOOR)

    def __ceil__(self):
        return _integer_value(self, ROUND_CEILING)

    def __round__(self, *ndigits):
        if not ndigits:
            return _integer_value(self, ROUND_HALF_EVEN)
        n = ndigits[0]
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_make(0, 1, -n))

    def __complex__(self):
        return complex(float(self))

    def __hash__(self):
        if self._kind == _SNAN:
            raise TypeError("Cannot hash a signaling NaN value")
        if self._kind == _QNAN:
            return object.__hash__(self)
        info = _sys.hash_info
        if self._kind == _INF:
            return -info.inf if self._sign else info.inf
        # the hash of the rational coef * 10**exp modulo the hash prime
        if self._exp >= 0:
            scale = pow(10, self._exp, info.modulus)
        else:
            scale = pow(_TENTH_MOD, -self._exp, info.modulus)
        h = self._coef * scale % info.modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self if type(self) is Decimal else type(self)(self)

    def __deepcopy__(self, memo):
        return self.__copy__()

    # comparisons
    def __eq__(self, other):
        a, b = _comparable(self, other, True)
        if a is None:
            return NotImplemented
        if a._kind >= _SNAN or b._kind >= _SNAN:
            if a._kind == _SNAN or b._kind == _SNAN:
                getcontext()._signal([InvalidOperation])
            return False
        return _cmp(a, b) == 0

    __lt__ = _ordering(lambda order: order < 0)
    __le__ = _ordering(lambda order: order <= 0)
    __gt__ = _ordering(lambda order: order > 0)
    __ge__ = _ordering(lambda order: order >= 0)

    def compare_total(self, other, context=None):
        return _SMALL_INTS[_total_order(self, _strict(other))]

    def same_quantum(self, other, context=None):
        other = _strict(other)
        if self._kind or other._kind:
            return self._kind == other._kind or (self._kind >= _SNAN and other._kind >= _SNAN)
        return self._exp == other._exp

    # sign copies (exact, no context)
    def copy_abs(self):
        return _make(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _make(1 - self._sign, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        return _make(_strict(other)._sign, self._coef, self._exp, self._kind)

    # arithmetic
    __add__, __radd__ = _operator(_add)
    __sub__, __rsub__ = _operator(_subtract)
    __mul__, __rmul__ = _operator(_multiply)
    __truediv__, __rtruediv__ = _operator(_divide)
    __floordiv__, __rfloordiv__ = _operator(_floor_divide)
    __mod__, __rmod__ = _operator(_remainder)
    __divmod__, __rdivmod__ = _operator(_divmod)

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        if modulo is None:
            return _run(_power, context, self, other)
        return _run(_power_modulo, context, self, other, _strict(modulo))

    def __rpow__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return _run(_power, context, other, self)

    __pos__ = _unary(_plus)
    __neg__ = _unary(_minus)
    __abs__ = _unary(_abs)
    sqrt = _unary(_sqrt)
    exp = _unary(_exp)
    ln = _unary(_ln)
    log10 = _unary(_log10)
    logb = _unary(_logb)
    normalize = _unary(_normalize)
    next_plus = _unary(_next_plus)
    next_minus = _unary(_next_minus)

    compare = _binary(_compare)
    compare_signal = _binary(_compare_signal)
    max = _binary(_max)
    min = _binary(_min)
    next_toward = _binary(_next_toward)
    remainder_near = _binary(_remainder_near)
    scaleb = _binary(_scaleb)

    def fma(self, other, third, context=None):
        return _run(_fma, context, self, _strict(other), _strict(third))

    def quantize(self, exp, rounding=None, context=None):
        _check_rounding(rounding)
        return _run(_quantize, context, self, _strict(exp), rounding)

    def to_integral_value(self, rounding=None, context=None):
        _check_rounding(rounding)
        return _run(_to_integral, context, self, rounding, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        _check_rounding(rounding)
        return _run(_to_integral, context, self, rounding, True)


_numbers.Number.register(Decimal)


# ---------------------------------------------------------------------------
# Context

_ROUNDING_ERROR = ("valid values for rounding are:\n"
                   "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                   "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                   "   ROUND_05UP]")


def _check_rounding(rounding):
    if rounding is not None and rounding not in _ROUNDS_AWAY:
        raise TypeError(_ROUNDING_ERROR)


# name: (smallest, largest, message when out of range)
_INT_FIELDS = {
    'prec': (1, MAX_PREC, "valid range for prec is [1, MAX_PREC]"),
    'Emin': (MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]"),
    'Emax': (0, MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]"),
    'capitals': (0, 1, "valid values for capitals are 0 or 1"),
    'clamp': (0, 1, "valid values for clamp are 0 or 1"),
}


def _signal_dict(value):
    """A flags or traps dict from a dict with every signal or a sequence of
    signals (the ones set)."""
    if isinstance(value, dict):
        if set(value) != set(_SIGNALS):
            raise KeyError("invalid signal dict")
        return {s: bool(value[s]) for s in _SIGNALS}
    if isinstance(value, (list, tuple, set, frozenset)):
        for s in value:
            if s not in _SIGNALS:
                raise KeyError("valid values for signals are:\n"
                               "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                               "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                               "   Clamped]")
        return {s: s in value for s in _SIGNALS}
    raise TypeError("argument must be a signal dict")


class Context:
    """Precision, rounding mode, exponent limits, and the signals flagged and
    trapped by the operations done in it."""

    __slots__ = _CONTEXT_FIELDS

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        try:
            template = DefaultContext
        except NameError:   # building DefaultContext itself
            template = None
        given = (prec, rounding, Emin, Emax, capitals, clamp)
        for name, value in zip(_CONTEXT_FIELDS, given):
            setattr(self, name, getattr(template, name) if value is None else value)
        self.flags = [] if flags is None else flags
        if traps is None:
            traps = template.traps if template is not None else []
        self.traps = traps

    def __setattr__(self, name, value):
        if name in _INT_FIELDS:
            low, high, message = _INT_FIELDS[name]
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not low <= value <= high:
                raise ValueError(message)
        elif name == 'rounding':
            if not isinstance(value, str) or value not in _ROUNDS_AWAY:
                raise TypeError(_ROUNDING_ERROR)
        elif name in ('flags', 'traps'):
            value = _signal_dict(value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __repr__(self):
        listed = [('%s=%s' if name == 'rounding' else '%s=%d') % (name, getattr(self, name))
                  for name in _CONTEXT_FIELDS[:6]]
        for name in ('flags', 'traps'):
            table = getattr(self, name)
            listed.append('%s=[%s]' % (name, ', '.join(s.__name__ for s in _REPR_ORDER if table[s])))
        return 'Context(%s)' % ', '.join(listed)

    def __reduce__(self):
        values = [getattr(self, name) for name in _CONTEXT_FIELDS[:6]]
        chosen = [[s for s in _SIGNALS if getattr(self, name)[s]] for name in ('flags', 'traps')]
        return (type(self), tuple(values + chosen))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    def _signal(self, conditions):
        """Sets the flags of the conditions' signals; raises the first
        trapped one (listing the trapped conditions)."""
        if not conditions:
            return
        for condition in conditions:
            self.flags[_signal_of(condition)] = True
        trapped = [c for c in _CONDITION_ORDER if c in conditions and self.traps[_signal_of(c)]]
        if trapped:
            signals = {_signal_of(c) for c in trapped}
            raise next(s for s in _SIGNALS if s in signals)(trapped)

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return _run(lambda ctx, st: _invalid(st, ConversionSyntax), self)
        d = Decimal(num, self)
        if d._kind >= _SNAN and _ndigits(d._coef) > self.prec - self.clamp and d._coef:
            return _run(lambda ctx, st: _invalid(st, ConversionSyntax), self)
        return _run(_fit, self, d)

    def create_decimal_from_float(self, f):
        return _run(_fit, self, Decimal.from_float(f))

    def to_sci_string(self, a):
        return _to_text(_strict(a), False, self.capitals)

    def to_eng_string(self, a):
        return _to_text(_strict(a), True, self.capitals)

    def power(self, a, b, modulo=None):
        a, b = _strict(a), _strict(b)
        if modulo is None:
            return _run(_power, self, a, b)
        return _run(_power_modulo, self, a, b, _strict(modulo))

    def quantize(self, a, b):
        return _run(_quantize, self, _strict(a), _strict(b), None)

    def to_integral_value(self, a):
        return _run(_to_integral, self, _strict(a), None, False)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _run(_to_integral, self, _strict(a), None, True)


def _context_operation(core):
    def method(self, *operands):
        return _run(core, self, *map(_strict, operands))
    return method


def _context_query(name, with_context):
    def method(self, *operands):
        first, *rest = map(_strict, operands)
        if with_context:
            return getattr(first, name)(*rest, context=self)
        return getattr(first, name)(*rest)
    return method


for _name, _core in (('abs', _abs), ('add', _add), ('subtract', _subtract), ('multiply', _multiply),
                     ('divide', _divide), ('divide_int', _floor_divide), ('remainder', _remainder),
                     ('divmod', _divmod), ('remainder_near', _remainder_near), ('fma', _fma),
                     ('plus', _plus), ('minus', _minus), ('sqrt', _sqrt), ('exp', _exp), ('ln', _ln),
                     ('log10', _log10), ('logb', _logb), ('normalize', _normalize),
                     ('next_plus', _next_plus), ('next_minus', _next_minus),
                     ('next_toward', _next_toward), ('compare', _compare),
                     ('compare_signal', _compare_signal), ('max', _max), ('min', _min),
                     ('scaleb', _scaleb)):
    setattr(Context, _name, _context_operation(_core))
for _name in ('is_normal', 'is_subnormal', 'number_class'):
    setattr(Context, _name, _context_query(_name, True))
for _name in ('canonical', 'compare_total', 'copy_abs', 'copy_negate', 'copy_sign', 'is_canonical',
              'is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_signed', 'is_snan', 'is_zero',
              'same_quantum'):
    setattr(Context, _name, _context_query(_name, False))
Context.copy_decimal = lambda self, a: _strict(a)
del _name, _core


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1,
                         clamp=0, traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_ZERO = _make(0, 0, 0)
_ONE = _make(0, 1, 0)
_NAN = _make(0, 0, 0, _QNAN)
_INFINITIES = (_make(0, 0, 0, _INF), _make(1, 0, 0, _INF))
_NEG_INFINITY = _INFINITIES[1]
_SMALL_INTS = {-1: _make(1, 1, 0), 0: _ZERO, 1: _ONE}
_TENTH_MOD = pow(10, _sys.hash_info.modulus - 2, _sys.hash_info.modulus)   # 1/10, modulo the prime
# wide enough that a product of two Decimals is exact in it
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
