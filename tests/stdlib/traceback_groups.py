# traceback: group boxes (nesting, width/depth limits, chains inside), locals, limits, odd values
import traceback, sys, os, io
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def show(lines):
    print("".join(lines).replace(HERE, ""), end="")
def raise_group():
    try:
        raise ValueError("cause")
    except ValueError as cause:
        inner = TypeError("member with cause")
        inner.__cause__ = cause
    raise ExceptionGroup("outer", [KeyError("a"), ExceptionGroup("mid", [OSError("b"), ExceptionGroup("last", [inner])])])
try:
    raise_group()
except ExceptionGroup as exc:
    show(traceback.format_exception(exc))
    te = traceback.TracebackException.from_exception(exc, max_group_width=1, max_group_depth=1)
    show(te.format())
    show(traceback.TracebackException.from_exception(exc, max_group_depth=2).format())
wide = ExceptionGroup("wide", [ValueError(i) for i in range(4)])
show(traceback.TracebackException.from_exception(wide, max_group_width=2).format())
show(traceback.format_exception(ExceptionGroup("eg", [ValueError("v")])))
try:
    try:
        raise ExceptionGroup("first", [ValueError(1)])
    except ExceptionGroup:
        raise ExceptionGroup("second", [TypeError(2)])
except ExceptionGroup as exc:
    show(traceback.format_exception(exc))
def with_locals(a, b="text"):
    c = [1, 2]
    return traceback.StackSummary.extract([(sys._getframe(), 7)], capture_locals=True).format()
show(with_locals(5))
def recurse(n):
    return recurse(n - 1) if n else 1 / 0
try:
    recurse(6)
except ZeroDivisionError as exc:
    show(traceback.format_exception(exc, limit=-2))
    show(traceback.format_tb(exc.__traceback__, limit=3))
    sys.tracebacklimit = 2
    show(traceback.format_exception(exc))
    sys.tracebacklimit = -5
    show(traceback.format_exception(exc))
    del sys.tracebacklimit
    a = traceback.TracebackException.from_exception(exc)
    b = traceback.TracebackException.from_exception(exc)
    print(a == b, a == 5, str(a))
    buf = io.StringIO()
    traceback.print_tb(exc.__traceback__, limit=1, file=buf)
    traceback.print_list([("f.py", 1, "g", "pass")], file=buf)
    show([buf.getvalue()])
class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no")
print(traceback.format_exception_only(Unprintable()))
e = ValueError("notes")
e.__notes__ = "not a list"
print(traceback.format_exception_only(e))
e.__notes__ = [1, "two"]
print(traceback.format_exception_only(e))
loop_a = ValueError("a")
loop_b = TypeError("b")
loop_a.__context__ = loop_b
loop_b.__context__ = loop_a
show(traceback.format_exception(loop_a))
for args in [("bad", ("f.py", 2, 5, "\tx = $\n", 2, 7)), ("bad", ("f.py", None, None, None)), ("bad", (None, 3, 1, "  y y\n", 3, 100)),
             ("bad", ("g.py", 1, 9, "abc\n")), ("", ("h.py", 1, 0, "xyz\n"))]:
    show(traceback.format_exception_only(SyntaxError(*args)))
show(traceback.format_exception_only(IndentationError("unexpected", ("i.py", 4, 3, "    z\n"))))
fs = traceback.FrameSummary("nofile.py", 3, "f", lookup_line=False)
print(fs.line, repr(fs), fs == traceback.FrameSummary("nofile.py", 3, "f"), fs[0], traceback.FrameSummary("n", None, "f").line)
stack = traceback.StackSummary.extract(traceback.walk_stack(None), limit=1)
print(len(stack), stack[0].name)
print(traceback.StackSummary.from_list([fs, ("a.py", 1, "b", "c")]).format())
try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as err:
    print(type(err).__name__, err)
try:
    traceback.format_exception(5)
except TypeError as err:
    print(type(err).__name__, err)
print(traceback.format_exception(None), traceback.format_exception_only(ValueError, None))
