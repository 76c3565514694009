# ast: parse/dump of many constructs, literal_eval, node classes, visitors,
# transformers compiled back to code, location helpers, docstrings, source
# segments and the errors of each.
import ast

SOURCES = [
    "x = 1 + 2 * y",
    "def f(a, /, b: int = 2, *args, c, d=4, **kw) -> None:\n    '''doc'''\n    return a",
    "@dec\nclass C(B, metaclass=M):\n    x: int = 3\n    def m(self): pass",
    "async def g():\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i",
    "for i in range(10):\n    if i % 2: continue\n    else: break\nelse:\n    pass",
    "while x: x -= 1",
    "try:\n    pass\nexcept (A, B) as e:\n    raise C from e\nelse:\n    pass\nfinally:\n    del x",
    "try:\n    pass\nexcept* ValueError:\n    pass",
    "with open(f) as fh, lock: pass",
    "import os, sys as system\nfrom . import mod\nfrom ..pkg.sub import (a as b, c)",
    "global g\nnonlocal_ = lambda x, *y, z=1: (x, y, z)",
    "[i * j for i in a if i for j in b]\n{k: v for k, v in d.items()}\n{s for s in t}\n(g for g in h)",
    "a[1:2, ::3]\nb.c.d\n*rest, = e\nf(*g, **h)",
    "x if y else z\nnot a and b or c\na < b <= c != d is not e in f not in g",
    "match p:\n    case [1, *rest]: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=yy) | None: pass\n    case str() as s if s: pass\n    case _: pass",
    "type Alias[T: int, *Ts, **P] = list[T]\ndef h[U](u: U) -> U: return u",
    "f'{a!r:>{w}} and {b=}' 'tail'\nb'bytes' + 'str' + u'uni'",
    "x = ...\ny = 1.5e300 * 2j\nz = 123456789012345678901234567890\nw = -0.0",
    "assert x, 'msg'\n(n := 1 if False else None)\nprint(n := 5)",
    "x @= y; z **= 2; w //= 3; v >>= 1; u |= 4",
]
for src in SOURCES:
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        print("SyntaxError", e)
        continue
    print(ast.dump(tree))
print(ast.dump(ast.parse(SOURCES[1]), indent=4))
print(ast.dump(ast.parse("f(x, y=[1, 2])"), indent="..", include_attributes=True))
print(ast.dump(ast.parse("f(x, y=[1, 2])"), annotate_fields=False))
print(ast.dump(ast.parse("a.b = -1"), annotate_fields=False, indent=1))
print(ast.dump(ast.parse("x + 1", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse(b"y = 'bytes source'")))
print(ast.dump(ast.parse("").body and 1 or ast.Module(body=[], type_ignores=[])))

print("-- errors")
for bad in ["x = (", "def f(:\n  pass", "  x = 1", "return", "f(**a, *b)", "x = 1 +"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    ast.parse("x", mode="bogus")
except ValueError as e:
    print("ValueError", e)
try:
    ast.dump("not a node")
except TypeError as e:
    print("TypeError", e)

print("-- literal_eval")
for text in ["42", "-3.5", "+7", "1+2j", "-1-2j", "'s'", "b'b'", "(1, [2, {3: 'x'}])",
             "{1, 2}", "set()", "None", "True", "  [1, 2]", "{'a': (1,)}", "...",
             "x", "1 + 1", "f()", "[1, x]", "{**d}", "2 ** 3", "-'a'", "1 + (2j)", "set([1])"]:
    try:
        print(repr(text), "->", repr(ast.literal_eval(text)))
    except (ValueError, TypeError, SyntaxError) as e:
        message = str(e)
        print(repr(text), "->", type(e).__name__, message[:message.find(" <") if " <" in message else None])
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(value=5)))

print("-- node classes")
n = ast.Name("x", ast.Load())
print(n.id, type(n.ctx).__name__, ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__)
print(ast.dump(n), hasattr(n, "lineno"), n.end_lineno)
print(ast.dump(ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2))))
print(ast.dump(ast.Return()), ast.Return().value, ast.Constant(1).kind)
print(ast.dump(ast.FunctionDef(name="f")))
for cls in [ast.Name, ast.Pass, ast.Constant]:
    try:
        cls(1, 2, 3)
    except TypeError as e:
        print("TypeError", e)
