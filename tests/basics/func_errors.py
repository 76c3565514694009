# CPython's exact TypeError messages for bad calls
def one(a): pass
def two(a, b): pass
def three(a, b, c): pass
def opt(a, b=1): pass
def kw(*, k): pass
def kw2(*, k, m): pass
def po(a, /, b): pass
def none(): pass
def varargs(a, *args): pass
S, FIVE = "abc", 5
class C:
    def meth(self, x): pass
    @staticmethod
    def st(x): pass
    @classmethod
    def cm(cls, x): pass
cases = [
    ("one()", lambda: one()), ("two()", lambda: two()), ("three()", lambda: three()), ("three(1)", lambda: three(1)),
    ("one(1, 2)", lambda: one(1, 2)), ("opt(1, 2, 3)", lambda: opt(1, 2, 3)), ("opt()", lambda: opt()),
    ("none(1)", lambda: none(1)), ("one(b=1)", lambda: one(b=1)), ("one(1, a=2)", lambda: one(1, a=2)),
    ("kw()", lambda: kw()), ("kw(1)", lambda: kw(1)), ("kw2()", lambda: kw2()), ("kw(k=1, j=2)", lambda: kw(k=1, j=2)),
    ("po(a=1, b=2)", lambda: po(a=1, b=2)), ("po(1)", lambda: po(1)), ("varargs()", lambda: varargs()),
    ("C().meth()", lambda: C().meth()), ("C().meth(1, 2)", lambda: C().meth(1, 2)), ("C.meth(1)", lambda: C.meth(1)),
    ("C.st()", lambda: C.st()), ("C.cm()", lambda: C.cm()), ("C(1)", lambda: C(1)), ("opt(1, b=2, c=3)", lambda: opt(1, b=2, c=3)),
    ("two(1, 2, 3, 4)", lambda: two(1, 2, 3, 4)), ("kw2(1, 2)", lambda: kw2(1, 2)), ("opt(b=1)", lambda: opt(b=1)),
    ("len()", lambda: len()), ("len(1, 2)", lambda: len(1, 2)), ("len(1)", lambda: len(1)), ("abs(x=1)", lambda: abs(x=1)),
    ("int('1', 2, 3)", lambda: int("1", 2, 3)), ("[].append()", lambda: [].append()), ("'x'.join()", lambda: "x".join()),
    ("(lambda x: x)()", lambda: (lambda x: x)()), ("sorted()", lambda: sorted()), ("isinstance(1)", lambda: isinstance(1)),
    ("po(1, 2, a=3)", lambda: po(1, 2, a=3)), ("three(1, c=2)", lambda: three(1, c=2)), ("divmod(1)", lambda: divmod(1)),
    ("s()", lambda: S()), ("five()", lambda: FIVE()), ("getattr(1)", lambda: getattr(1)), ("dict(1, 2)", lambda: dict(1, 2)),
]
for label, fn in cases:
    try:
        fn()
        print(label, "no error")
    except TypeError as e:
        print(label, "->", e)
