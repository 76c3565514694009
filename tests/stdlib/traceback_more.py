# traceback: chains, groups, notes, syntax errors, limits, summaries (paths reduced to file names)
import traceback, sys, os, io
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def show(lines):
    print("".join(lines).replace(HERE, ""), end="")
def level3(x):
    return {"a": 1}[x] + 1
def level2(x):
    return level3(x) * 2
def level1(x):
    try:
        return level2(x)
    except KeyError as exc:
        raise ValueError("wrapped") from exc
try:
    level1("zz")
except ValueError as exc:
    show(traceback.format_exception(exc))
    show(traceback.format_exception(exc, chain=False))
    show(traceback.format_exception(exc, limit=1))
    tb = exc.__traceback__
    summary = traceback.extract_tb(exc.__cause__.__traceback__)
    print([(os.path.basename(f.filename), f.lineno, f.name, f.line) for f in summary], len(summary), summary[0][2])
    print([type(fr).__name__ for fr, ln in traceback.walk_tb(tb)], [ln for fr, ln in traceback.walk_tb(tb)])
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][3]
except IndexError as exc:
    show(traceback.format_exception(exc))
    exc2 = exc
try:
    raise RuntimeError("suppressed context") from None
except RuntimeError as exc:
    show(traceback.format_exception(exc))
def grouped():
    raise ExceptionGroup("several", [ValueError("one"), TypeError("two"), ExceptionGroup("inner", [KeyError("k")])])
try:
    grouped()
except ExceptionGroup as exc:
    show(traceback.format_exception(exc))
err = ValueError("with notes")
err.add_note("first note")
err.add_note("second\nmultiline")
print(traceback.format_exception_only(err), traceback.format_exception_only(KeyError, KeyError("k")), traceback.format_exception_only(None))
try:
    compile("x = (1,\n  2", "<src>", "exec")
except SyntaxError as exc:
    show(traceback.format_exception_only(exc))
try:
    compile("a b", "file.py", "exec")
except SyntaxError as exc:
    show(traceback.format_exception(exc))
class Custom(Exception):
    def __str__(self):
        return "custom text"
class Empty(Exception):
    pass
print(traceback.format_exception_only(Custom()), traceback.format_exception_only(Empty()), traceback.format_exception_only(Empty("")))
te = traceback.TracebackException.from_exception(exc2)
print(te.exc_type.__name__, str(te), len(te.stack), te.__context__.exc_type.__name__, te.stack[0].name)
buf = io.StringIO()
traceback.print_exception(exc2, file=buf, limit=0)
show([buf.getvalue()])
def deep(n):
    if n == 0:
        raise RecursionError("bottom")
    return deep(n - 1)
try:
    deep(10)
except RecursionError as exc:
    show(traceback.format_exception(exc))
print(traceback.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 9, "<module>", None)]))
stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].line, type(stack).__name__, repr(stack[-1]).replace(HERE, ""))
fs = traceback.FrameSummary("x.py", 12, "func", line="do()")
print(fs, fs.line, fs == ("x.py", 12, "func", "do()"), list(fs), len(fs))
print(traceback.format_exc())
