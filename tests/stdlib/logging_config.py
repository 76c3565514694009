# logging.config.dictConfig and logging.handlers (rotation, memory buffering, queues)
import logging, logging.config, logging.handlers, os, tempfile, io
logging.config.dictConfig({
    "version": 1,
    "formatters": {"short": {"format": "%(levelname)s:%(name)s:%(message)s"}, "brace": {"format": "{name}|{message}", "style": "{"}},
    "handlers": {"out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "short", "level": "INFO"},
                 "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 10, "target": "out2"},
                 "out2": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "brace"}},
    "loggers": {"app": {"level": "DEBUG", "handlers": ["out"], "propagate": False},
                "buffered": {"handlers": ["mem"], "level": "DEBUG", "propagate": False}},
    "root": {"level": "WARNING", "handlers": ["out"]},
})
logging.getLogger("app").debug("below handler level")
logging.getLogger("app").info("configured")
logging.getLogger("other").warning("via root")
b = logging.getLogger("buffered")
b.info("held")
b.info("until flush")
print("before flush")
logging.getLogger().handlers[0].flush()
for h in b.handlers:
    h.flush()
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "r.log")
    rh = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
    rl = logging.getLogger("rot")
    rl.propagate = False
    rl.addHandler(rh)
    for i in range(8):
        rl.warning("message number %d", i)
    rh.close()
    print(sorted(os.listdir(tmp)))
    for name in sorted(os.listdir(tmp)):
        with open(os.path.join(tmp, name)) as f:
            print(name, f.read().splitlines())