print(isinstance(ast.parse("x").body[0], ast.stmt), issubclass(ast.Name, ast.expr),
      issubclass(ast.expr, ast.AST), issubclass(ast.Add, ast.operator),
      issubclass(ast.comprehension, ast.AST), issubclass(ast.ExceptHandler, ast.excepthandler),
      issubclass(ast.MatchAs, ast.pattern), issubclass(ast.TypeVar, ast.type_param))
print(ast.stmt._attributes, ast.arg._fields, ast.arguments._fields, ast.keyword._attributes)
print(ast.Module._fields, ast.FunctionDef._fields, ast.Constant._fields, ast.ImportFrom._fields)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
node = ast.parse("x").body[0].value
match node:
    case ast.Name(id, ctx):
        print("matched", id, type(ctx).__name__)
print([(name, ast.dump(value) if isinstance(value, ast.AST) else value)
       for name, value in ast.iter_fields(ast.parse("a.b", mode="eval").body)])
print([type(c).__name__ for c in ast.iter_child_nodes(ast.parse("f(a, b=c)").body[0].value)])

print("-- walk and visitors")
tree = ast.parse(SOURCES[1] + "\n" + SOURCES[2])
print([type(n).__name__ for n in ast.walk(tree)])

class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append(node.id)
    def visit_FunctionDef(self, node):
        self.seen.append("def " + node.name)
        self.generic_visit(node)
v = Names()
v.visit(ast.parse("def f(x):\n    return x + y\nz = f(w)"))
print(v.seen)

class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
    def visit_Expr(self, node):
        self.generic_visit(node)
        if isinstance(node.value, ast.Name) and node.value.id == "drop":
            return None
        return node
    def visit_Assign(self, node):
        self.generic_visit(node)
        extra = ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("assigned")], []))
        return [node, extra]

tree = ast.parse("x = 1 + 2\ndrop\nprint(x, 'kept')\n")
tree = ast.fix_missing_locations(Double().visit(tree))
print(ast.dump(tree))
exec(compile(tree, "<transformed>", "exec"))

print("-- compile")
expr = ast.Expression(body=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), "<e>", "eval")))
print(type(compile("a + 1", "<s>", "eval", ast.PyCF_ONLY_AST)).__name__)
print(ast.dump(compile("a + 1", "<s>", "exec", flags=ast.PyCF_ONLY_AST)))
code = compile(ast.parse("def sq(n):\n    return n * n\nresult = [sq(i) for i in range(5)]"), "<m>", "exec")
ns = {}
exec(code, ns)
print(ns["result"])
single = compile(ast.parse("40 + 2", mode="single"), "<i>", "single")
exec(single)
try:
    compile(ast.Module(body=[ast.Expr(ast.Name("x", ast.Load()))], type_ignores=[]), "<x>", "exec")
except TypeError as e:
    print("TypeError", e)
try:
    compile(ast.parse("x", mode="eval"), "<x>", "exec")
except TypeError as e:
    print("TypeError", e)
try:
    compile(ast.fix_missing_locations(ast.Module(body=[ast.Return(ast.Constant(1))], type_ignores=[])), "<r>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)

print("-- locations")
tree = ast.parse("a = 1\nb = 2")
ast.increment_lineno(tree, 3)
print([(n.lineno, n.end_lineno) for n in ast.walk(tree) if hasattr(n, "lineno")])
new = ast.Name("q", ast.Load())
ast.copy_location(new, tree.body[1].value)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
node = ast.fix_missing_locations(ast.Expression(ast.Call(ast.Name("f", ast.Load()), [], [])))
print(node.body.lineno, node.body.col_offset, node.body.end_lineno, node.body.func.end_col_offset)

print("-- docstrings and segments")
mod = ast.parse('"""Module doc."""\ndef f():\n    """\n    Indented\n      doc.\n    """\nclass K:\n    x = 1\nasync def g():\n    "one"\n')
print(repr(ast.get_docstring(mod)), repr(ast.get_docstring(mod.body[1])),
      repr(ast.get_docstring(mod.body[1], clean=False)), ast.get_docstring(mod.body[2]),
      ast.get_docstring(mod.body[3]))
try:
    ast.get_docstring(mod.body[2].body[0])
except TypeError as e:
    print("TypeError", e)
src = "def f(x):\n    return [x,\n            x * 2]\ny = 'é' + f(1)\n"
tree = ast.parse(src)
ret = tree.body[0].body[0]
print(repr(ast.get_source_segment(src, ret)))
print(repr(ast.get_source_segment(src, ret.value, padded=True)))
print(repr(ast.get_source_segment(src, tree.body[1].value.right)))
print(ast.get_source_segment(src, ast.Name("x")))
