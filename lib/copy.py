"""Shallow and deep copy operations: copy(x) and deepcopy(x).

Classes control copying with __copy__ / __deepcopy__(memo), or through the
pickle protocol (__reduce_ex__, __reduce__, __getnewargs__, __getstate__,
__setstate__)."""

import types
from _weakref import ref as _weakref_ref
from copyreg import dispatch_table, _reduce_newobj


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
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls is types.MethodType:
        # the same function bound to the same object
        return cls(x.__func__, x.__self__)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _rebuild(x, _reduce(x, cls), None)


def deepcopy(x, memo=None):
    """Deep copy operation on arbitrary Python objects.  memo maps the ids
    of objects already copied to their copies (so shared and cyclic
    structure is kept)."""
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    copier = _DEEP_COPIERS.get(cls)
    if copier is not None:
        result = copier(x, memo)
    elif issubclass(cls, type):
        result = x
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            result = hook(memo)
        else:
            result = _rebuild(x, _reduce(x, cls), memo)
    if result is not x:
        memo[key] = result
        # the originals stay alive as long as the memo, so that their ids
        # are not reused by new objects during the copy
        memo.setdefault(id(memo), []).append(x)
    return result


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
    return _reduce_newobj(x)


def _own_method(cls, name):
    """cls's `name` method unless it is object's default."""
    method = getattr(cls, name, None)
    if method is None or method is getattr(object, name, None):
        return None
    return method


# deepcopy of the built-in containers (and bound methods); the copy goes
# into the memo before the items are copied, so cycles find it

def _deepcopy_list(x, memo):
    copied = memo[id(x)] = []
    for item in x:
        copied.append(deepcopy(item, memo))
    return copied


def _deepcopy_dict(x, memo):
    copied = memo[id(x)] = {}
    for key, value in x.items():
        copied[deepcopy(key, memo)] = deepcopy(value, memo)
    return copied


def _deepcopy_tuple(x, memo):
    # a tuple cannot be built before its items, so a cycle through a
    # mutable item may have copied x already
    items = [deepcopy(item, memo) for item in x]
    if id(x) in memo:
        return memo[id(x)]
    if all(new is old for new, old in zip(items, x)):
        return x
    return tuple(items)


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


# frozensets and slices are immutable, but may hold mutable things
_DEEP_COPIERS = {cls: lambda x, memo: x for cls in _ATOMIC - {tuple, frozenset, slice}}
_DEEP_COPIERS.update({list: _deepcopy_list, dict: _deepcopy_dict, tuple: _deepcopy_tuple,
                      types.MethodType: _deepcopy_method})


def _rebuild(x, reduced, memo):
    """The copy of x made from its pickle reduction (deep when memo is
    given): call, then state, then list items, then dict items."""
    if isinstance(reduced, str):
        return x  # a global: the object is its own copy
    func, args, state, listitems, dictitems = (*reduced, None, None, None)[:5]
    deep = memo is not None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, deepcopy(state, memo) if deep else state)
    for item in listitems or ():
        y.append(deepcopy(item, memo) if deep else item)
    for key, value in dictitems or ():
        if deep:
            key, value = deepcopy(key, memo), deepcopy(value, memo)
        y[key] = value
    return y


def _set_state(y, state):
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    # the default state: the instance dict, or (dict or None, slot values)
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        y.__dict__.update(state)
    for name, value in (slots or {}).items():
        setattr(y, name, value)
