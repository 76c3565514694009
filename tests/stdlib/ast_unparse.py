# ast.unparse: statements, precedence and parentheses, strings and f-strings
# (quote choice), docstrings, patterns, type parameters, and the round trip
# of a whole program through parse/unparse/compile.
import ast

SNIPPETS = [
    "x = 1 + 2 * 3", "y = (1 + 2) * 3", "z = -x ** 2", "w = (-x) ** 2", "a ** b ** c", "(a ** b) ** c",
    "a - (b - c)", "(a - b) - c", "not a and b or c", "a and (b or c)", "(a, b) = c, d = 1, 2",
    "x, = y", "a[1:2, ::3]", "a[:, None]", "a[()]", "a[(1, 2)]", "f(*args, k=1, **kw)", "lambda: 0",
    "lambda x, /, y=2, *z, w, **v: x", "(yield)", "x = yield y", "await f()", "1 .real", "1.5.real",
    "(x := 5)", "print((y := 2))", "[x for x in range(3) if x if not x]", "{k: v for k, v in d}",
    "{x async for x in y}", "(g for g in h)", "{}", "{*()}", "set()", "{1, 2}", "{**a, 'b': 1}",
    "x if y else z", "(x if y else z) if w else v", "a if (b if c else d) else e", "a < b <= c",
    "(a < b) < c", "a is not b", "a not in b", "del a, b[0]", "assert x, 'message'", "raise",
    "raise E from e", "global a, b", "import a.b as c, d", "from . import x", "from ..m import (a as b)",
    "'single'", '"double"', "'it\\'s'", "'both \\' and \"'", "'''tri'''", "b'bytes'", "u'unicode'",
    "'tab\\there'", "'new\\nline'", "'\\x00\\u1234\\U0001F600'", "'é'", "1e400", "-1e400", "1j", "1e400j",
    "f'{x}'", "f'{x!r:>10}'", "f'{x=}'", "f\"{'a'}\"", "f'{x:{w}.{p}}'", "f'{{literal}}'", "f'a\\nb{c}'",
    "f'''{a}\\n'''", "f'{ {1: 2}[1] }'", "f'{x}' 'y' f'{z}'", "f'{\"q\"!s}'",
    "for i in x:\n    pass\nelse:\n    break", "while 1:\n    continue", "async def f():\n    async with a as b:\n        async for i in c:\n            await i",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x\nelse:\n    y",
    "if a:\n    pass\nelse:\n    if b:\n        pass\n    z = 1",
    "try:\n    a\nexcept E as e:\n    b\nexcept:\n    c\nelse:\n    d\nfinally:\n    e",
    "try:\n    a\nexcept* E:\n    b", "with a, b as (c, d):\n    pass",
    "@dec\n@dec2(arg)\nclass C(B, metaclass=M):\n    '''Doc \"quoted\".'''\n    x: int = 1\n    def m(self) -> int:\n        return 1",
    "def f():\n    '''Line one.\n\n    Line two.\n    '''\n    return",
    "def g[T: int, *Ts, **P](a: T) -> T:\n    pass", "type X[T] = list[T]", "class K[T]:\n    pass",
    "match p:\n    case [1, *rest] | (2 | 3):\n        pass\n    case {'a': 1, **kw}:\n        pass\n    case Point(1, y=2) as pt if pt:\n        pass\n    case None | True | -1 | 1 + 2j:\n        pass\n    case _:\n        pass",
    "x: int", "(x): int = 1", "x.y: str", "a += 1; b <<= 2; c @= d",
    "nonlocal_q = 1\ndef outer():\n    q = 1\n    def inner():\n        nonlocal q\n        q += 1",
    "print(*a, sep='')", "x = [*a, *b]", "f(a for a in b)", "f((a for a in b), c)",
    "x = (1,)", "x = ()", "x = 1,", "for (a, b) in c: pass", "return_ = lambda: (yield)",
]
for src in SNIPPETS:
    try:
        out = ast.unparse(ast.parse(src))
    except SyntaxError as e:
        print("SyntaxError", repr(src), e.msg)
        continue
    print(out)
    print("---")

# built trees, without parsing
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name("a"), ast.Add(), ast.Name("b")), ast.Mult(), ast.Constant(2))))
print(ast.unparse(ast.Constant(value=(1, "two", 3.0))), ast.unparse(ast.Constant((5,))))
print(ast.unparse(ast.Tuple([ast.Name("x")], ast.Load())), ast.unparse(ast.Tuple([], ast.Load())))
print(ast.unparse(ast.Expression(ast.Name("e"))), repr(ast.unparse(ast.Module([], []))))
try:
    ast.unparse(ast.Raise(cause=ast.Name("c")))
except ValueError as e:
    print("ValueError", e)

program = '''
import math

def area(shape, *dims, scale=1.0):
    """Area of a shape."""
    match shape:
        case "circle":
            (r,) = dims
            return math.pi * r ** 2 * scale
        case "rect":
            w, h = dims
            return w * h * scale
    raise ValueError(f"unknown shape {shape!r}")

results = {name: round(area(name, *d), 3) for name, d in [("circle", (1,)), ("rect", (2, 3))]}
print(results, f"{sum(results.values()):.2f}")
'''
text = ast.unparse(ast.parse(program))
print(text)
exec(compile(text, "<unparsed>", "exec"))
print(ast.unparse(ast.parse(text)) == text)
