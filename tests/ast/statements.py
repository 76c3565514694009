# ay-args: --dump-ast
import os
import os.path as osp, sys
from . import x
from .. import y as z
from ..a.b import (c as d, e,)
from ...pkg import f
from m import *
from __future__ import annotations
x = 1
a = b = c = 2
a, *b = c
[a, b] = (c, d) = e
x: int
y: list[int] = []
(z): int = 3
obj.attr: str
x += 1; y -= 2; z *= 3
x @= m; x /= 2; x //= 3; x %= 4; x **= 5; x >>= 1; x <<= 2; x &= 3; x |= 4; x ^= 5
del x, y[0], z.a
del (a, b), [c]
pass
global g1, g2
nonlocal n1
assert x
assert x, "message"
raise
raise E
raise E("x") from err
raise E from None
