# warnings: filters (regex, module, lineno), actions, registry, showwarning/formatwarning hooks, warn_explicit
import warnings, io, sys
def emit(msg="m", cat=UserWarning):
    warnings.warn(msg, cat)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    emit("a"); emit("b", RuntimeWarning); warnings.warn("direct", SyntaxWarning, stacklevel=1)
    print([(x.category.__name__, str(x.message), x.lineno) for x in w], str(w[0])[:40].replace(__file__, "F"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep.*")
    emit("keep me"); emit("drop me"); emit("KEEP case")
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        emit("once"); emit("once")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        emit("def")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    for i in range(3):
        emit("mod")
    warnings.warn("mod")
    print(len(w))
with warnings.catch_warnings():
    warnings.filterwarnings("error", category=DeprecationWarning)
    try:
        warnings.warn("dep", DeprecationWarning)
    except DeprecationWarning as exc:
        print("raised", exc)
    warnings.warn("user is fine", UserWarning)
with warnings.catch_warnings(action="ignore"):
    warnings.warn("silent")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
    print(w[0].filename, w[0].lineno, w[0].message)
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "source line"), end="")
print(warnings.formatwarning("msg", UserWarning, "file.py", 10), end="")
saved = warnings.showwarning
def custom(message, category, filename, lineno, file=None, line=None):
    print("custom:", category.__name__, message)
warnings.showwarning = custom
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("to custom")
warnings.showwarning = saved
with warnings.catch_warnings():
    warnings.simplefilter("always")
    buf = io.StringIO()
    old_err = sys.stderr
    sys.stderr = buf
    warnings.warn("into buffer")
    sys.stderr = old_err
    print(buf.getvalue().replace(__file__, "FILE"), end="")
for bad in [lambda: warnings.warn("x", int), lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("ignore", lineno=-1), lambda: warnings.warn(5, Warning)]:
    try:
        bad()
        print("no error")
    except Exception as exc:
        print(type(exc).__name__, exc)
print(warnings.filters[-1][0], warnings.defaultaction, len(warnings.filters) > 0)

# collections.abc.ByteString is deprecated: checks and subclassing warn
import collections.abc
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(isinstance(b"", collections.abc.ByteString), isinstance([], collections.abc.ByteString))
    class MyBytes(collections.abc.ByteString):
        pass
    print([(x.category.__name__, str(x.message), x.lineno) for x in w])
try:
    warnings._deprecated("thing", remove=(3, 11))
except RuntimeError as e:
    print(e)
