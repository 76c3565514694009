# logging.handlers: rotation naming and limits, timed rollover times, memory/queue handlers
import logging, logging.handlers, os, tempfile, queue, datetime

def contents(tmp):
    return [(name, open(os.path.join(tmp, name)).read().splitlines()) for name in sorted(os.listdir(tmp))]

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "a.log")
    h = logging.handlers.RotatingFileHandler(path, maxBytes=30, backupCount=3)
    h.namer = lambda name: name + ".bak"
    h.setFormatter(logging.Formatter("%(message)s"))
    for i in range(12):
        h.handle(logging.makeLogRecord({"msg": "line %02d xxxxxxxx" % i}))
    h.close()
    print(contents(tmp))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "b.log")
    h = logging.handlers.RotatingFileHandler(path, maxBytes=20, backupCount=0, delay=True)
    print(h.stream, h.mode)
    for i in range(4):
        h.handle(logging.makeLogRecord({"msg": "entry %d ..........." % i}))
    h.close()
    print(contents(tmp))
    moved = []
    h = logging.handlers.RotatingFileHandler(path, mode="w", maxBytes=15, backupCount=1)
    h.rotator = lambda src, dst: moved.append((os.path.basename(src), os.path.basename(dst))) or os.rename(src, dst)
    for i in range(3):
        h.handle(logging.makeLogRecord({"msg": "rot %d ......." % i}))
    h.close()
    print(h.mode, moved, contents(tmp))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "t.log")
    for when, interval in [("S", 5), ("M", 2), ("H", 1), ("D", 1), ("midnight", 1), ("W3", 1)]:
        h = logging.handlers.TimedRotatingFileHandler(path, when=when, interval=interval, utc=True, delay=True)
        print(when, h.when, h.interval, h.suffix, h.computeRollover(1700000000), h.extMatch.pattern)
        h.close()
    h = logging.handlers.TimedRotatingFileHandler(path, when="midnight", utc=True, atTime=datetime.time(3, 30), delay=True)
    print(h.computeRollover(1700000000), h.computeRollover(1700000000 - 3600 * 20))
    h.close()
    for when in ["W7", "X", "Wx"]:
        try:
            logging.handlers.TimedRotatingFileHandler(path, when=when)
        except ValueError as e:
            print(type(e).__name__, e)
    h = logging.handlers.TimedRotatingFileHandler(path, when="S", backupCount=2, utc=True)
    for stamp in ["2020-01-01_00-00-01", "2020-01-01_00-00-02", "2020-01-01_00-00-03", "bogus"]:
        open(path + "." + stamp, "w").close()
    print([os.path.basename(p) for p in h.getFilesToDelete()])
    h.rolloverAt = 0
    h.handle(logging.makeLogRecord({"msg": "after rollover"}))
    h.close()
    print(len(os.listdir(tmp)), h.rolloverAt > 0)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "w.log")
    h = logging.handlers.WatchedFileHandler(path)
    h.setFormatter(logging.Formatter("%(message)s"))
    h.handle(logging.makeLogRecord({"msg": "one"}))
    os.rename(path, path + ".old")
    h.handle(logging.makeLogRecord({"msg": "two"}))
    h.close()
    print(contents(tmp))

target = logging.Handler()
seen = []
target.emit = lambda r: seen.append(r.getMessage())
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
for level, msg in [(20, "a"), (20, "b"), (40, "c"), (20, "d"), (20, "e"), (20, "f"), (20, "g")]:
    mem.handle(logging.makeLogRecord({"msg": msg, "levelno": level}))
print(seen, [r.msg for r in mem.buffer])
mem.close()
print(seen, mem.target)
buf = logging.handlers.BufferingHandler(2)
for m in "xyz":
    buf.handle(logging.makeLogRecord({"msg": m}))
print([r.msg for r in buf.buffer], buf.shouldFlush(None))

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
try:
    raise ValueError("bad")
except ValueError as e:
    rec = logging.LogRecord("q", logging.ERROR, "f.py", 1, "value %s", (3,), (ValueError, e, e.__traceback__))
qh.handle(rec)
got = q.get_nowait()
print(got.msg.splitlines()[0], got.msg.splitlines()[-1], got.args, got.exc_info, got.exc_text, got.message == got.msg, rec.args)
out = []
h1 = logging.Handler(logging.WARNING)
h1.emit = lambda r: out.append(("h1", r.getMessage()))
h2 = logging.Handler()
h2.emit = lambda r: out.append(("h2", r.getMessage()))
listener = logging.handlers.QueueListener(q, h1, h2, respect_handler_level=True)
listener.start()
for level, msg in [(10, "low"), (30, "high")]:
    q.put(logging.makeLogRecord({"msg": msg, "levelno": level}))
listener.stop()
print(out)
out.clear()
listener = logging.handlers.QueueListener(q, h1, h2)
listener.start()
q.put(logging.makeLogRecord({"msg": "all", "levelno": 10}))
listener.stop()
print(out, q.unfinished_tasks)
