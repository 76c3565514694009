"""Shallow and deep copy operations: copy(x) and deepcopy(x).

Classes control copying with __copy__ / __deepcopy__(memo), or through the
pickle protocol (__reduce_ex__, __reduce__, __getnewargs__, __getstate__,
__setstate__)."""

import types
from _weakref import ref as _weakref_ref
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error   # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]

# Types whose instances are immutable: copying returns them unchanged.
_ATOMIC = {type(None), int, float, bool, complex, str, tuple, bytes, frozenset,
           type, range, slice, property, types.BuiltinFunctionType, type(Ellipsis),
           type(NotImplemented), types.FunctionType, _weakref_ref, types.CodeType}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # an object is its own copy when it is immutable
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _reduce(x, cls):
    """The pickle reduction of x: a string (x is a global: copy is x itself)
    or the tuple (callable, args[, state[, listitems[, dictitems]]])."""
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = _own_method(cls, "__reduce_ex__")
    if reductor is not None:
        return reductor(x, 4)
    reductor = _own_method(cls, "__reduce__")
    if reductor is not None:
        return reductor(x)
    return _default_reduce(x, cls)


def _own_method(cls, name):
    """cls's `name` method unless it is object's default."""
    method = getattr(cls, name, None)
    if method is None or method is getattr(object, name, None):
        return None
    return method


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{c.__name__.lstrip("_")}{name}'
            names.append(name)
    return names


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _default_reduce(x, cls):
    """object.__reduce_ex__(4): rebuild with cls.__new__(cls, *newargs) and
    the instance state (its __dict__ and slots, or __getstate__())."""
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), getattr(x, '__dict__', None) or None
    if isinstance(x, bytearray):
        return cls, (bytes(x),), getattr(x, '__dict__', None) or None
    getnewargs = getattr(x, "__getnewargs__", None)
    args = tuple(getnewargs()) if getnewargs is not None else ()
    getstate = _own_method(cls, "__getstate__")
    if getstate is not None:
        state = getstate(x)
    else:
        state = getattr(x, "__dict__", None) or None
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _newobj, (cls,) + args, state, listitems, dictitems


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # a tuple may contain itself through a mutable item
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


# (frozensets and slices are immutable, but may hold mutable things)
_deepcopy_dispatch = {t: _deepcopy_atomic for t in _ATOMIC if t not in (tuple, frozenset, slice)}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict
_deepcopy_dispatch[types.MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    """Keeps x alive while the memo lives (so ids in it stay unique)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
