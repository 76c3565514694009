# ast's deprecated node kinds (Num, Str, Bytes, NameConstant, Ellipsis): isinstance
# checks, constructors, the n/s aliases, visit_Num dispatch and their warnings.
import ast
print(isinstance(ast.Constant(5), ast.Num), isinstance(ast.Constant('s'), ast.Num), isinstance(ast.Constant(True), ast.Num))
n = ast.Num(5); print(type(n).__name__, ast.dump(n), n.n)
print(ast.dump(ast.Str('x')), ast.dump(ast.NameConstant(None)), ast.dump(ast.Ellipsis()))
print(ast.Num._fields, ast.Str._fields, [c.__name__ for c in ast.Num.__mro__])
class V(ast.NodeVisitor):
    def visit_Num(self, node): print('num', node.n)
    def visit_Str(self, node): print('str', node.s)
V().visit(ast.parse('1 + 2 + len("ab")'))
class Calc(ast.NodeVisitor):
    def visit_BinOp(self, node):
        l, r = self.visit(node.left), self.visit(node.right)
        return {ast.Add: l + r, ast.Mult: l * r}.get(type(node.op))
    def visit_Num(self, node): return node.n
    def visit_Expression(self, node): return self.visit(node.body)
print(Calc().visit(ast.parse("2 * 3 + 4", mode="eval")))
try: ast.Num(1, 2)
except TypeError as e: print(e)
try: ast.Num(x=1)
except TypeError as e: print(e)
try: ast.Nope
except AttributeError as e: print(e)
print(isinstance(ast.Name('x'), ast.Num), isinstance(ast.Constant(...), ast.Ellipsis), isinstance(ast.Constant(None), ast.NameConstant), isinstance(ast.Constant(b''), ast.Bytes))
