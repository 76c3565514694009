"""Conversions from RGB to YIQ, HLS and HSV and back. Coordinates are floats
in [0, 1], except I and Q of YIQ which may be negative."""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb", "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0

# YIQ -> RGB: each of r, g, b is y + (I coefficient) * i + (Q coefficient) * q
_FROM_YIQ = ((0.9468822170900693, 0.6235565819861433),
             (-0.27478764629897834, -0.6356910791873801),
             (-1.1085450346420322, 1.7090069284064666))


def rgb_to_yiq(r, g, b):
    y = 0.30 * r + 0.59 * g + 0.11 * b
    red_diff, blue_diff = r - y, b - y
    return (y, 0.74 * red_diff - 0.27 * blue_diff, 0.48 * red_diff + 0.41 * blue_diff)


def yiq_to_rgb(y, i, q):
    return tuple(min(max(y + ci * i + cq * q, 0.0), 1.0) for ci, cq in _FROM_YIQ)


# By largest channel (r, g, b): the hue in sixths of the circle is
# offset + distance[added] - distance[subtracted], where distance[c] is how
# far channel c is below the largest, relative to the spread.
_HUE_TERMS = ((0.0, 2, 1), (2.0, 0, 2), (4.0, 1, 0))


def _hue(r, g, b, top, spread):
    """The hue in [0, 1) that HLS and HSV share."""
    distance = [(top - c) / spread for c in (r, g, b)]
    offset, added, subtracted = _HUE_TERMS[0 if r == top else 1 if g == top else 2]
    return ((offset + distance[added] - distance[subtracted]) / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    top, bottom = max(r, g, b), min(r, g, b)
    lightness = (top + bottom) / 2.0
    if top == bottom:
        return 0.0, lightness, 0.0
    spread = top - bottom
    if lightness <= 0.5:
        saturation = spread / (top + bottom)
    else:
        saturation = spread / (2.0 - top - bottom)
    return _hue(r, g, b, top, spread), lightness, saturation


def _hls_channel(low, high, hue):
    """One RGB channel of an HLS colour, for a hue shifted to it."""
    # a trapezoid: rising over the first sixth, high until a half, falling
    # until two thirds, low after
    hue %= 1.0
    if ONE_SIXTH <= hue < 0.5:
        return high
    if not hue < TWO_THIRD:
        return low
    ramp = hue if hue < ONE_SIXTH else TWO_THIRD - hue
    return low + (high - low) * ramp * 6.0


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    high = l * (1.0 + s) if l <= 0.5 else l + s - (l * s)
    low = 2.0 * l - high
    return tuple(_hls_channel(low, high, h + shift) for shift in (ONE_THIRD, 0.0, -ONE_THIRD))


def rgb_to_hsv(r, g, b):
    top, bottom = max(r, g, b), min(r, g, b)
    if top == bottom:
        return 0.0, 0.0, top
    spread = top - bottom
    return _hue(r, g, b, top, spread), spread / top, top


# For each sixth of the hue circle, which of (v, p, q, t) make r, g, b.
_HSV_SECTORS = ((0, 3, 1), (2, 0, 1), (1, 0, 3), (1, 2, 0), (3, 1, 0), (0, 1, 2))


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    sector = int(h * 6.0)
    f = (h * 6.0) - sector
    values = (v, v * (1.0 - s), v * (1.0 - s * f), v * (1.0 - s * (1.0 - f)))
    return tuple(values[k] for k in _HSV_SECTORS[sector % 6])
