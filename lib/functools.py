"""Higher-order functions and operations on callables."""

__all__ = ('update_wrapper wraps WRAPPER_ASSIGNMENTS WRAPPER_UPDATES '
           'total_ordering cache cmp_to_key lru_cache reduce partial '
           'partialmethod singledispatch singledispatchmethod '
           'cached_property').split()

from abc import get_cache_token
from collections import namedtuple
# the C side: partial objects, reduce, key wrappers and the cache itself
from _functools import partial, reduce, cmp_to_key, _lru_cache_wrapper

GenericAlias = type(list[int])

_MISSING = object()


# ------------------------------------------------------------ wrappers

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: copies the `assigned` attributes it
    has, merges the `updated` dicts, and sets wrapper.__wrapped__."""
    for name in assigned:
        value = getattr(wrapped, name, _MISSING)
        if value is not _MISSING:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # last, so that a __wrapped__ copied from wrapped's __dict__ loses
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ------------------------------------------------------ total_ordering

# How each derived comparison follows from the root one, as (name, rule):
#   "not"       not root(a, b)
#   "or_eq"     root(a, b) or a == b
#   "and_ne"    root(a, b) and a != b
#   "not_or_eq" not root(a, b) or a == b
#   "not_and_ne" not root(a, b) and a != b
_DERIVED = {
    '__lt__': [('__gt__', 'not_and_ne'), ('__le__', 'or_eq'), ('__ge__', 'not')],
    '__le__': [('__ge__', 'not_or_eq'), ('__lt__', 'and_ne'), ('__gt__', 'not')],
    '__gt__': [('__lt__', 'not_and_ne'), ('__ge__', 'or_eq'), ('__le__', 'not')],
    '__ge__': [('__le__', 'not_or_eq'), ('__gt__', 'and_ne'), ('__lt__', 'not')],
}


def _derived_comparison(root, name, rule):
    def compare(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if rule == 'not':
            return not result
        if rule == 'or_eq':
            return result or self == other
        if rule == 'and_ne':
            return result and self != other
        if rule == 'not_or_eq':
            return not result or self == other
        return not result and self != other

    compare.__name__ = name
    # CPython's derived methods are module functions named like _gt_from_lt
    compare.__qualname__ = f'_{name[2:4]}_from_{root[2:4]}'
    return compare


def total_ordering(cls):
    """Class decorator filling in the missing ordering methods from the one
    defined (<, <=, > or >=) and __eq__."""
    roots = {op for op in _DERIVED
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__ to __le__ to __gt__ to __ge__
    for name, rule in _DERIVED[root]:
        if name not in roots:
            setattr(cls, name, _derived_comparison(root, name, rule))
    return cls


# ------------------------------------------------------- partialmethod

def _check_callable(func):
    if not callable(func) and not hasattr(func, '__get__'):
        raise TypeError(f'{func!r} is not callable or a descriptor')


class partialmethod:
    """A partial() that works as a method descriptor: the bound instance
    (or class) goes before the fixed arguments."""

    def __init__(self, func, /, *args, **keywords):
        _check_callable(func)
        if isinstance(func, partialmethod):
            # nested partialmethods collapse into one
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        shown_args = ', '.join(repr(arg) for arg in self.args)
        shown_keywords = ', '.join(f'{key}={value!r}' for key, value in self.keywords.items())
        kind = type(self)
        return f'{kind.__module__}.{kind.__qualname__}({self.func}, {shown_args}, {shown_keywords})'

    def __get__(self, obj, cls=None):
        func = self.func
        if hasattr(func, '__get__') and not isinstance(func, partial):
            bound = func.__get__(obj, cls)
            if bound is not func:
                # a method, classmethod, ...: fix the arguments after its self
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _MISSING)
                if owner is not _MISSING:
                    result.__self__ = owner
                return result
        return self._as_function().__get__(obj, cls)

    def _as_function(self):
        # a plain function taking self first, which binds like any method
        def method(instance, /, *args, **keywords):
            return self.func(instance, *self.args, *args, **{**self.keywords, **keywords})
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self  # lets inspect.signature find us
        return method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


# ---------------------------------------------------- lru_cache, cache

_CacheInfo = namedtuple('CacheInfo', 'hits misses maxsize currsize')


def _cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Decorator memoizing a function's most recent `maxsize` results
    (all of them when maxsize is None); `typed` caches 1 and 1.0 apart.
    The wrapper has cache_info(), cache_clear() and cache_parameters()."""
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        return _cached(maxsize, 128, typed)  # bare @lru_cache
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _cached(user_function, maxsize, typed)


def cache(user_function, /):
    """An unbounded lru_cache: remembers every result."""
    return _cached(user_function, None, False)


