"""importlib: programmatic imports on top of Ay's built-in import system."""

import sys

__all__ = ["import_module", "reload", "invalidate_caches"]


def _absolute_name(name, package, level):
    """name (dots removed) relative to package, level dots up (1: package itself)."""
    parts = package.split(".")
    if level > len(parts):
        raise ImportError("attempted relative import beyond top-level package")
    base = ".".join(parts[:len(parts) - level + 1])
    return base + "." + name if name else base


def import_module(name, package=None):
    """Import a module by name and return it; leading dots make the name relative to `package`."""
    bare = name.lstrip(".")
    level = len(name) - len(bare)
    if level:
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        name = _absolute_name(bare, package, level)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Run a module's source again in its own namespace."""
    name = getattr(module, "__name__", None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    path = getattr(module, "__file__", None)
    if path is None:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
    with open(path, encoding="utf-8") as f:
        source = f.read()
    exec(compile(source, path, "exec"), module.__dict__)
    return module


def invalidate_caches():
    """Ay keeps no finder caches: nothing to invalidate."""
