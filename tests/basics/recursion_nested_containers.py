# Comparing and printing self-containing or very deep containers: RecursionError, never a crash.
import sys
def t(name, f):
    try:
        r = f()
        print(name, "ok", type(r).__name__)
    except RecursionError as e:
        print(name, "RecursionError", e)
    except Exception as e:
        print(name, type(e).__name__, e)
a = []; a.append(a); b = []; b.append(b)
t("eq-rec", lambda: a == b)
t("lt-rec", lambda: a < b)
d = {}; d[1] = d; e = {}; e[1] = e
t("dict-eq-rec", lambda: d == e)
deep = []
for i in range(3000):
    deep = [deep]
deep2 = []
for i in range(3000):
    deep2 = [deep2]
t("repr-deep", lambda: len(repr(deep)))
t("eq-deep", lambda: deep == deep2)
t("str-deep", lambda: len(str(deep)))
t("in-deep", lambda: deep in [deep2])
t("sorted-deep", lambda: sorted([deep, deep2]))
# (hash() of a 200000-deep tuple raises RecursionError in Ay; CPython 3.12
# overflows its C stack there, so it has no expected output to check against)
