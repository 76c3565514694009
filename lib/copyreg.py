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


# {==== object's own reductions (object.__reduce_ex__, __reduce__, __getstate__ call these)

def _slotnames(cls):
    """The __slots__ members of cls and its bases, private ones mangled (kept
    in cls.__slotnames__ once found, as CPython does)."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        for name in (slots,) if isinstance(slots, str) else slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{c.__name__.lstrip('_')}{name}"
            names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):  # a built-in class
        pass
    return names


def _getstate(obj):
    """object.__getstate__(): the instance dict (None when empty), paired with
    the values of the slots that are set as (dict, slots) when there are any."""
    state = getattr(obj, "__dict__", None) or None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state


def _reduce_newobj(obj):
    """object.__reduce_ex__(protocol >= 2): rebuilt with
    cls.__new__(cls, *obj.__getnewargs__()), then given obj.__getstate__() and
    the items of a list or dict."""
    cls = type(obj)
    if isinstance(obj, bytearray):
        return cls, (bytes(obj),), getattr(obj, "__dict__", None) or None
    getnewargs = getattr(obj, "__getnewargs__", None)
    args = tuple(getnewargs()) if getnewargs is not None else ()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return __newobj__, (cls,) + args, obj.__getstate__(), listitems, dictitems


def _reduce_ex(obj, protocol):
    """object.__reduce_ex__ for protocols 0 and 1, and object.__reduce__():
    rebuilt by _reconstructor from the nearest built-in class (classes of
    Python code keep their __module__ in their own namespace)."""
    cls = type(obj)
    base = next(c for c in cls.__mro__ if "__module__" not in c.__dict__)
    if base is cls and cls is not object:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    args = (cls, base, None if base is object else base(obj))
    if cls.__getstate__ is object.__getstate__ and getattr(obj, "__slots__", None):
        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
    state = obj.__getstate__()
    return (_reconstructor, args, state) if state else (_reconstructor, args)

# }====


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
