# logging.config.dictConfig: factories, cfg:// and ext:// values, filters, incremental, and error messages
import logging, logging.config, io, sys

buf = io.StringIO()


def make_formatter(prefix):
    return logging.Formatter(prefix + "%(message)s")


class Only(logging.Filter):
    def __init__(self, word):
        super().__init__()
        self.word = word

    def filter(self, record):
        return self.word in record.getMessage()


config = {
    "version": 1,
    "custom": {"prefix": ">> "},
    "formatters": {"f": {"()": make_formatter, "prefix": "cfg://custom.prefix"}, "plain": {"format": "%(levelname)s %(message)s", "validate": True}},
    "filters": {"only": {"()": Only, "word": "keep"}, "named": {"name": "app"}},
    "handlers": {"h": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "f", "filters": ["only"], "level": "DEBUG", ".": {"custom_attr": 42}},
                 "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 5, "target": "h", "flushLevel": "ERROR"}},
    "loggers": {"app": {"handlers": ["h"], "level": "INFO", "propagate": False, "filters": ["named"]}, "app.sub": {"level": 5}},
}
logging.getLogger("old.one")
logging.config.dictConfig(config)
app = logging.getLogger("app")
app.info("keep this")
app.info("drop this")
logging.getLogger("app.sub").info("keep from child")
print(logging.getLogger("old.one").disabled, app.disabled, app.handlers[0].custom_attr, app.handlers[0].name, app.level, logging.getLogger("app.sub").level)
logging.config.dictConfig({"version": 1, "incremental": True, "loggers": {"app": {"level": "WARNING"}}})
print(app.level, len(app.handlers))
for bad in [{}, {"version": 2}, {"version": 1, "formatters": {"x": {"format": "no fields", "validate": True}}},
            {"version": 1, "handlers": {"h": {"class": "no.such.Class"}}}, {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
            {"version": 1, "loggers": {"x": {"handlers": ["nope"]}}}, {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "bad-key": 1}}},
            {"version": 1, "filters": {"f": {"()": "logging.NoSuchFilter"}}}]:
    try:
        logging.config.dictConfig(bad)
        print("ok")
    except ValueError as e:
        print(type(e).__name__, e, "|", type(e.__cause__).__name__ if e.__cause__ else None)
print(logging.config.valid_ident("ok_name"))
try:
    logging.config.valid_ident("1bad")
except ValueError as e:
    print(type(e).__name__, e)
try:
    logging.config.dictConfig({"version": 1, "root": {"handlers": ["missing"]}})
except ValueError as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__)
