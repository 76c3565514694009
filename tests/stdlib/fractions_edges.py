# fractions: zero division messages, literal forms, conversions, mixed-type operators, limit_denominator ties, hashing, formatting
from fractions import Fraction as F
from decimal import Decimal as D
import math, sys, copy

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for f in [lambda: F(3, 2) / 0, lambda: F(3, 2) / F(0), lambda: 0.5 / F(0), lambda: 2 / F(0), lambda: F(3, 2) % 0,
          lambda: F(3, 2) // 0, lambda: divmod(F(3, 2), 0), lambda: F(0) ** -2, lambda: F(0, 5) ** -3, lambda: F(-2, 3) ** -3,
          lambda: F(math.nan), lambda: F(math.inf), lambda: F(D('nan')), lambda: F('1e1_0'), lambda: F(' 3 / 4 '),
          lambda: F('3/ -4'), lambda: F('+.5E-1'), lambda: F('1.'), lambda: F('.'), lambda: F(''), lambda: F('1__0'),
          lambda: F('1/2.0'), lambda: F('-0012/0030'), lambda: F('1/0'), lambda: F(1, 2.0), lambda: F(F(1, 2), 3), lambda: F(3, F(6, 5)),
          lambda: F.from_float('x'), lambda: F.from_float(3), lambda: F.from_float(-0.375), lambda: F.from_decimal(2.5),
          lambda: F.from_decimal(4), lambda: F.from_decimal(D('-1.25E-3')),
          lambda: [F(n, 4).limit_denominator(1) for n in (10, 6, 7, 14, 2)], lambda: F(math.pi).limit_denominator(100),
          lambda: F(-math.e).limit_denominator(7), lambda: F(1, 2) ** 0.5, lambda: F(1, 2) ** 1j, lambda: F(-1, 2) ** F(1, 2),
          lambda: 2 ** F(1, 2), lambda: 2 ** F(-1), lambda: 2.5 ** F(2), lambda: D(2) ** F(2), lambda: (1 + 1j) ** F(2),
          lambda: F(2, 3) ** F(-2), lambda: F(-2, 3) ** 3, lambda: F(1, 3) < D(1), lambda: F(1, 3) == D(1),
          lambda: F(1, 2) == 0.5 + 0j, lambda: F(1, 2) < math.nan, lambda: F(1, 2) > -math.inf, lambda: F(1, 2) == math.inf,
          lambda: F(1, 2) < 'x', lambda: F(1, 2) >= 0.5, lambda: F(1, 3) <= 1 / 3, lambda: round(F(25, 10), 1), lambda: round(F(-35, 10), 0),
          lambda: round(F(12345), -2), lambda: round(F(-5, 2)), lambda: round(F(7, 2)), lambda: hash(F(1, 3)), lambda: hash(F(-1, 1)), lambda: hash(F(-7, 2)),
          lambda: hash(F(1, sys.hash_info.modulus)), lambda: int(F(-7, 2)), lambda: math.trunc(F(7, 2)), lambda: F(7, 2).__reduce__(),
          lambda: type(+type('S', (F,), {})(1, 2)).__name__, lambda: repr(type('S', (F,), {})(2, 4)), lambda: F(1, 3) % F(1, 5), lambda: F(-7, 3) % 2,
          lambda: 7 % F(2, 3), lambda: 7.5 % F(2, 3), lambda: 7 // F(2, 3), lambda: divmod(7, F(2, 3)), lambda: divmod(F(-7, 2), F(2, 3)),
          lambda: F(1, 3) * 1j, lambda: F(1, 3) // 1j, lambda: 1j - F(1, 3), lambda: F(1, 3).real, lambda: (F(1, 3).imag, F(1, 3).conjugate()),
          lambda: F(True, 2), lambda: copy.copy(F(1, 2)), lambda: copy.deepcopy(F(-1, 2)), lambda: F(10, 4).as_integer_ratio(), lambda: F(-3).is_integer()]:
    show(f)
for s in ['.1f', '08.2f', '<8.2%', '_.3f', ',g', '#.0f', '#g', 'z.1f', ' .2e', '012,.2f', '=+12.3f', 'x^15,.2f', '.0%', '.30g', 'g', 'G', '.3E', 'd', '010', '<010f', '.2', '', '.0e', '#.0e', '+08,.1f', '.15g', '.1g']:
    for v in (F(-12345678, 7), F(1, 10 ** 9), F(0), F(-1, 1000), F(999999, 1000), F(5, 2)):
        show(lambda: format(v, s))
