"""Abstract Base Classes for containers (exported as collections.abc)."""

from abc import ABCMeta, abstractmethod
import sys

GenericAlias = type(list[int])

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator',
           'AsyncGenerator', 'Hashable', 'Iterable', 'Iterator', 'Generator',
           'Reversible', 'Sized', 'Container', 'Callable', 'Collection', 'Set',
           'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView',
           'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence',
           'ByteString', 'Buffer']

# The ABCs print as collections.abc.X, where users import them from.
__name__ = 'collections.abc'


# ---------------------------------------------------------------- helpers

def _check_methods(C, *methods):
    """True when C (through its MRO) defines every one of methods, not as
    None; NotImplemented otherwise.  The usual __subclasshook__ answer."""
    for method in methods:
        definer = next((k for k in C.__mro__ if method in k.__dict__), None)
        if definer is None or definer.__dict__[method] is None:
            return NotImplemented
    return True


def _structural(*methods):
    """A __subclasshook__ making the ABC that defines it a supertype of every
    class with these methods.  Subclasses of that ABC do not inherit the
    structural test: for them the hook answers NotImplemented."""
    def __subclasshook__(cls, C):
        if cls.__dict__.get('__subclasshook__') is not hook:
            return NotImplemented
        return _check_methods(C, *methods)
    hook = classmethod(__subclasshook__)
    return hook


def _same(a, b):
    # containment as list and tuple define it: identity first, then ==
    return a is b or a == b


def _reraise(typ, val, tb):
    """The default throw(): raise the given exception (an instance made
    from typ when val is missing), with tb attached."""
    exc = val if val is not None else typ if tb is None else typ()
    raise exc if tb is None else exc.with_traceback(tb)


_NO_DEFAULT = object()


def _pop_until_empty(pop, empty_error):
    while True:
        try:
            pop()
        except empty_error:
            return


# -------------------------------------------------- one-method protocols

class Hashable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural('__hash__')

    @abstractmethod
    def __hash__(self): return 0


class Sized(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural('__len__')

    @abstractmethod
    def __len__(self): return 0


class Container(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural('__contains__')
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __contains__(self, x): return False


class Iterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural('__iter__')
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __iter__(self): return iter(())


class Buffer(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural('__buffer__')

    @abstractmethod
    def __buffer__(self, flags, /): raise NotImplementedError


# Ay's buffer types have no __buffer__ method; they are buffers all the same
for _buffer_type in (bytes, bytearray, memoryview):
    Buffer.register(_buffer_type)


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural('__await__')
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __await__(self): yield


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural('__aiter__')
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __aiter__(self): return AsyncIterator()


# ------------------------------------------- iterators and generators

class Iterator(Iterable):
    __slots__ = ()
    __subclasshook__ = _structural('__iter__', '__next__')

    @abstractmethod
    def __next__(self): raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()
    __subclasshook__ = _structural('__reversed__', '__iter__')

    @abstractmethod
    def __reversed__(self): return iter(())


class Generator(Iterator):
    """An iterator driven by send(); next() is send(None)."""

    __slots__ = ()
    __subclasshook__ = _structural('__iter__', '__next__', 'send', 'throw', 'close')

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value): raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None): _reraise(typ, val, tb)

    def close(self):
        _close(self, StopIteration, 'generator')


class Coroutine(Awaitable):
    __slots__ = ()
    __subclasshook__ = _structural('__await__', 'send', 'throw', 'close')

    @abstractmethod
    def send(self, value): raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None): _reraise(typ, val, tb)

    def close(self):
        _close(self, StopIteration, 'coroutine')


def _close(gen, finished, kind):
    # close() throws GeneratorExit in; the generator must let it (or its
    # own end) come out
    try:
        gen.throw(GeneratorExit)
    except (GeneratorExit, finished):
        return
    raise RuntimeError(f'{kind} ignored GeneratorExit')


