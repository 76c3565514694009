# Argument-binding errors: keyword-only defaults are not reported missing,
# positional-only names given as keywords are listed in one quoted string.
def kw_only(a, *, b, c=3, d, e=5):
    return a, b, c, d, e
for call in (lambda: kw_only(1), lambda: kw_only(1, d=4), lambda: kw_only(1, b=2)):
    try:
        call()
    except TypeError as e:
        print(e)
print(kw_only(1, b=2, d=4))
def pos_only(a, b, /, c):
    return a, b, c
for kwargs in ({"a": 1, "b": 2, "c": 3}, {"b": 2, "c": 3}):
    try:
        pos_only(1, **kwargs) if "a" not in kwargs else pos_only(**kwargs)
    except TypeError as e:
        print(e)
def pos_kw(a, /, **kw):
    return a, kw
print(pos_kw(1, a=2))
