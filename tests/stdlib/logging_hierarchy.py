# logging: hierarchy fix-ups, caller info, formatter pieces, basicConfig errors, adapters, warnings capture
import logging, io, os, sys, tempfile, warnings

deep = logging.getLogger("h1.h2.h3")
mid = logging.getLogger("h1.h2")
top = logging.getLogger("h1")
other = logging.getLogger("h1.h2x")
print(deep.parent is mid, mid.parent is top, top.parent is logging.root, other.parent is top)
print(sorted(l.name for l in top.getChildren()), sorted(l.name for l in mid.getChildren()), top.getChild("h2") is mid)
print(type(logging.root.manager.loggerDict["h1"]).__name__, logging.getLogger("p.q").parent is logging.root, type(logging.root.manager.loggerDict["p"]).__name__)
logging.getLogger("p")
print(logging.getLogger("p.q").parent is logging.getLogger("p"), logging.getLogger("root") is logging.root, logging.getLogger("") is logging.root)

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(filename)s:%(module)s:%(message)s"))
lg = logging.getLogger("caller")
lg.propagate = False
lg.addHandler(handler)
lg.setLevel(logging.DEBUG)


def inner():
    lg.info("level 1")
    lg.info("level 2", stacklevel=2)
    lg.info("level 99", stacklevel=99)


def outer():
    inner()


outer()
lg.info("with stack", stack_info=True)
lines = stream.getvalue().splitlines()
print(lines[:3], lines[3], lines[4], lines[-2].strip().startswith("File"), len(lines) > 5)

records = [logging.makeLogRecord({"msg": m, "levelname": "X"}) for m in ("a", "b")]


class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "<%d>" % len(records)

    def formatFooter(self, records):
        return "</>"


print(repr(logging.BufferingFormatter().format(records)), repr(Framed(logging.Formatter("[%(message)s]")).format(records)), repr(Framed().format([])))
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y/%m/%d")
rec = logging.makeLogRecord({"msg": "hi", "created": 0.0, "msecs": 5.0})
f.converter = __import__("time").gmtime
print(f.format(rec), f.usesTime(), logging.Formatter("%(message)s").usesTime(), logging.Formatter("{asctime}", style="{").usesTime(), logging.Formatter("$asctime", style="$").usesTime())
g = logging.Formatter()
g.converter = __import__("time").gmtime
print(g.formatTime(rec), repr(g.format(logging.makeLogRecord({"msg": "m", "exc_text": "TEXT", "stack_info": "STACK"}))))
for call in [lambda: logging.Formatter("no fields"), lambda: logging.Formatter("no fields", style="{"), lambda: logging.Formatter("no", style="$"),
             lambda: logging.Formatter(style="?"), lambda: logging.Formatter("%(nothere)s").format(rec), lambda: logging.basicConfig(stream=sys.stdout, filename="x"),
             lambda: logging.basicConfig(handlers=[], stream=sys.stdout), lambda: logging.getLogger(5), lambda: lg.log("INFO", "x"),
             lambda: lg.setLevel(3.5), lambda: lg.info("x", extra={"message": 1}), lambda: lg.info("x", extra={"name": 1}), lambda: logging.setLoggerClass(int),
             lambda: logging.Handler().emit(rec), lambda: logging.getLevelName("nope"), lambda: logging.getLevelName(logging.ERROR)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
logging.basicConfig(stream=sys.stdout, style="{", format="{levelname}/{message}", bogus=1) if logging.root.handlers else None
try:
    logging.basicConfig(stream=sys.stdout, bogus=1)
except ValueError as e:
    print(type(e).__name__, e, len(logging.root.handlers))
logging.basicConfig(force=True, stream=sys.stdout, style="{", format="{levelname}/{name}/{message}", level="INFO")
logging.getLogger("b").info("basic %s", "config")
logging.warning("module level")
logging.log(logging.ERROR, "via log()")
logging.exception("exception outside handler")
logging.basicConfig(stream=sys.stderr, format="ignored")
logging.info("still stdout")

h = logging.StreamHandler(io.StringIO())
h.set_name("named")
print(logging.getHandlerByName("named") is h, "named" in logging.getHandlerNames(), h.name, repr(h), repr(logging.StreamHandler(sys.stdout)), repr(logging.NullHandler()))
h.name = "renamed"
print(logging.getHandlerByName("named"), logging.getHandlerByName("renamed") is h)
old = h.setStream(sys.stdout)
print(type(old).__name__, h.setStream(sys.stdout), repr(h))
h.close()
print(logging.getHandlerByName("renamed"))

lg.removeHandler(handler)
collected = []
fh = logging.Handler()
fh.emit = lambda r: collected.append(r.getMessage())
fh.addFilter(lambda r: "keep" in r.msg)
fh.addFilter(lambda r: r)
lg.addHandler(fh)
for m in ("keep 1", "drop", "keep 2"):
    lg.info(m)
print(collected, fh.filters[0] in fh.filters, fh.filter(logging.makeLogRecord({"msg": "nope"})))
fh.removeFilter(fh.filters[0])
fh.removeFilter(fh.filters[0])


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["p"], msg), kwargs


ad = Prefix(lg, {"p": "P"})
ad.debug("d")
ad.info("i %s", 1)
ad.warning("w")
ad.error("e")
ad.critical("c")
ad.log(logging.INFO, "l")
try:
    raise KeyError("k")
except KeyError:
    ad.exception("x")
print(collected[2:], repr(ad), ad.name, ad.getEffectiveLevel(), ad.isEnabledFor(5), ad.hasHandlers(), ad.manager is logging.root.manager)
ad.setLevel(logging.WARNING)
print(lg.level, lg.isEnabledFor(logging.INFO), repr(lg))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "d.log")
    dh = logging.FileHandler(path, delay=True)
    print(dh.stream, os.path.exists(path), repr(dh).endswith("d.log (NOTSET)>"))
    dh.setFormatter(logging.Formatter("%(message)s"))
    dh.handle(logging.makeLogRecord({"msg": "first"}))
    dh.close()
    dh.handle(logging.makeLogRecord({"msg": "reopened"}))
    dh.close()
    print(open(path).read().splitlines())
    wh = logging.FileHandler(path, mode="w")
    wh.close()
    wh.handle(logging.makeLogRecord({"msg": "after close in w mode"}))
    print(open(path).read().splitlines(), wh.stream)

logging.captureWarnings(True)
ws = io.StringIO()
wl = logging.getLogger("py.warnings")
wl.addHandler(logging.StreamHandler(ws))
wl.propagate = False
warnings.warn("captured", UserWarning)
logging.captureWarnings(False)
print(ws.getvalue().splitlines()[0].split(": ", 1)[1])
logging.disable()
logging.critical("disabled entirely")
logging.disable(logging.NOTSET)
print(logging.root.manager.disable, logging.getLevelName(logging.getLogger("h1").getEffectiveLevel()))
print(repr(logging.makeLogRecord({"name": "n", "levelno": 20, "pathname": "p", "lineno": 3, "msg": "m"})))
r = logging.LogRecord("n", logging.INFO, "/a/b/mod.py", 7, "%(x)s-%(y)s", ({"x": 1, "y": 2},), None)
print(r.getMessage(), r.filename, r.module, r.levelname, r.funcName, r.args)
