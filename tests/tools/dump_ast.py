# Print ast.dump of a file the way `ay --dump-ast` does (used by tests/gen-expected).
import ast
import sys

attrs = "--attrs" in sys.argv
path = sys.argv[-1]
with open(path, "rb") as f:
    src = f.read()
print(ast.dump(ast.parse(src, path), include_attributes=attrs))
