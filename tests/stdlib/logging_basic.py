# logging: basicConfig to stderr/stdout with fixed formats (no timestamps), levels, handlers
import logging, sys, io
logging.getLogger("early").warning("lastResort handler: message only, on stderr")
logging.getLogger("early").info("info is below the default WARNING level")
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("app")
log.debug("debug %s", "message")
log.info("info %d", 42)
log.warning("warning")
log.error("error with %r", {"k": 1})
log.critical("critical")
child = logging.getLogger("app.child")
child.info("propagates to root handler")
print(child.parent is log, log.getEffectiveLevel(), logging.getLevelName(logging.WARNING), logging.getLevelName(25))
log.setLevel(logging.ERROR)
log.warning("suppressed")
log.error("shown")
try:
    1 / 0
except ZeroDivisionError as e:
    log.error("caught %s: %s", type(e).__name__, e)
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[%(name)s] %(levelname)-8s| %(message)s"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.setLevel(logging.INFO)
other.info("to the buffer")
other.debug("filtered")
print(repr(buf.getvalue()))
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
other.addFilter(OnlyOdd())
for i in range(4):
    other.info("n=%d", i)
print(buf.getvalue().splitlines()[1:])
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.getLogger() is logging.root)
logging.getLogger("asyncio").warning("asyncio logger goes through root")
