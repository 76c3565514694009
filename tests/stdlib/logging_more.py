# logging: exceptions, styles, adapters, levels by name, file handlers, hierarchy, reprs
import logging, sys, io, os, tempfile
stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(funcName)s|%(message)s"))
log = logging.getLogger("svc")
log.addHandler(handler)
log.setLevel("DEBUG")
log.propagate = False
def work():
    try:
        {}["missing"]
    except KeyError:
        log.exception("lookup failed for %s", "key")
work()
log.error("with info", exc_info=ValueError("boom"))
log.log(25, "custom level %d", 25)
logging.addLevelName(25, "NOTICE")
log.log(25, "named now")
log.debug("%(a)s and %(b)s", {"a": 1, "b": 2})
print(stream.getvalue())
fmt = logging.Formatter("{levelname:<8}{message}", style="{")
handler.setFormatter(fmt)
stream.truncate(0); stream.seek(0)
log.warning("brace style")
handler.setFormatter(logging.Formatter("$levelname:$message", style="$"))
log.warning("dollar style")
handler.setFormatter(logging.Formatter("%(message)s [%(custom)s]", defaults={"custom": "dflt"}))
log.info("defaults")
log.info("extra", extra={"custom": "given"})
adapter = logging.LoggerAdapter(log, {"custom": "adapted"})
adapter.info("via adapter")
print(repr(stream.getvalue()))
print(repr(log), repr(logging.getLogger()), repr(handler), logging.getLevelName("NOTICE"), logging.getLevelName(5), logging.getLevelNamesMapping()["WARN"])
a = logging.getLogger("x.y.z")
b = logging.getLogger("x")
print(a.parent is b, a.getEffectiveLevel(), a.isEnabledFor(logging.INFO), logging.getLogger("x.y").parent is b, a.name, a.getChild("w").name, b.getChildren() == {logging.getLogger("x.y")})
logging.disable(logging.WARNING)
log.warning("disabled")
logging.disable(logging.NOTSET)
log.warning("enabled again")
print(stream.getvalue().splitlines()[-1])
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "app.log")
    fh = logging.FileHandler(path, mode="w")
    fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    lg = logging.getLogger("filer")
    lg.addHandler(fh)
    lg.propagate = False
    lg.warning("to file %d", 1)
    lg.error("second")
    fh.close()
    with open(path) as f:
        print(repr(f.read()))
class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append((record.levelname, record.getMessage(), record.name))
c = Collect()
root = logging.getLogger()
root.addHandler(c)
root.setLevel(logging.INFO)
logging.getLogger("deep.child").info("up the tree")
logging.info("module level %s", "info")
logging.debug("not shown")
print(c.records, c.level, logging.root.hasHandlers())
rec = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelno": 30})
print(rec.getMessage(), rec.levelno, isinstance(rec, logging.LogRecord))
try:
    log.setLevel("LOUD")
except ValueError as e:
    print(type(e).__name__, e)
f = logging.Filter("a.b")
print(f.filter(logging.makeLogRecord({"name": "a.b.c"})), f.filter(logging.makeLogRecord({"name": "a.bc"})), f.filter(logging.makeLogRecord({"name": "a.b"})))
