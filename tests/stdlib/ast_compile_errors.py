# compile() of malformed trees: wrong node sorts, missing fields, mismatched
# lists and empty bodies are refused with CPython's errors instead of
# reaching the compiler.
import ast


def expr(node):
    return ast.fix_missing_locations(ast.Expression(node))


def module(*stmts):
    return ast.fix_missing_locations(ast.Module(body=list(stmts), type_ignores=[]))


def name(n):
    return ast.Name(n, ast.Load())


args0 = ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[])
cases = [
    ("compare without comparators", expr(ast.Compare(name("a"), [ast.Eq()], [])), "eval"),
    ("compare lengths", expr(ast.Compare(name("a"), [ast.Eq(), ast.Lt()], [name("b")])), "eval"),
    ("boolop of one", expr(ast.BoolOp(ast.And(), [name("a")])), "eval"),
    ("dict lengths", expr(ast.Dict([ast.Constant(1)], [])), "eval"),
    ("statement as expression", expr(ast.Pass()), "eval"),
    ("expression as statement", module(name("x")), "exec"),
    ("pattern as expression", expr(ast.MatchValue(ast.Constant(1))), "eval"),
    ("empty function body", module(ast.FunctionDef("f", args0, [], [])), "exec"),
    ("empty class body", module(ast.ClassDef("C", [], [], [], [])), "exec"),
    ("empty if body", module(ast.If(name("a"), [], [])), "exec"),
    ("empty while body", module(ast.While(name("a"), [], [])), "exec"),
    ("empty for body", module(ast.For(ast.Name("i", ast.Store()), name("a"), [], [])), "exec"),
    ("with without items", module(ast.With([], [ast.Pass()])), "exec"),
    ("try alone", module(ast.Try([ast.Pass()], [], [], [])), "exec"),
    ("try else without handlers", module(ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()])), "exec"),
    ("match without cases", module(ast.Match(name("x"), [])), "exec"),
    ("import nothing", module(ast.Import([])), "exec"),
    ("global nothing", module(ast.Global([])), "exec"),
    ("delete nothing", module(ast.Delete([])), "exec"),
    ("assign to nothing", module(ast.Assign([], ast.Constant(1))), "exec"),
    ("raise cause only", module(ast.Raise(None, name("e"))), "exec"),
    ("negative import level", module(ast.ImportFrom("m", [ast.alias("x")], -1)), "exec"),
    ("too many defaults", module(ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, [ast.Constant(1)]), [ast.Pass()], [])), "exec"),
    ("kw_defaults length", module(ast.FunctionDef("f", ast.arguments([], [], None, [ast.arg("k")], [], None, []), [ast.Pass()], [])), "exec"),
    ("name without id", expr(ast.Name(None, ast.Load())), "eval"),
    ("name id not str", expr(ast.Name(5, ast.Load())), "eval"),
    ("body not a list", ast.Module(body=ast.Pass(), type_ignores=[]), "exec"),
    ("missing value", expr(ast.UnaryOp(ast.USub())), "eval"),
    ("bad operator", expr(ast.BinOp(ast.Constant(1), ast.Load(), ast.Constant(2))), "eval"),
    ("constant of a list", expr(ast.Constant([1, 2])), "eval"),
    ("wrong root", ast.Module(body=[], type_ignores=[]), "eval"),
    ("not a tree", 42, "exec"),
]
for label, tree, mode in cases:
    try:
        code = compile(tree, "<tree>", mode)
        print(label, "-> compiled", type(code).__name__)
    except (TypeError, ValueError, SyntaxError) as e:
        print(label, "->", type(e).__name__, str(e).split(" at 0x")[0])

# the well-formed versions still compile and run
ok = module(ast.Assign([ast.Name("y", ast.Store())], ast.Compare(ast.Constant(1), [ast.Lt()], [ast.Constant(2)])),
            ast.Expr(ast.Call(name("print"), [name("y")], [])))
exec(compile(ok, "<ok>", "exec"))
