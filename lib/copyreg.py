"""Helpers for pickle and copy: the registry of reduction functions for
extension types (copy and pickle consult `dispatch_table`)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

# Reduction functions by type, consulted by copy (and pickle) before the
# type's own __reduce_ex__.
dispatch_table = {}


def _check_callable(obj, what):
    if not callable(obj):
        raise TypeError(f'{what} must be callable')


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers `pickle_function(obj)` as the reduction of ob_type's instances."""
    _check_callable(pickle_function, 'reduction functions')
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Only checks that object is callable (kept for compatibility)."""
    _check_callable(object, 'constructors')


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ when keyword
    arguments are needed."""
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    # rebuilds instances of a class derived from the built-in type base
    # (pickle protocols 0 and 1)
    obj = object.__new__(cls) if base is object else base.__new__(cls, state)
    if base is not object and base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


# Registry of extension codes (pickle protocol 2); kept for API completeness.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Registers an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregisters an extension code (for testing only)."""
    key = (module, name)
    if (_extension_registry.get(key) != code or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
