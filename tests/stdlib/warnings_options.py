# warnings: -W option parsing, filter list details, catch_warnings repr/errors, WarningMessage, stacklevel
import warnings, sys
def show(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except Exception as exc:
        print(type(exc).__name__, exc)
with warnings.catch_warnings():
    warnings.resetwarnings()
    for opt in ["ignore", "error::DeprecationWarning", "always:text here:UserWarning:mod.sub:12", "d", "a", "m::RuntimeWarning",
                "o:::x", "e:", "::", "all", "ignore::builtins.UserWarning", "default::builtins.Warning"]:
        warnings._setoption(opt)
    for f in warnings.filters:
        print(f[0], getattr(f[1], "pattern", f[1]), f[2].__name__, getattr(f[3], "pattern", f[3]), f[4])
    for bad in ["bogus", "ignore::NoSuchWarning", "ignore::int", "ignore::nosuchmod.X", "a:b:c:d:e:f", "ignore::::-3", "ignore::::x",
                "ignore::os.nonexistent"]:
        show(warnings._setoption, bad)
    warnings.simplefilter("ignore", append=True)
    warnings.simplefilter("ignore", append=True)
    warnings.simplefilter("error")
    warnings.simplefilter("error")
    print(len(warnings.filters), warnings.filters[0][0], warnings.filters[-1][0])
    for bad in [lambda: warnings.filterwarnings("ignore", message=3), lambda: warnings.filterwarnings("ignore", category=int),
                lambda: warnings.filterwarnings("ignore", module=None), lambda: warnings.filterwarnings("nope"),
                lambda: warnings.simplefilter("ignore", lineno="1")]:
        show(bad)
    warnings.filterwarnings("ignore", message="abc", module="m.*", lineno=3)
    print(warnings.filters[0][1].pattern, warnings.filters[0][1].flags & 2, warnings.filters[0][3].pattern)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()), repr(warnings.catch_warnings(module=warnings))[:40])
show(cw.__exit__)
with cw:
    show(cw.__enter__)
m = warnings.WarningMessage(UserWarning("w"), UserWarning, "f.py", 3)
print(m, m.file, m.line, m.source, warnings.WarningMessage("t", None, "g", 1))
def deep():
    warnings.warn("from deep", stacklevel=2)
def deeper():
    warnings.warn("too deep", stacklevel=50)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    deep()
    deeper()
    warnings.warn(UserWarning("instance"))
    warnings.warn("cat", category=None)
    warnings.warn_explicit("expl", RuntimeWarning, "x.PY", 7)
    warnings.warn_explicit(DeprecationWarning("w-inst"), UserWarning, "y", 8, module="mymod", registry={})
    for r in w:
        print(r.category.__name__, r.message, r.filename == __file__, r.filename if r.filename != __file__ else "", r.lineno)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    reg = {}
    for i in range(2):
        warnings.warn_explicit("r", UserWarning, "z.py", 1, registry=reg)
    print(len(w), sorted(k for k in reg if k != "version"), "version" in reg)
def hook(message, category, filename, lineno, line=None):
    return f"[{category.__name__}] {message}\n"
old = warnings.formatwarning
warnings.formatwarning = hook
import io
buf = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning("shown", UserWarning, "f", 1, file=buf)
    olderr, sys.stderr = sys.stderr, buf
    warnings.warn("via hook")
    sys.stderr = olderr
warnings.formatwarning = old
print(repr(buf.getvalue()))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = 5
    try:
        warnings.warn("bad hook")
    except TypeError as exc:
        print("TypeError", exc)
print(callable(warnings.showwarning))
with warnings.catch_warnings(record=True, action="error", category=RuntimeWarning) as w:
    warnings.warn("u")
    show(warnings.warn, "r", RuntimeWarning)
    print(len(w))
show(warnings.warn, "x", stacklevel=1, skip_file_prefixes=["a"])
