"""Names for the types of objects the interpreter uses, and helpers for
creating classes dynamically."""

import sys


# The types are taken from example objects made here and then deleted.

def _function(x=0):
    return lambda: x


async def _coroutine_function():
    pass


async def _async_generator_function():
    yield


def _generator_function():
    yield


class _Example:
    __slots__ = ('member',)

    def method(self):
        pass


FunctionType = LambdaType = type(_function)
CodeType = type(_function.__code__)
CellType = type(_function().__closure__[0])
GeneratorType = type(_generator_function())
AsyncGeneratorType = type(_async_generator_function())
_unstarted = _coroutine_function()
CoroutineType = type(_unstarted)
_unstarted.close()
MethodType = type(_Example().method)
MemberDescriptorType = type(_Example.member)
GetSetDescriptorType = type(FunctionType.__code__)
MappingProxyType = type(type.__dict__)
ModuleType = type(sys)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)

del (sys, _function, _coroutine_function, _async_generator_function,
     _generator_function, _Example, _unstarted)

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        running = _repr_running
        if id(self) in running:
            return f"{name}(...)"
        running.add(id(self))
        try:
            items = (f"{k}={v!r}" for k, v in self.__dict__.items())
            return f"{name}({', '.join(items)})"
        finally:
            running.discard(id(self))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


_repr_running = set()


# ---------------------------------------------- creating classes dynamically

def resolve_bases(bases):
    """bases with each non-class that has __mro_entries__ replaced by the
    classes it returns (PEP 560); bases itself when nothing changes."""
    resolved = []
    replaced = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            resolved.append(base)
            continue
        entries = base.__mro_entries__(bases)
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        resolved += entries
        replaced = True
    return tuple(resolved) if replaced else bases


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace from its __prepare__, the keywords left
    after taking out 'metaclass') for a class statement's arguments."""
    kwds = dict(kwds or ())
    meta = kwds.pop('metaclass') if 'metaclass' in kwds else type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def _calculate_meta(meta, bases):
    # the most derived of meta and the bases' metaclasses, which must
    # form a chain of subclasses
    winner = meta
    for candidate in map(type, bases):
        if issubclass(winner, candidate):
            continue
        if not issubclass(candidate, winner):
            raise TypeError('metaclass conflict: the metaclass of a derived class must '
                            'be a (non-strict) subclass of the metaclasses of all its bases')
        winner = candidate
    return winner


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class the way a class statement does: bases resolved
    (PEP 560), the metaclass chosen and prepared, then exec_body(namespace)
    fills the namespace in place of a class body."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, resolved, namespace, **kwds)


def get_original_bases(cls, /):
    """The bases of a class as written, before __mro_entries__ (PEP 560)."""
    try:
        return cls.__dict__.get('__orig_bases__', cls.__bases__)
    except AttributeError:
        raise TypeError(f'Expected an instance of type, not {type(cls).__name__!r}') from None


# ------------------------------------------------- DynamicClassAttribute

class DynamicClassAttribute:
    """A property for instances only: looked up on the class it raises
    AttributeError, so that the metaclass's __getattr__ answers instead
    (Enum's members' `name` and `value` use it)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        # as for property: with no doc given, the getter's is shown and
        # follows the getter when it is replaced
        self.__doc__ = doc if fget is None else doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    @staticmethod
    def _accessor(function, complaint):
        if function is None:
            raise AttributeError(complaint)
        return function

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            return self._accessor(self.fget, 'unreadable attribute')(instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        self._accessor(self.fset, "can't set attribute")(instance, value)

    def __delete__(self, instance):
        self._accessor(self.fdel, "can't delete attribute")(instance)

    def _replacing(self, fget, fset, fdel, doc):
        replaced = type(self)(fget, fset, fdel, doc)
        replaced.overwrite_doc = self.overwrite_doc
        return replaced

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        return self._replacing(fget, self.fset, self.fdel, doc or self.__doc__)

    def setter(self, fset):
        return self._replacing(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._replacing(self.fget, self.fset, fdel, self.__doc__)


# ------------------------------------------------------------- coroutine

def _passed_on(attribute):
    return property(lambda wrapper: getattr(wrapper._gen, attribute))


class _GeneratorWrapper:
    """What types.coroutine makes of a generator-like object that is not
    a coroutine: awaitable, and otherwise passing everything to it."""

    def __init__(self, gen):
        self._gen = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    send = _passed_on('send')
    throw = _passed_on('throw')
    close = _passed_on('close')

    def __next__(self):
        return next(self._gen)

    def __iter__(self):
        # a real generator can be iterated directly
        return self._gen if type(self._gen) is GeneratorType else self

    __await__ = __iter__

    gi_code = cr_code = _passed_on('gi_code')
    gi_frame = cr_frame = _passed_on('gi_frame')
    gi_running = cr_running = _passed_on('gi_running')
    gi_yieldfrom = cr_await = _passed_on('gi_yieldfrom')


def coroutine(func):
    """Decorator turning a generator function into one whose generators
    can be awaited (a generator-based coroutine)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    import functools
    import _collections_abc

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is CoroutineType:
            return coro
        if coro.__class__ is GeneratorType or (
                isinstance(coro, _collections_abc.Generator) and
                not isinstance(coro, _collections_abc.Coroutine)):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


__all__ = [n for n in globals() if n[:1] != '_']