class AsyncIterator(AsyncIterable):
    __slots__ = ()
    __subclasshook__ = _structural('__anext__', '__aiter__')

    @abstractmethod
    async def __anext__(self): raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()
    __subclasshook__ = _structural('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value): raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None): _reraise(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError('asynchronous generator ignored GeneratorExit')


def _registered(abc, *examples):
    # registers the types of the example objects
    for example in examples:
        abc.register(type(example))


def _generator():
    yield


async def _coroutine():
    pass


async def _async_generator():
    yield


_registered(Iterator, iter(b''), iter(bytearray()), iter({}), iter({}.values()),
            iter({}.items()), iter([]), reversed([]), iter(range(0)),
            iter(range(1 << 1000)), iter(set()), iter(''), iter(()), zip())
_registered(Generator, _generator())
_registered(AsyncGenerator, _async_generator())
_unstarted = _coroutine()
_registered(Coroutine, _unstarted)
_unstarted.close()
del _generator, _coroutine, _async_generator, _unstarted


# ---------------------------------------------------------- Callable

class _CallableGenericAlias(GenericAlias):
    """Callable[[args...], result]; flattens the argument list into
    __args__ and shows it again in the repr."""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        params, result = args
        if isinstance(params, (tuple, list)):
            args = (*params, result)
        elif not _is_param_expr(params):
            raise TypeError('Expected a list of types, an ellipsis, ParamSpec, '
                            f'or Concatenate. Got {params}')
        return super().__new__(cls, origin, args)

    def __repr__(self):
        *params, result = self.__args__
        if len(params) == 1 and _is_param_expr(params[0]):
            return super().__repr__()
        shown = ', '.join(map(_type_repr, params))
        return f'collections.abc.Callable[[{shown}], {_type_repr(result)}]'


def _is_param_expr(obj):
    # ..., a list, or typing's ParamSpec / Concatenate[...]
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    return kind.__module__ == 'typing' and kind.__name__ in ('ParamSpec', '_ConcatenateGenericAlias')


def _type_repr(obj):
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


class Callable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural('__call__')
    __class_getitem__ = classmethod(_CallableGenericAlias)

    @abstractmethod
    def __call__(self, *args, **kwds): return False


# ------------------------------------------------------- collections

class Collection(Sized, Iterable, Container):
    __slots__ = ()
    __subclasshook__ = _structural('__len__', '__iter__', '__contains__')


def _includes(big, small):
    return all(item in big for item in small)


def _set_comparison(name, holds):
    """A Set comparison operator: holds(a, b) when both sides are Sets."""
    def compare(self, other):
        return holds(self, other) if isinstance(other, Set) else NotImplemented
    compare.__name__ = name
    compare.__qualname__ = 'Set.' + name
    return compare


class Set(Collection):
    """A finite collection of distinct items; the mixin methods need only
    __contains__, __iter__ and __len__."""

    __slots__ = ()

    __le__ = _set_comparison('__le__', lambda a, b: len(a) <= len(b) and _includes(b, a))
    __lt__ = _set_comparison('__lt__', lambda a, b: len(a) < len(b) and _includes(b, a))
    __ge__ = _set_comparison('__ge__', lambda a, b: len(a) >= len(b) and _includes(a, b))
    __gt__ = _set_comparison('__gt__', lambda a, b: len(a) > len(b) and _includes(a, b))
    __eq__ = _set_comparison('__eq__', lambda a, b: len(a) == len(b) and _includes(b, a))

    @classmethod
    def _from_iterable(cls, it):
        """Makes the result of a set operation; override when the class's
        constructor does not take an iterable."""
        return cls(it)

    def _as_set(self, other):
        # the other operand of -, ^: a Set, or None when it is not iterable
        if isinstance(other, Set):
            return other
        return self._from_iterable(other) if isinstance(other, Iterable) else None

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for part in (self, other) for item in part)

    __rand__ = __and__
    __ror__ = __or__

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def isdisjoint(self, other):
        """True when no item of other is in the set."""
        return not any(item in self for item in other)

    def _hash(self):
        """An order-independent hash of the items, equal to the hash of a
        frozenset of them (it uses frozenset's algorithm)."""
        bits = sys.maxsize.bit_length() + 1
        mask = (1 << bits) - 1
        h = 1927868237 * (len(self) + 1)
        for item in self:
            x = hash(item)
            h ^= (x ^ (x << 16) ^ 89869747) * 3644798167
        h &= mask
        h ^= (h >> 11) ^ (h >> 25)
        h = (h * 69069 + 907133923) & mask
        if h >> (bits - 1):  # the sign bit of a machine word
            h -= 1 << bits
        return 590923713 if h == -1 else h


class MutableSet(Set):
    """A Set with add() and discard(); the other mutators derive from them."""

    __slots__ = ()

    @abstractmethod
    def add(self, value): raise NotImplementedError

    @abstractmethod
    def discard(self, value): raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        _pop_until_empty(self.pop, KeyError)

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it if isinstance(it, Set) else self._from_iterable(it):
            (self.discard if value in self else self.add)(value)
        return self


Set.register(frozenset)
MutableSet.register(set)


# ---------------------------------------------------------- mappings

