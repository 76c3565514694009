"""Pseudo-random numbers: the Mersenne Twister of _random (in C) and the
distributions built on it. Every method draws exactly what CPython's does,
so a seed gives CPython's sequences."""

import math as _math
import _random
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate
from operator import index as _index

__all__ = [
    "Random", "SystemRandom", "betavariate", "binomialvariate", "choice", "choices",
    "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange", "sample",
    "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate",
]

TWOPI = _math.tau
NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
LOG4 = _math.log(4.0)
SG_MAGICCONST = 1.0 + _math.log(4.5)
BPF = 53                # bits in a float's significand
RECIP_BPF = 2 ** -BPF

_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)


def _seed_value(a, version):
    """What the generator is seeded with for seed(a, version)."""
    if not isinstance(a, _SEED_TYPES):
        raise TypeError('The only supported seed types are: None,\n'
                        'int, float, str, bytes, and bytearray.')
    if version == 1 and isinstance(a, (str, bytes)):
        return _string_seed_v1(a)
    if version == 2 and isinstance(a, (str, bytes, bytearray)):
        from hashlib import sha512
        raw = a.encode() if isinstance(a, str) else bytes(a)
        return int.from_bytes(raw + sha512(raw).digest())
    return a


def _string_seed_v1(text):
    """The int a str or bytes seed stood for in version 1 seeding."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    x = ord(text[0]) << 7 if text else 0
    for ch in text:
        x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
    x ^= len(text)
    return -2 if x == -1 else x


class Random(_random.Random):
    """A seedable generator; the module functions use a shared instance.
    Subclasses may replace random() (and getrandbits() for ranges beyond
    2**53), seed(), getstate() and setstate()."""

    VERSION = 3     # layout of getstate()

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Seeds from None (OS randomness), an int, a float, or a str,
        bytes or bytearray (version 2: the bytes and their SHA-512)."""
        super().seed(_seed_value(a, version))
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version not in (2, 3):
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))
        _, words, self.gauss_next = state
        if version == 2:
            # version 2 kept the words signed
            try:
                words = tuple(w % 2 ** 32 for w in words)
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(words)

    # pickling goes through getstate/setstate, overridable by subclasses
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        # A subclass that brings its own random() but no getrandbits() must
        # draw integers from random(); the nearest class that decides wins.
        for klass in cls.__mro__:
            names = klass.__dict__
            if '_randbelow' in names:
                return
            if 'getrandbits' in names:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if 'random' in names:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    # -- integers ------------------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        """An int in [0, n) by rejection sampling of bit_length(n) bits."""
        bits = n.bit_length()
        while True:
            r = self.getrandbits(bits)
            if r < n:
                return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """An int in [0, n) from random() alone (exact for n < 2**53)."""
        if n >= maxsize:
            from warnings import warn
            warn("Underlying random() generator does not supply \n"
                 "enough bits to choose from a population range this large.\n"
                 "To remove the range limitation, add a getrandbits() method.")
            return _math.floor(self.random() * n)
        # reject the top sliver of [0, 1) that would favour small results
        limit = (maxsize - maxsize % n) / maxsize
        while True:
            r = self.random()
            if r < limit:
                return _math.floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randint(self, a, b):
        """A random int in [a, b], both ends included."""
        return self.randrange(a, b + 1)

    def randrange(self, start, stop=None, step=1):
        """A random member of range(start, stop, step) (or of range(start))."""
        first = _index(start)
        if stop is None:
            if type(step) is not int or step != 1:
                raise TypeError("Missing a non-None stop argument")
            if first <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(first)
        width = _index(stop) - first
        stride = _index(step)
        if stride == 1:
            if width <= 0:
                raise ValueError(f"empty range in randrange({start}, {stop})")
            return first + self._randbelow(width)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        count = -(-width // stride)     # len(range(start, stop, step))
        if count <= 0:
            raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
        return first + stride * self._randbelow(count)

    # -- sequences -----------------------------------------------------------

    def sample(self, population, k, *, counts=None):
        """k distinct elements of a sequence (an element repeated per
        `counts` counts as that many elements)."""
        from collections.abc import Sequence
        if not isinstance(population, Sequence):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        if counts is not None:
            return self._sample_counted(population, counts, k)
        n = len(population)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        # Small populations: draw from a shrinking copy. Large ones: draw
        # indices, redrawing the ones already taken.
        threshold = 21
        if k > 5:
            threshold += 4 ** _math.ceil(_math.log(k * 3, 4))
        if n <= threshold:
            pool = list(population)
            picked = []
            for left in range(n, n - k, -1):
                j = self._randbelow(left)
                picked.append(pool[j])
                pool[j] = pool[left - 1]
            return picked
        taken = set()
        picked = []
        while len(picked) < k:
            j = self._randbelow(n)
            if j not in taken:
                taken.add(j)
                picked.append(population[j])
        return picked

    def _sample_counted(self, population, counts, k):
        # sample positions in the expanded population, then map each back
        # to its element through the running totals of the counts
        ends = list(_accumulate(counts))
        if len(ends) != len(population):
            raise ValueError('The number of counts does not match the population')
        total = ends.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        return [population[_bisect(ends, i)] for i in self.sample(range(total), k=k)]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements drawn with replacement, optionally weighted."""
        n = len(population)
        if cum_weights is None:
            if weights is None:
                size = n + 0.0
                return [population[_math.floor(self.random() * size)] for _ in range(k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                raise TypeError('The number of choices must be a keyword argument: '
                                f'k={weights}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _math.isfinite(total):
            raise ValueError('Total of weights must be finite')
        return [population[_bisect(cum_weights, self.random() * total, 0, n - 1)]
                for _ in range(k)]

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffles list x in place (Fisher-Yates, from the end)."""
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    # -- continuous distributions ----------------------------------------------

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            # the right part is the left part of the mirrored triangle
            u, c, low, high = 1.0 - u, 1.0 - c, high, low
        return low + (high - low) * _math.sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Kinderman and Monahan's ratio-of-uniforms method."""
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_math.log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Box-Muller: each pair of draws yields two values; the second is
        kept for the next call."""
        z, self.gauss_next = self.gauss_next, None
        if z is None:
            angle = self.random() * TWOPI
            radius = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(angle) * radius
            self.gauss_next = _math.sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        return -_math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Best and Fisher's method."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        s = 0.5 / kappa
        r = s + _math.sqrt(1.0 + s * s)
        while True:
            z = _math.cos(_math.pi * self.random())
            d = z / (r + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        angle = _math.acos(f)
        return (mu + angle if self.random() > 0.5 else mu - angle) % TWOPI

    def gammavariate(self, alpha, beta):
        """The gamma distribution (shape alpha, scale beta, both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        if alpha == 1.0:
            return -_math.log(1.0 - self.random()) * beta
        return self._gamma_small(alpha) * beta

    def _gamma_cheng(self, alpha):
        """Cheng's rejection method (1977) for alpha > 1."""
        ainv = _math.sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        scale = alpha + ainv
        while True:
            u1 = self.random()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - self.random()
            v = _math.log(u1 / (1.0 - u1)) / ainv
            x = alpha * _math.exp(v)
            z = u1 * u1 * u2
            r = shift + scale * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _math.log(z):
                return x

    def _gamma_small(self, alpha):
        """Ahrens and Dieter's method GS for alpha < 1."""
        b = (_math.e + alpha) / _math.e
        while True:
            p = b * self.random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if self.random() <= _math.exp(-x):
                    return x
            else:
                x = -_math.log((b - p) / alpha)
                if self.random() <= x ** (alpha - 1.0):
                    return x

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if not y:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        return alpha * (-_math.log(1.0 - self.random())) ** (1.0 / beta)

    # -- discrete distributions ------------------------------------------------

    def binomialvariate(self, n=1, p=0.5):
        """Successes in n independent trials of probability p."""
        if n < 0:
            raise ValueError("n must be non-negative")
        if p == 0.0 or p == 1.0:
            return n if p else 0
        if p < 0.0 or p > 1.0:
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        if n == 1:
            return _index(self.random() < p)
        if p > 0.5:
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            return self._binomial_by_gaps(n, p)
        return self._binomial_btrs(n, p)

    def _binomial_by_gaps(self, n, p):
        """Counts successes by drawing the geometric gaps between them
        (Devroye); fast for small n * p."""
        log_q = _math.log2(1.0 - p)
        if not log_q:
            return 0
        successes = 0
        position = 0
        while True:
            position += _math.floor(_math.log2(self.random()) / log_q) + 1
            if position > n:
                return successes
            successes += 1

    def _binomial_btrs(self, n, p):
        """Hörmann's transformed rejection with squeeze (BTRS)."""
        spq = _math.sqrt(n * p * (1.0 - p))
        b = 1.15 + 2.53 * spq
        a = -0.0873 + 0.0248 * b + 0.01 * p
        c = n * p + 0.5
        v_r = 0.92 - 4.2 / b
        exact = None    # constants of the exact test, made on first need
        while True:
            u = self.random() - 0.5
            us = 0.5 - _math.fabs(u)
            k = _math.floor((2.0 * a / us + b) * u + c)
            if k < 0 or k > n:
                continue
            v = self.random()
            if us >= 0.07 and v <= v_r:
                return k
            if exact is None:
                alpha = (2.83 + 5.1 / b) * spq
                lpq = _math.log(p / (1.0 - p))
                m = _math.floor((n + 1) * p)
                h = _math.lgamma(m + 1) + _math.lgamma(n - m + 1)
                exact = alpha, lpq, m, h
            alpha, lpq, m, h = exact
            v *= alpha / (a / (us * us) + b)
            if _math.log(v) <= h - _math.lgamma(k + 1) - _math.lgamma(n - k + 1) + (k - m) * lpq:
                return k


class SystemRandom(Random):
    """Random numbers from os.urandom: not reproducible, no state."""

    def random(self):
        from os import urandom
        return (int.from_bytes(urandom(7)) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        from os import urandom
        size = (k + 7) // 8
        return int.from_bytes(urandom(size)) >> (size * 8 - k)

    def randbytes(self, n):
        from os import urandom
        return urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


# The module's functions are the bound methods of one shared generator.
_inst = Random()
for _name in __all__[2:]:
    globals()[_name] = getattr(_inst, _name)
del _name