# ------------------------------------------------------ singledispatch

def _is_union_type(cls):
    from typing import get_origin, Union
    return get_origin(cls) in (Union, type(int | str))


def _dispatch_keys(cls):
    """The classes that cls stands for as a registration key (a union
    stands for its members), or None when it is not a valid key."""
    if isinstance(cls, type):
        return (cls,)
    if _is_union_type(cls):
        from typing import get_args
        members = get_args(cls)
        if all(isinstance(member, type) for member in members):
            return members
    return None


def _find_impl(cls, registry):
    """The implementation for cls: that of the first class of its MRO that
    is registered, where a registered ABC ranks just after the last class
    of the MRO that belongs to it (as if it had been inherited there)."""
    mro = cls.__mro__
    abcs = [key for key in registry if key not in mro and issubclass(cls, key)]
    for position, base in enumerate(mro):
        if base in registry:
            return registry[base]
        later = mro[position + 1:]
        joined = [abc for abc in abcs if issubclass(base, abc)
                  and not any(issubclass(other, abc) for other in later)]
        # of ABCs joining at the same place, a subclass beats its bases
        best = [abc for abc in joined
                if not any(other is not abc and issubclass(other, abc) for other in joined)]
        if len(best) > 1:
            raise RuntimeError(f'Ambiguous dispatch: {best[0]} or {best[1]}')
        if best:
            return registry[best[0]]
    return registry[object]


class _Dispatcher:
    """The state behind a singledispatch function: the registry and a
    cache of dispatch results, dropped when registrations change (here or,
    through the ABC cache token, in any ABC)."""

    def __init__(self, default):
        self.registry = {object: default}
        self.cache = {}
        self.token = None

    def dispatch(self, cls):
        if self.token is not None and self.token != get_cache_token():
            self.cache.clear()
            self.token = get_cache_token()
        if cls not in self.cache:
            self.cache[cls] = _find_impl(cls, self.registry)
        return self.cache[cls]

    def register(self, cls, func=None):
        keys = _dispatch_keys(cls)
        if keys is None:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            func = cls
            cls, keys = self._annotated_class(func)
        elif func is None:
            return lambda func: self.register(cls, func)
        for key in keys:
            self.registry[key] = func
        if self.token is None and hasattr(cls, '__abstractmethods__'):
            self.token = get_cache_token()
        self.cache.clear()
        return func

    @staticmethod
    def _annotated_class(func):
        # @register on its own: the class is the first parameter's annotation
        annotated = getattr(func, '__func__', func)  # classmethod, staticmethod
        if not getattr(annotated, '__annotations__', None):
            raise TypeError(f'Invalid first argument to `register()`: {func!r}. '
                            'Use either `@register(some_class)` or plain `@register` '
                            'on an annotated function.')
        from typing import get_type_hints
        param, cls = next(iter(get_type_hints(annotated).items()))
        keys = _dispatch_keys(cls)
        if keys is None:
            problem = 'not all arguments are classes' if _is_union_type(cls) else 'is not a class'
            raise TypeError(f'Invalid annotation for {param!r}. {cls!r} {problem}.')
        return cls, keys


def singledispatch(func):
    """Single-dispatch generic function decorator: register() adds
    implementations chosen by the type of the first argument."""
    import types
    dispatcher = _Dispatcher(func)
    name = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kwargs):
        if not args:
            raise TypeError(f'{name} requires at least 1 positional argument')
        return dispatcher.dispatch(args[0].__class__)(*args, **kwargs)

    wrapper.register = dispatcher.register
    wrapper.dispatch = dispatcher.dispatch
    wrapper.registry = types.MappingProxyType(dispatcher.registry)
    wrapper._clear_cache = dispatcher.cache.clear
    return update_wrapper(wrapper, func)


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the first
    argument after self (or cls)."""

    def __init__(self, func):
        _check_callable(func)
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Registers method as the implementation for cls."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def bound(*args, **kwargs):
            return dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)
        bound.__isabstractmethod__ = self.__isabstractmethod__
        bound.register = self.register
        return update_wrapper(bound, self.func)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ----------------------------------------------------- cached_property

class cached_property:
    """A property computed once per instance, then stored in the instance's
    __dict__ under the same name (so later reads never reach it)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is not None and name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different '
                            f'names ({self.attrname!r} and {name!r}).')
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        holder = type(instance).__name__
        store = getattr(instance, '__dict__', None)
        if store is None:
            raise TypeError(f"No '__dict__' attribute on {holder!r} instance "
                            f'to cache {name!r} property.')
        value = store.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {holder!r} instance does "
                                f'not support item assignment for caching {name!r} '
                                'property.') from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