class Mapping(Collection):
    """A read-only mapping; the mixin methods need only __getitem__,
    __iter__ and __len__."""

    __slots__ = ()

    # reversed() must not treat a mapping as a sequence
    __reversed__ = None

    @abstractmethod
    def __getitem__(self, key): raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


class MappingView(Sized):
    __slots__ = ('_mapping',)
    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'


# set operations on keys and items views give plain sets
_plain_set = classmethod(lambda cls, it: set(it))


class KeysView(MappingView, Set):
    __slots__ = ()

    _from_iterable = _plain_set

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


class ItemsView(MappingView, Set):
    __slots__ = ()

    _from_iterable = _plain_set

    def __contains__(self, item):
        key, value = item
        try:
            return _same(self._mapping[key], value)
        except KeyError:
            return False

    def __iter__(self):
        mapping = self._mapping
        return ((key, mapping[key]) for key in mapping)


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __iter__(self):
        mapping = self._mapping
        return (mapping[key] for key in mapping)


class MutableMapping(Mapping):
    """A Mapping with __setitem__ and __delitem__, from which the rest of
    dict's mutators derive."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value): raise KeyError

    @abstractmethod
    def __delitem__(self, key): raise KeyError

    # pop and setdefault go through __getitem__ (not `in`), so that a
    # __missing__ hook takes part as it does for dict subclasses
    def pop(self, key, default=_NO_DEFAULT):
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        _pop_until_empty(self.popitem, KeyError)

    def update(self, other=(), /, **kwds):
        """Sets the items of a mapping (or of anything with keys()), else
        of an iterable of pairs, then the keyword arguments."""
        if isinstance(other, Mapping):
            pairs = ((key, other[key]) for key in other)
        elif hasattr(other, 'keys'):
            pairs = ((key, other[key]) for key in other.keys())
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


_registered(Mapping, type.__dict__)
_registered(MutableMapping, {})
_registered(KeysView, {}.keys())
_registered(ItemsView, {}.items())
_registered(ValuesView, {}.values())


# --------------------------------------------------------- sequences

class Sequence(Reversible, Collection):
    """A read-only sequence; the mixin methods need only __getitem__ and
    __len__ (iteration stops at the first IndexError)."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index): raise IndexError

    def _items_from(self, index, stop=None):
        # (index, item) pairs from index until stop or until __getitem__
        # runs out
        while stop is None or index < stop:
            try:
                item = self[index]
            except IndexError:
                return
            yield index, item
            index += 1

    def __iter__(self):
        return (item for _, item in self._items_from(0))

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        return (self[index] for index in range(len(self) - 1, -1, -1))

    def index(self, value, start=0, stop=None):
        """The first index of value in self[start:stop]; ValueError when
        it is not there."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        for index, item in self._items_from(start, stop):
            if _same(item, value):
                return index
        raise ValueError

    def count(self, value):
        return sum(1 for item in self if _same(item, value))


class MutableSequence(Sequence):
    """A Sequence with __setitem__, __delitem__ and insert(), from which
    list's other mutators derive."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value): raise IndexError

    @abstractmethod
    def __delitem__(self, index): raise IndexError

    @abstractmethod
    def insert(self, index, value): raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def extend(self, values):
        # extending by itself must not see its own growth
        for value in list(values) if values is self else values:
            self.append(value)

    def __iadd__(self, values):
        self.extend(values)
        return self

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        del self[self.index(value)]

    def clear(self):
        _pop_until_empty(self.pop, IndexError)

    def reverse(self):
        size = len(self)
        for left in range(size // 2):
            right = size - 1 - left
            self[left], self[right] = self[right], self[left]


class _DeprecateByteStringMeta(ABCMeta):
    """ByteString is deprecated: subclassing it or checking against it warns
    (directly from these methods: the warning blames their caller)."""

    def __new__(cls, name, bases, namespace, **kwargs):
        if name != 'ByteString':
            import warnings
            warnings._deprecated('collections.abc.ByteString', remove=(3, 14))
        return super().__new__(cls, name, bases, namespace, **kwargs)

    def __instancecheck__(cls, instance):
        import warnings
        warnings._deprecated('collections.abc.ByteString', remove=(3, 14))
        return super().__instancecheck__(instance)


class ByteString(Sequence, metaclass=_DeprecateByteStringMeta):
    """Deprecated ABC of bytes and bytearray."""

    __slots__ = ()


_registered(Sequence, (), '', range(0), memoryview(b''))
_registered(ByteString, b'', bytearray())
_registered(MutableSequence, [], bytearray())
