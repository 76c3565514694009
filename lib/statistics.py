"""Averages, spread, relations between two variables and the normal
distribution.

The type-preserving functions (mean, variance, stdev, ...) add the data up
exactly, as fractions, and convert the result back to the data's type; the
float functions (fmean, correlation, ...) work in floats with fsum/sumprod."""

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
    'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
    'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]

import math
import numbers
import random
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from decimal import Decimal
from fractions import Fraction
from functools import reduce
from math import erf, exp, fabs, fsum, hypot, log, sqrt, sumprod, tau


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------
# Exact sums

def _ratio(x):
    """x as (numerator, denominator), or None for a NaN or an infinity."""
    try:
        return x.as_integer_ratio()
    except (OverflowError, ValueError):
        return None
    except AttributeError:
        pass
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _result_type(current, new):
    """The type a result takes when data of types current and new mix."""
    if current is new or new is int or new is bool:
        return current
    if current is int:
        return new
    for narrow, wide in ((current, new), (new, current)):
        if issubclass(wide, narrow):
            return wide
    for integral, other in ((current, new), (new, current)):
        if issubclass(integral, int):
            return other
    for exact, inexact in ((current, new), (new, current)):
        if issubclass(exact, Fraction) and issubclass(inexact, float):
            return inexact
    raise TypeError("don't know how to coerce %s and %s" % (current.__name__, new.__name__))


class _Totals:
    """Exact running sums over data: count, sum of values and (on request)
    sum of squares, as Fractions. A NaN or infinity makes `special` the
    (float or Decimal) sum of such values, which then decides the results."""

    def __init__(self, data, squares=False):
        types = {}
        self.count = 0
        self.special = None
        sums = {}       # denominator -> sum of numerators over it
        square_sums = {}
        for x in data:
            types[type(x)] = True
            self.count += 1
            ratio = _ratio(x)
            if ratio is None:
                self.special = x if self.special is None else self.special + x
                continue
            n, d = ratio
            sums[d] = sums.get(d, 0) + n
            if squares:
                square_sums[d] = square_sums.get(d, 0) + n * n
        self.type = reduce(_result_type, types, int)
        self.total = sum((Fraction(n, d) for d, n in sums.items()), Fraction(0))
        self.square_total = sum((Fraction(n, d * d) for d, n in square_sums.items()), Fraction(0))

    @property
    def sum(self):
        return self.total if self.special is None else self.special


def _as_type(value, T):
    """A Fraction result as the data's type T (float for an int T when the
    value is not integral)."""
    if type(value) is T:
        return value
    if issubclass(T, Decimal):      # no Decimal(Fraction)
        return T(value.numerator) / T(value.denominator)
    if issubclass(T, int) and value.denominator != 1:
        return float(value)
    return T(value)


def _deviations(data, center):
    """(type, exact sum of squared deviations, mean, count); the deviations
    are from `center` when it is given, else from the exact mean."""
    if center is not None:
        totals = _Totals(d * d for d in (x - center for x in data))
        return totals.type, totals.sum, center, totals.count
    totals = _Totals(data, squares=True)
    n = totals.count
    if totals.special is not None:
        return totals.type, totals.special, totals.special, n
    if not n:
        return totals.type, Fraction(0), Fraction(0), 0
    # n * sum(x**2) - sum(x)**2, divided by n: exact with fractions
    spread = (n * totals.square_total - totals.total * totals.total) / n
    return totals.type, spread, totals.total / n, n


