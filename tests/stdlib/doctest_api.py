# doctest: run_docstring_examples, testfile, the parser and checker API,
# report options (diffs, first failure only), DebugRunner, DocTestSuite,
# script_from_examples and malformed docstrings.
import doctest
import io
import os
import re
import sys
import tempfile
import unittest


def square(x):
    """
    >>> square(3)
    9
    >>> square(-2)
    5
    """
    return x * x


def scrub(text):
    # tracebacks name doctest's own source file, which differs per interpreter
    lines = []
    for line in text.splitlines():
        if "File" in line and ("doctest.py" in line or "frozen doctest" in line):
            continue
        if line.strip().startswith("exec(compile(") or line.strip().startswith("^^^^^^^^^^"):
            continue
        lines.append(line)
    return "\n".join(lines)


print("-- run_docstring_examples")
doctest.run_docstring_examples(square, globals(), name="square")
doctest.run_docstring_examples(square, globals(), verbose=True)
doctest.run_docstring_examples(square, {"square": lambda x: x + 2})

print("-- parser")
parser = doctest.DocTestParser()
text = """
Intro text.
    >>> x = 1
    >>> if x:
    ...     print('yes')
    yes

  >>> raise ValueError('bad')
  Traceback (most recent call last):
    File "<stdin>", line 1
  ValueError: bad
  >>> print(1)  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
  1
"""
for piece in parser.parse(text, "t"):
    if isinstance(piece, doctest.Example):
        print("Example", repr(piece.source), repr(piece.want), repr(piece.exc_msg),
              piece.lineno, piece.indent, piece.options)
    else:
        print("text", repr(piece))
test = parser.get_doctest(text, {}, "t", "t.txt", 10)
print(test, len(test.examples), test.name, test.filename, test.lineno)
print(parser.get_doctest("no examples", {}, "e", None, 0))
print(parser.get_doctest(">>> 1", {}, "one", "f", 0))
for bad in [">>>print(1)", ">>> if 1:\n...print(1)", "  >>> if 1:\n   ...     2", "  >>> if 1:\n ...     2", "  >>> 1\n 1",
            ">>> 1\n 1", ">>> 1  # doctest: +NOPE", "  >>> # doctest: +ELLIPSIS"]:
    try:
        parser.get_examples(bad, "bad")
    except ValueError as e:
        print("ValueError", e)
e = doctest.Example("x", "1")
print(repr(e.source), repr(e.want), e.exc_msg, e.lineno, e.indent, e.options)
print(doctest.Example("a", "b") == doctest.Example("a\n", "b\n"))

print("-- checker")
checker = doctest.OutputChecker()
for want, got, flags in [
    ("1\n", "True\n", 0), ("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1),
    ("0\n", "False\n", 0), ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", 0),
    ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", doctest.DONT_ACCEPT_BLANKLINE),
    ("a b  c\n", "a\nb c\n", doctest.NORMALIZE_WHITESPACE),
    ("a...z\n", "abcz\n", doctest.ELLIPSIS), ("a...z\n", "abc\n", doctest.ELLIPSIS),
    ("...\n", "anything\n", doctest.ELLIPSIS), ("a...b...c\n", "axxbyyc\n", doctest.ELLIPSIS),
    ("aa...aa\n", "aaa\n", doctest.ELLIPSIS), ("caf\\xe9\n", "caf\xe9\n", 0),
]:
    print(repr(want), repr(got), flags, checker.check_output(want, got, flags))
ex = doctest.Example("f()", "a\nb\nc\nd\n")
for flags in [0, doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF]:
    print(checker.output_difference(ex, "a\nB\nc\nd\ne\n", flags), end="")
print(checker.output_difference(doctest.Example("f()", ""), "x\n\n", 0), end="")
print(checker.output_difference(doctest.Example("f()", "x\n"), "", 0), end="")
print(checker.output_difference(doctest.Example("f()", ""), "", 0), end="")

print("-- flags")
print(doctest.ELLIPSIS, doctest.SKIP, doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS,
      doctest.FAIL_FAST, doctest.REPORT_ONLY_FIRST_FAILURE)
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
MINE = doctest.register_optionflag("MY_FLAG")
print(MINE, doctest.register_optionflag("MY_FLAG"))

print("-- runner options")
three = '''
>>> 1
2
>>> 2
3
>>> 3
3
>>> 4
5
'''
for flags in [0, doctest.REPORT_ONLY_FIRST_FAILURE, doctest.FAIL_FAST]:
    runner = doctest.DocTestRunner(verbose=False, optionflags=flags)
    out = io.StringIO()
    print(runner.run(parser.get_doctest(three, {}, "three", "three.txt", 0), out=out.write))
    print(out.getvalue(), end="")
    print(runner.summarize(verbose=True))

print("-- exception reports")
boom = """
>>> 1/0
>>> int('x')
Traceback (most recent call last):
ValueError: something else
>>> def f():
...     raise TypeError('t')
>>> f()
Traceback (most recent call last):
TypeError: other
>>> f()  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
mod.TypeError: whatever
>>> 1 +
>>> 1 +
Traceback (most recent call last):
SyntaxError: invalid syntax
"""
runner = doctest.DocTestRunner(verbose=False)
out = io.StringIO()
print(runner.run(parser.get_doctest(boom, {}, "boom", "boom.txt", 0), out=out.write))
print(scrub(out.getvalue()))

print("-- DebugRunner")
runner = doctest.DebugRunner(verbose=False)
try:
    runner.run(parser.get_doctest(">>> 1\n2\n", {}, "dbg", "d.txt", 0))
except doctest.DocTestFailure as f:
    print("DocTestFailure", f.example.source, repr(f.got), f.test.name)
try:
    runner.run(parser.get_doctest(">>> x = 1\n>>> 1/x/0\n", {}, "dbg2", "d.txt", 0))
except doctest.UnexpectedException as f:
    print("UnexpectedException", f.exc_info[0].__name__, f.test.globs.get("x"))
try:
    doctest.testmod(sys.modules[__name__], raise_on_error=True)
except doctest.DocTestFailure as f:
    print("testmod raised", f.test.name, repr(f.got))

print("-- testfile")
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "example.txt")
    with open(path, "w") as f:
        f.write("Some prose.\n\n    >>> a = 6\n    >>> a * 7\n    42\n    >>> a\n    7\n")
    out = io.StringIO()
    saved, sys.stdout = sys.stdout, out
    try:
        result = doctest.testfile(path, module_relative=False)
        doctest.testfile(path, module_relative=False, verbose=True, name="named")
    finally:
        sys.stdout = saved
    print(result)
    print(out.getvalue().replace(d, "DIR"), end="")
    try:
        doctest.testfile(path, module_relative=False, package="x")
    except ValueError as e:
        print("ValueError", e)
    try:
        doctest.testfile(path)
    except ValueError as e:
        print("ValueError", e)

print("-- testmod of a module object")
try:
    doctest.testmod("not a module")
except TypeError as e:
    print("TypeError", e)
print(doctest.TestResults(1, 2), doctest.TestResults._fields)

print("-- unittest")
suite = doctest.DocTestSuite(sys.modules[__name__])
print(suite.countTestCases())
for case in suite:
    print(case, case.id(), case.shortDescription())
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors))
print(result.failures[0][1].splitlines()[-1] if result.failures else None)

print("-- script_from_examples")
print(doctest.script_from_examples("""
Set x:

    >>> x = 1
    >>> print(x)
    1

The end.
"""), end="")
