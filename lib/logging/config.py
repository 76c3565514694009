"""Configuring logging from a dictionary (dictConfig)."""

import logging
import logging.handlers
import re
import sys

__all__ = ["dictConfig", "DictConfigurator", "valid_ident"]

# keyword arguments taken from a configuration: ASCII identifiers only
IDENTIFIER = re.compile("^[a-z_][a-z0-9_]*$", re.I)


def valid_ident(s):
    if IDENTIFIER.match(s):
        return True
    raise ValueError("Not a valid Python identifier: %r" % s)


def _resolve(name):
    """The object a dotted name like "logging.handlers.MemoryHandler" names,
    importing the modules along the way as needed."""
    first, *rest = name.split(".")
    found = __import__(first)
    for depth, attribute in enumerate(rest, 2):
        if not hasattr(found, attribute):
            __import__(".".join(name.split(".")[:depth]))
        found = getattr(found, attribute)
    return found


class DictConfigurator:
    """Configure logging using a dictionary-like object to describe the configuration."""

    value_converters = {"ext": "ext_convert", "cfg": "cfg_convert"}
    CONVERT_PATTERN = re.compile(r"^(?P<prefix>[a-z]+)://(?P<suffix>.*)$")

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            raise ValueError("Cannot resolve %r: %s" % (s, e)) from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        result = self.config
        for part in value.split("."):
            result = result[part]
        return result

    def convert(self, value):
        if isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                converter = self.value_converters.get(m.group("prefix"))
                if converter:
                    return getattr(self, converter)(m.group("suffix"))
        return value

    def configure_custom(self, config):
        c = config.pop("()")
        if not callable(c):
            c = self.resolve(c)
        props = config.pop(".", None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def configure_formatter(self, config):
        if "()" in config:
            return self.configure_custom(dict(config))
        fmt = config.get("format", None)
        dfmt = config.get("datefmt", None)
        style = config.get("style", "%")
        cname = config.get("class", None)
        defaults = config.get("defaults", None)
        c = logging.Formatter if not cname else _resolve(cname)
        kwargs = {"defaults": defaults} if defaults else {}
        if "validate" in config:
            kwargs["validate"] = config["validate"]
        return c(fmt, dfmt, style, **kwargs)

    def configure_filter(self, config):
        if "()" in config:
            return self.configure_custom(dict(config))
        return logging.Filter(config.get("name", ""))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.config["filters"][f] if isinstance(f, str) else f)
            except Exception as e:
                raise ValueError("Unable to add filter %r" % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop("formatter", None)
        if formatter:
            try:
                formatter = self.config["formatters"][formatter]
            except Exception as e:
                raise ValueError("Unable to set formatter %r" % formatter) from e
        level = config.pop("level", None)
        filters = config.pop("filters", None)
        if "()" in config:
            factory = config.pop("()")
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            cname = config.pop("class")
            factory = self.resolve(cname) if not callable(cname) else cname
        props = config.pop(".", None)
        kwargs = {k: self.convert(v) for k, v in config.items() if valid_ident(k)}
        if "target" in kwargs and isinstance(kwargs["target"], str):
            kwargs["target"] = self.config["handlers"][kwargs["target"]]
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get("level", None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            for name in config.get("handlers", []):
                try:
                    logger.addHandler(self.config["handlers"][name])
                except Exception as e:
                    raise ValueError("Unable to add handler %r" % name) from e
            filters = config.get("filters", None)
            if filters:
                self.add_filters(logger, filters)

    def _build_section(self, section, kind, build, order=None):
        # replace each entry of config[section] by the object built from it
        entries = self.config.get(section, {})
        for name in order(entries) if order else list(entries):
            try:
                entries[name] = build(entries[name])
                if kind == "handler":
                    entries[name].name = name
            except Exception as e:
                raise ValueError("Unable to configure %s %r" % (kind, name)) from e

    def configure(self):
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        incremental = config.pop("incremental", False)
        disable_existing = config.pop("disable_existing_loggers", True)
        self._build_section("formatters", "formatter", self.configure_formatter)
        self._build_section("filters", "filter", self.configure_filter)
        if not incremental:
            for h in logging.root.handlers[:]:
                logging.root.removeHandler(h)
        # handlers that target other handlers come after those
        self._build_section("handlers", "handler", self.configure_handler,
                            lambda handlers: sorted(handlers, key=lambda n: "target" in handlers[n]))
        root = logging.root
        existing = list(root.manager.loggerDict.keys())
        loggers = config.get("loggers", {})
        for name, settings in loggers.items():
            logger = logging.getLogger(name)
            try:
                self.common_logger_config(logger, settings, incremental)
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
            if settings.get("propagate") is not None:
                logger.propagate = settings["propagate"]
            logger.disabled = False
        if disable_existing and not incremental:
            configured = set(loggers)
            for name in existing:
                if name in configured:
                    continue
                if any(name.startswith(c + ".") for c in configured):
                    continue
                logger = root.manager.loggerDict[name]
                if isinstance(logger, logging.Logger):
                    logger.disabled = True
        if config.get("root"):
            try:
                self.common_logger_config(root, config["root"], incremental)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()