def _float_sqrt(q):
    """The square root of a nonnegative Fraction, correctly rounded."""
    n, m = q.numerator, q.denominator
    # An integer root of 55 or more bits whose last bit is forced to 1 when
    # inexact ("round to odd") rounds correctly in the final division.
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        m <<= 2 * shift
        scale = 1
    else:
        n <<= -2 * shift
        scale = 1 << -shift
    root = math.isqrt(n // m)
    if root * root * m != n:
        root |= 1
    return (root << max(shift, 0)) / scale


def _decimal_sqrt(q):
    """The square root of a nonnegative Fraction as a correctly rounded
    Decimal (Decimal.sqrt of the rounded quotient can be one unit off)."""
    if not q:
        return Decimal('0.0')
    root = (Decimal(q.numerator) / Decimal(q.denominator)).sqrt()
    for neighbour in (root.next_plus(), root.next_minus()):
        midpoint = (Fraction(root) + Fraction(neighbour)) / 2
        if (q > midpoint * midpoint) == (neighbour > root) and q != midpoint * midpoint:
            return neighbour
    return root


def _root_of(variance, T):
    return _decimal_sqrt(variance) if issubclass(T, Decimal) else _float_sqrt(variance)


# ---------------------------------------------------------------------------
# Averages

def mean(data):
    totals = _Totals(data)
    if totals.count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _as_type(totals.sum / totals.count, totals.type)


def fmean(data, weights=None):
    if weights is None:
        if not hasattr(data, '__len__'):
            data = list(data)
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return fsum(data) / len(data)
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    try:
        weighted = sumprod(data, weights)
    except ValueError:
        raise StatisticsError('data and weights must be the same length') from None
    total_weight = fsum(weights)
    if not total_weight:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / total_weight


def geometric_mean(data):
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _no_negatives(values):
    for x in values:
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        yield x


def harmonic_mean(data, weights=None):
    data = list(data) if iter(data) is data else data
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, (numbers.Real, Decimal)):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        return x
    if weights is None:
        weights = [1] * n
        weight_sum = n
    else:
        weights = list(weights) if iter(weights) is weights else weights
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_sum = _Totals(_no_negatives(weights)).sum
    try:
        totals = _Totals(w / x if w else 0 for w, x in zip(weights, _no_negatives(data)))
    except ZeroDivisionError:
        return 0
    if totals.sum <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as_type(weight_sum / totals.sum, totals.type)


