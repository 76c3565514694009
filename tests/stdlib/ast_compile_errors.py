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

# targets, contexts, patterns, comprehensions and the compiler's own checks
L, S = ast.Load(), ast.Store()
def N(n, c=L): return ast.Name(n, c)
def mod2(*b): return ast.fix_missing_locations(ast.Module(list(b), []))
def ex(e): return ast.fix_missing_locations(ast.Expression(e))
args0 = ast.arguments([], [], None, [], [], None, [])
def match(pattern): return mod2(ast.Match(N("x"), [ast.match_case(pattern, None, [ast.Pass()])]))
trees = [
 ("assign to call", mod2(ast.Assign([ast.Call(N("f"), [], [])], ast.Constant(1)))),
 ("assign to const", mod2(ast.Assign([ast.Constant(1)], ast.Constant(1)))),
 ("assign to binop", mod2(ast.Assign([ast.BinOp(N("a"), ast.Add(), N("b"))], ast.Constant(1)))),
 ("del const", mod2(ast.Delete([ast.Constant(1)]))),
 ("for target call", mod2(ast.For(ast.Call(N("f"), [], []), N("a"), [ast.Pass()], []))),
 ("starred expr", ex(ast.Starred(N("a"), L))),
 ("slice expr", ex(ast.Slice(None, None, None))),
 ("await module", mod2(ast.Expr(ast.Await(N("a"))))),
 ("yield module", mod2(ast.Expr(ast.Yield(None)))),
 ("return module", mod2(ast.Return(None))),
 ("walrus attr", ex(ast.NamedExpr(ast.Attribute(N("a"), "b", S), ast.Constant(1)))),
 ("fstring name", ex(ast.JoinedStr([N("a")]))),
 ("fstring const int", ex(ast.JoinedStr([ast.Constant(5)]))),
 ("fvalue conv", ex(ast.JoinedStr([ast.FormattedValue(N("a"), 999, None)]))),
 ("fvalue spec name", ex(ast.JoinedStr([ast.FormattedValue(N("a"), -1, N("b"))]))),
 ("listcomp no gens", ex(ast.ListComp(N("a"), []))),
 ("dictcomp no gens", ex(ast.DictComp(N("a"), N("b"), []))),
 ("lambda", ex(ast.Lambda(args0, N("a")))),
 ("matchas pattern no name", match(ast.MatchAs(ast.MatchValue(ast.Constant(1)), None))),
 ("matchstar top", match(ast.MatchStar("r"))),
 ("singleton 5", match(ast.MatchSingleton(5))),
 ("matchvalue name", match(ast.MatchValue(N("a")))),
 ("matchclass const", match(ast.MatchClass(ast.Constant(1), [], [], []))),
 ("matchor one", match(ast.MatchOr([ast.MatchValue(ast.Constant(1))]))),
 ("matchmapping key name", match(ast.MatchMapping([N("k")], [ast.MatchAs(None, "v")], None))),
 ("two starred", match(ast.MatchSequence([ast.MatchStar("a"), ast.MatchStar("b")]))),
 ("break outside", mod2(ast.Break())),
 ("nonlocal module", mod2(ast.Nonlocal(["x"]))),
 ("class kw none", mod2(ast.ClassDef("C", [], [ast.keyword(None, N("k"))], [ast.Pass()], []))),
 ("call kw None twice", ex(ast.Call(N("f"), [], [ast.keyword("a", N("b")), ast.keyword("a", N("c"))]))),
 ("subscript store expr", ex(ast.Subscript(N("a"), ast.Constant(1), S))),
 ("name store in load", ex(N("a", S))),
 ("name del in load", ex(N("a", ast.Del()))),
 ("global then assign", mod2(ast.FunctionDef("f", args0, [ast.Assign([N("x", S)], ast.Constant(1)), ast.Global(["x"])], []))),
 ("with item store call", mod2(ast.With([ast.withitem(N("a"), ast.Call(N("f"), [], []))], [ast.Pass()]))),
 ("import star in func", mod2(ast.FunctionDef("f", args0, [ast.ImportFrom("m", [ast.alias("*")], 0)], []))),
 ("interactive", ast.fix_missing_locations(ast.Interactive([ast.Expr(ast.Constant(1))]))),
 ("typealias", mod2(ast.TypeAlias(N("X", S), [], N("int")))),
 ("typealias load", mod2(ast.TypeAlias(N("X"), [], N("int")))),
 ("generic func", mod2(ast.FunctionDef("f", args0, [ast.Pass()], [], None, None, [ast.TypeVar("T", None)]))),
 ("kw_defaults None", mod2(ast.FunctionDef("f", ast.arguments([], [], None, [ast.arg("k")], [None], None, []), [ast.Pass()], []))),
 ("dict unpack", ex(ast.Dict([None], [N("d")]))),
 ("set empty", ex(ast.Set([]))),
 ("compare many", ex(ast.Compare(N("a"), [ast.Lt(), ast.Gt()], [N("b"), N("c")]))),
]
for label, tree in trees:
    mode = {"Module": "exec", "Expression": "eval", "Interactive": "single"}[type(tree).__name__]
    try:
        code = compile(tree, "<t>", mode)
        print(label, "compiled")
    except Exception as e:
        print(label, type(e).__name__, str(e).split(" at 0x")[0])