def _sorted_nonempty(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data


def median(data):
    data = _sorted_nonempty(data)
    half, odd = divmod(len(data), 2)
    return data[half] if odd else (data[half - 1] + data[half]) / 2


def median_low(data):
    data = _sorted_nonempty(data)
    return data[(len(data) - 1) // 2]


def median_high(data):
    data = _sorted_nonempty(data)
    return data[len(data) // 2]


def median_grouped(data, interval=1.0):
    """The median of continuous data grouped in classes of width
    `interval` centred on the data values (interpolated in the class)."""
    data = _sorted_nonempty(data)
    n = len(data)
    middle = data[n // 2]
    below = bisect_left(data, middle)
    inside = bisect_right(data, middle, lo=below) - below
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float') from None
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (n / 2 - below) / inside


def mode(data):
    ranked = Counter(iter(data)).most_common(1)
    if not ranked:
        raise StatisticsError('no mode for empty data')
    return ranked[0][0]


def multimode(data):
    counts = Counter(iter(data))
    top = max(counts.values(), default=0)
    return [value for value, n in counts.items() if n == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n groups of equal
    probability, by linear interpolation between data points."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    # n times the (0-based) position of the i-th cut is i * span - offset * n
    if method == 'inclusive':
        span, offset = size - 1, 0
    elif method == 'exclusive':
        span, offset = size + 1, 1
    else:
        raise ValueError(f'Unknown method: {method!r}')
    cuts = []
    for i in range(1, n):
        position = i * span - offset * n
        k = min(max(position // n, 0), size - 2)
        frac = position - k * n
        cuts.append((data[k] * (n - frac) + data[k + 1] * frac) / n)
    return cuts


# ---------------------------------------------------------------------------
# Spread

def _spread(data, center, ddof, name):
    T, ss, _, n = _deviations(data, center)
    if n < 1 + ddof:
        needed = 'two data points' if ddof else 'one data point'
        raise StatisticsError(f'{name} requires at least {needed}')
    return T, ss / (n - ddof)


def variance(data, xbar=None):
    T, var = _spread(data, xbar, 1, 'variance')
    return _as_type(var, T)


def pvariance(data, mu=None):
    T, var = _spread(data, mu, 0, 'pvariance')
    return _as_type(var, T)


def stdev(data, xbar=None):
    T, var = _spread(data, xbar, 1, 'stdev')
    return _root_of(var, T)


def pstdev(data, mu=None):
    T, var = _spread(data, mu, 0, 'pstdev')
    return _root_of(var, T)


# ---------------------------------------------------------------------------
# Two variables

def _paired_lengths(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def _rank(values, start):
    """Ranks of values counted from start; tied values share the mean of
    their ranks."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        shared = start + (i + j) / 2
        for k in range(i, j + 1):
            ranks[order[k]] = shared
        i = j + 1
    return ranks


def covariance(x, y, /):
    n = _paired_lengths(x, y, 'covariance')
    x_mean = fsum(x) / n
    y_mean = fsum(y) / n
    return sumprod((v - x_mean for v in x), (v - y_mean for v in y)) / (n - 1)


def correlation(x, y, /, *, method='linear'):
    """Pearson's correlation coefficient, or Spearman's rank correlation
    for method='ranked'."""
    n = _paired_lengths(x, y, 'correlation')
    if method == 'ranked':
        # ranks centred on zero
        x = _rank(list(x), (1 - n) / 2)
        y = _rank(list(y), (1 - n) / 2)
    elif method == 'linear':
        x_mean = fsum(x) / n
        y_mean = fsum(y) / n
        x = [v - x_mean for v in x]
        y = [v - y_mean for v in y]
    else:
        raise ValueError(f'Unknown method: {method!r}')
    try:
        return sumprod(x, y) / sqrt(sumprod(x, x) * sumprod(y, y))
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Least squares fit y = slope * x + intercept (intercept 0 when
    proportional)."""
    n = _paired_lengths(x, y, 'linear regression')
    if not proportional:
        x_mean = fsum(x) / n
        y_mean = fsum(y) / n
        x = [v - x_mean for v in x]
        y = (v - y_mean for v in y)
    sxy = sumprod(x, y) + 0.0       # a float even for int data
    try:
        slope = sxy / sumprod(x, x)
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else y_mean - slope * x_mean
    return LinearRegression(slope=slope, intercept=intercept)


# ---------------------------------------------------------------------------
# The normal distribution

# Wichura's algorithm AS 241 (Applied Statistics 37, 1988): rational
# approximations of the inverse normal CDF, as (numerator, denominator)
# coefficients from the highest degree down, for the centre and the two
# tail ranges.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0))
_AS241_NEAR_TAIL = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
     1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
     1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0))
_AS241_FAR_TAIL = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
     2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
     7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0))


def _rational(coefficients, r):
    numerator, denominator = coefficients
    top = bottom = 0.0
    for a in numerator:
        top = top * r + a
    for b in denominator:
        bottom = bottom * r + b
    return top, bottom


def _inverse_normal(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        top, bottom = _rational(_AS241_CENTRAL, 0.180625 - q * q)
        return mu + (top * q / bottom * sigma)
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        top, bottom = _rational(_AS241_NEAR_TAIL, r - 1.6)
    else:
        top, bottom = _rational(_AS241_FAR_TAIL, r - 5.0)
    x = top / bottom
    return mu + ((-x if q < 0.0 else x) * sigma)


class NormalDist:
    """A normal distribution with mean mu and standard deviation sigma."""

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        T, ss, center, n = _deviations(data, None)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        var = ss / (n - 1)
        if isinstance(var, Fraction):
            return cls(float(center), _float_sqrt(var))
        return cls(float(center), float(center) / float(ss))   # NaN or infinity

    def samples(self, n, *, seed=None):
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def _needs_sigma(self, what):
        if not self._sigma:
            raise StatisticsError(f'{what}() not defined when sigma is zero')

    def pdf(self, x):
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._mu
        return exp(d * d / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        self._needs_sigma('cdf')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return _inverse_normal(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient: the area under both densities."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = sorted((self, other), key=lambda d: (d._sigma, d._mu))
        a_var, b_var = a.variance, b.variance
        if not a_var or not b_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = b_var - a_var
        dm = fabs(b._mu - a._mu)
        if not dv:
            return 2.0 * NormalDist(dm, 2.0 * a._sigma).cdf(0)
        # the densities cross at two points
        centre = a._mu * b_var - b._mu * a_var
        half_width = a._sigma * b._sigma * sqrt(dm * dm + dv * log(b_var / a_var))
        crossings = ((centre + half_width) / dv, (centre - half_width) / dv)
        return 1.0 - sum(fabs(b.cdf(x) - a.cdf(x)) for x in crossings)

    def zscore(self, x):
        self._needs_sigma('zscore')
        return (x - self._mu) / self._sigma

    mean = median = mode = property(lambda self: self._mu)
    stdev = property(lambda self: self._sigma)
    variance = property(lambda self: self._sigma * self._sigma)

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * fabs(k))

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        return -(self - other)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return (self._mu, self._sigma) == (other._mu, other._sigma)

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
