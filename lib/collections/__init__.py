"""Container datatypes: deque, defaultdict, OrderedDict, Counter,
namedtuple, ChainMap, UserDict, UserList, UserString."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

import _collections_abc
import operator as _operator
import sys as _sys
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from keyword import iskeyword as _iskeyword
from abc import update_abstractmethods as _update_abstractmethods
from reprlib import recursive_repr as _recursive_repr
from _collections import deque, defaultdict, _count_elements

_collections_abc.MutableSequence.register(deque)


# OrderedDict: a dict (which keeps insertion order already) with
# move_to_end(), popitem(last=) and order-sensitive equality.

def _odict_view(base, kind, reverse):
    class View(base):
        def __reversed__(self):
            return reverse(self._mapping)

        def __repr__(self):
            return f'odict_{kind}({list(self)!r})'

    View.__name__ = View.__qualname__ = f'_OrderedDict{kind.capitalize()}View'
    return View


_OrderedDictKeysView = _odict_view(
    _collections_abc.KeysView, 'keys', lambda od: reversed(od))
_OrderedDictItemsView = _odict_view(
    _collections_abc.ItemsView, 'items',
    lambda od: ((key, od[key]) for key in reversed(od)))
_OrderedDictValuesView = _odict_view(
    _collections_abc.ValuesView, 'values',
    lambda od: (od[key] for key in reversed(od)))


class OrderedDict(dict):
    """Dictionary that remembers insertion order, with move_to_end() and
    order-sensitive equality between OrderedDicts."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    update = _collections_abc.MutableMapping.update

    def move_to_end(self, key, last=True):
        """Moves an existing key to either end of the dict (the beginning
        when last is false); KeyError when the key is absent."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Removes and returns a (key, value) pair, in LIFO order when last
        is true, else FIFO."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    __marker = object()

    def pop(self, key, default=__marker):
        """Removes key and returns its value, else default, else KeyError."""
        if default is self.__marker:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        """Inserts key with a value of default if key is not in the dict."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def keys(self):
        return _OrderedDictKeysView(self)

    def items(self):
        return _OrderedDictItemsView(self)

    def values(self):
        return _OrderedDictValuesView(self)

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        return f'{self.__class__.__name__}({dict(self.items())!r})'

    def __reduce__(self):
        state = self.__getstate__() if hasattr(self, '__getstate__') else vars(self) or None
        return self.__class__, (), state or None, None, iter(self.items())

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new ordered dictionary with keys from iterable and values equal
        to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    # a | b is a copy of a (of self's class either way) updated with b
    def __or__(self, other):
        return self.__class__._merge(self, other) if isinstance(other, dict) else NotImplemented

    def __ror__(self, other):
        return self.__class__._merge(other, self) if isinstance(other, dict) else NotImplemented

    @classmethod
    def _merge(cls, first, second):
        merged = cls(first)
        merged.update(second)
        return merged


# namedtuple

def _rename_invalid(names):
    """Replaces each unusable field name by _<its position>."""
    seen = set()
    renamed = []
    for position, name in enumerate(names):
        unusable = (name in seen or name.startswith('_')
                    or not name.isidentifier() or _iskeyword(name))
        renamed.append(f'_{position}' if unusable else name)
        seen.add(name)
    return renamed


def _check_names(typename, fields, renamed):
    for name in (typename, *fields):
        if not name.isidentifier():
            problem = 'must be valid identifiers'
        elif _iskeyword(name):
            problem = 'cannot be a keyword'
        else:
            continue
        raise ValueError(f'Type names and field names {problem}: {name!r}')
    for position, name in enumerate(fields):
        if name.startswith('_') and not renamed:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in fields[:position]:
            raise ValueError(f'Encountered duplicate field name: {name!r}')


def _namedtuple_methods(typename, fields):
    """The methods every namedtuple class gets, as closures over its fields."""
    arity = len(fields)
    new_tuple = tuple.__new__

    def _make(cls, iterable):
        made = new_tuple(cls, iterable)
        if len(made) != arity:
            raise TypeError(f'Expected {arity} arguments, got {len(made)}')
        return made

    def _replace(self, /, **changes):
        values = [changes.pop(name, old) for name, old in zip(fields, self)]
        if changes:
            raise ValueError(f'Got unexpected field names: {list(changes)!r}')
        return self._make(values)

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{self.__class__.__name__}({shown})'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'
    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'
    __repr__.__doc__ = 'Return a nicely formatted representation string'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'
    __getnewargs__.__doc__ = 'Return self as a plain tuple.  Used by copy and pickle.'
    methods = {}
    for method in (_make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'
        methods[method.__name__] = method
    methods['_make'] = classmethod(_make)
    return methods


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass called typename whose items are also reachable
    as attributes named by field_names (a sequence, or one string split at
    commas and spaces)."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = [str(name) for name in field_names]
    typename = _sys.intern(str(typename))
    if rename:
        fields = _rename_invalid(fields)
    _check_names(typename, fields, rename)
    fields = tuple(_sys.intern(name) for name in fields)

    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
    defaulted = fields[len(fields) - len(defaults or ()):]
    params = ', '.join(fields) + (',' if len(fields) == 1 else '')

    # __new__ is compiled so that the fields are its named parameters,
    # which gives it defaults and the usual argument-count errors
    new = eval(f'lambda _cls, {params}: _tuple_new(_cls, ({params}))',
               {'_tuple_new': tuple.__new__, '__builtins__': {},
                '__name__': f'namedtuple_{typename}'})
    new.__name__ = '__new__'
    new.__qualname__ = f'{typename}.__new__'
    new.__doc__ = f'Create new instance of {typename}({params})'
    new.__defaults__ = defaults

    namespace = _namedtuple_methods(typename, fields)
    namespace.update({
        '__doc__': f'{typename}({params})', '__slots__': (), '__new__': new,
        '_fields': fields, '__match_args__': fields,
        '_field_defaults': dict(zip(defaulted, defaults or ())),
    })
    for index, name in enumerate(fields):
        namespace[name] = property(_operator.itemgetter(index),
                                   doc=_sys.intern(f'Alias for field number {index}'))
    cls = type(typename, (tuple,), namespace)
    # by default the class belongs to the module that called namedtuple()
    cls.__module__ = _caller_module_name() if module is None else module
    return cls


def _caller_module_name():
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return 'collections'


# Counter

def _multiset_test(test):
    """A Counter comparison: test holds for the counts of every element
    of either side (absent elements count zero)."""
    def compare(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(test(self[elem], other[elem]) for elem in _chain(self, other))
    return compare


def _multiset_op(combine):
    """A Counter binary operator: combine the counts of each element of
    either side, keeping only positive results."""
    def operator(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem in _chain(self, (elem for elem in other if elem not in self)):
            count = combine(self[elem], other[elem])
            if count > 0:
                result[elem] = count
        return result
    return operator


def _multiset_update(combine, over_self=False):
    """A Counter in-place operator; afterwards only positive counts remain."""
    def operator(self, other):
        for elem in list(self if over_self else other):
            self[elem] = combine(self[elem], other[elem])
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self
    return operator


class Counter(dict):
    """A dict mapping elements to their counts (a multiset); absent
    elements count zero."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # a count for every key would be ambiguous; CPython refuses too
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common elements and their counts, most common first
        (all of them when n is None); equal counts keep insertion order."""
        ordered = sorted(self.items(), key=_operator.itemgetter(1), reverse=True)
        return ordered if n is None else ordered[:max(n, 0)]

    def elements(self):
        """An iterator over the elements, each repeated as many times as its
        count (elements with counts below one are left out)."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    def update(self, iterable=None, /, **kwds):
        """Adds counts from an iterable or another mapping of counts."""
        if not isinstance(iterable, _collections_abc.Mapping):
            if iterable is not None:
                _count_elements(self, iterable)
        elif self:
            for elem, count in iterable.items():
                self[elem] = count + self.get(elem, 0)
        else:
            # nothing to add to: take the counts as they are (any values)
            dict.update(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtracts counts (which may go to zero or below)."""
        if isinstance(iterable, _collections_abc.Mapping):
            pairs = iterable.items()
        else:
            pairs = zip(() if iterable is None else iterable, _repeat(1))
        for elem, count in _chain(pairs, kwds.items()):
            self[elem] = self.get(elem, 0) - count

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Deleting an absent element is not an error."""
        dict.pop(self, elem, None)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:  # counts that cannot be ordered are shown as stored
            shown = dict(self)
        return f'{name}({shown!r})'

    __eq__ = _multiset_test(_operator.eq)
    __le__ = _multiset_test(_operator.le)
    __ge__ = _multiset_test(_operator.ge)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __lt__(self, other):
        smaller = self.__le__(other)
        return smaller if smaller is NotImplemented else smaller and self != other

    def __gt__(self, other):
        larger = self.__ge__(other)
        return larger if larger is NotImplemented else larger and self != other

    __hash__ = None

    __add__ = _multiset_op(_operator.add)
    __sub__ = _multiset_op(_operator.sub)
    __or__ = _multiset_op(max)
    __and__ = _multiset_op(lambda count, other_count: min(other_count, count))

    def __pos__(self):
        """Drops zero and negative counts."""
        return Counter({elem: count for elem, count in self.items() if count > 0})

    def __neg__(self):
        """Negates the counts, keeping the (then) positive ones."""
        return Counter() - self

    __iadd__ = _multiset_update(_operator.add)
    __isub__ = _multiset_update(_operator.sub)
    __ior__ = _multiset_update(max)
    __iand__ = _multiset_update(min, over_self=True)


# ChainMap

class ChainMap(_collections_abc.MutableMapping):
    """Groups several mappings into one view: lookups search them in order;
    writes and deletions go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap with a single dict made by dict.fromkeys."""
        return cls(dict.fromkeys(iterable, *args))

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            # a mapping's own __missing__ (defaultdict) counts as a hit
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def _key_order(self):
        # keys in first-seen order, scanning the deepest mapping first
        order = {}
        for mapping in reversed(self.maps):
            order.update(dict.fromkeys(mapping))
        return order

    def __iter__(self):
        return iter(self._key_order())

    def __len__(self):
        return len(self._key_order())

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        maps = ', '.join(repr(mapping) for mapping in self.maps)
        return f'{type(self).__name__}({maps})'

    def copy(self):
        """A new ChainMap with a copy of maps[0] and the other maps shared."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with a new (or the given) map followed by all
        previous maps."""
        child = kwargs if m is None else m
        if m is not None and kwargs:
            child.update(kwargs)
        return self.__class__(child, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of all maps but the first."""
        return self.__class__(*self.maps[1:])

    # writes and removals touch maps[0] only

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        self.pop(key)

    def pop(self, key, *default):
        """Removes key from maps[0] and returns its value."""
        try:
            return self.maps[0].pop(key, *default)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Removes and returns an item pair from maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def clear(self):
        """Clears maps[0], leaving the others alone."""
        self.maps[0].clear()

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            merged = self.copy()
            merged.maps[0].update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        # a mapping on the left gives a one-map ChainMap of everything, with
        # this chain's values winning
        if isinstance(other, _collections_abc.Mapping):
            return self.__class__(dict(_chain(other.items(), *(
                mapping.items() for mapping in reversed(self.maps)))))
        return NotImplemented

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


# UserDict, UserList, UserString: wrappers meant for subclassing.  The
# wrapped value is self.data; most methods are installed by _forward as
# calls on it.

def _unwrapped(value, wrapper):
    return value.data if isinstance(value, wrapper) else value


def _forward(wrapper, calls, *, rewrap=False, unwrap=False):
    """Defines wrapper.<name> as call(self.data, *args, **kwargs) for each
    name, call in calls.  rewrap: the result is wrapped in self's class;
    unwrap: wrapper instances among the arguments stand for their data."""
    def install(name, call):
        def method(self, *args, **kwargs):
            if unwrap:
                args = [_unwrapped(arg, wrapper) for arg in args]
            result = call(self.data, *args, **kwargs)
            return self.__class__(result) if rewrap else result
        method.__name__ = name
        method.__qualname__ = f'{wrapper.__name__}.{name}'
        setattr(wrapper, name, method)

    if isinstance(calls, str):
        calls = {name: _method_caller(name) for name in calls.split()}
    for name, call in calls.items():
        install(name, call)
    _update_abstractmethods(wrapper)


def _method_caller(name):
    return lambda data, *args, **kwargs: getattr(data, name)(*args, **kwargs)


_COMPARISONS = {f'__{op}__': getattr(_operator, op) for op in ('lt', 'le', 'eq', 'gt', 'ge')}


def _shallow_copy(self):
    """__copy__ of UserDict and UserList: same class and attributes, with
    a copy of the data."""
    clone = self.__class__.__new__(self.__class__)
    clone.__dict__.update(self.__dict__)
    clone.__dict__['data'] = self.__dict__['data'].copy()
    return clone


class UserDict(_collections_abc.MutableMapping):
    """A dict wrapper for subclassing: the contents live in self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def get(self, key, default=None):
        # unlike Mapping.get, an absent key never reaches __missing__
        return self[key] if key in self else default

    def __or__(self, other):
        other = _unwrapped(other, UserDict)
        return self.__class__(self.data | other) if isinstance(other, dict) else NotImplemented

    def __ror__(self, other):
        other = _unwrapped(other, UserDict)
        return self.__class__(other | self.data) if isinstance(other, dict) else NotImplemented

    def __ior__(self, other):
        self.data |= _unwrapped(other, UserDict)
        return self

    __copy__ = _shallow_copy

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # a subclass may hold more state: copy the whole instance, then
        # refill its data through the subclass's own __setitem__
        import copy
        clone = copy.copy(self)
        clone.data = {}
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        made.update(dict.fromkeys(iterable, value))
        return made


_forward(UserDict, {'__setitem__': _operator.setitem, '__delitem__': _operator.delitem,
                    '__iter__': iter, '__len__': len,
                    '__contains__': _operator.contains, '__repr__': repr})


class UserList(_collections_abc.MutableSequence):
    """A list wrapper for subclassing: the contents live in self.data."""

    def __init__(self, initlist=None):
        self.data = [] if initlist is None else list(_unwrapped(initlist, UserList))

    def __getitem__(self, i):
        item = self.data[i]
        return self.__class__(item) if isinstance(i, slice) else item

    __hash__ = None

    @staticmethod
    def _as_list(other):
        other = _unwrapped(other, UserList)
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return self.__class__(self.data + self._as_list(other))

    def __radd__(self, other):
        return self.__class__(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __imul__(self, n):
        self.data *= n
        return self

    __copy__ = _shallow_copy

    def copy(self):
        return self.__class__(self)

    def extend(self, other):
        self.data.extend(_unwrapped(other, UserList))


_forward(UserList, _COMPARISONS, unwrap=True)
_forward(UserList, {'__setitem__': _operator.setitem, '__delitem__': _operator.delitem,
                    '__len__': len, '__contains__': _operator.contains, '__repr__': repr})
_forward(UserList, {'__mul__': _operator.mul, '__rmul__': _operator.mul}, rewrap=True)
_forward(UserList, 'append insert pop remove clear count index reverse sort')


class UserString(_collections_abc.Sequence):
    """A str wrapper for subclassing: the text lives in self.data."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        else:
            self.data = seq.data if isinstance(seq, UserString) else str(seq)

    def __getnewargs__(self):
        return (self.data,)

    def __add__(self, other):
        other = _unwrapped(other, UserString)
        return self.__class__(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return self.__class__(str(other) + self.data)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    maketrans = str.maketrans

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding or 'utf-8', errors or 'strict')

    def replace(self, old, new, maxsplit=-1):
        old, new = _unwrapped(old, UserString), _unwrapped(new, UserString)
        return self.__class__(self.data.replace(old, new, maxsplit))

    # the str methods below take a range (start, end) and, unlike str's,
    # accept it by keyword; some also take a UserString as the substring
    def _ranged(name, unwrap):
        call = getattr(str, name)

        def method(self, sub, start=0, end=_sys.maxsize):
            if unwrap:
                sub = _unwrapped(sub, UserString)
            return call(self.data, sub, start, end)
        method.__name__ = name
        method.__qualname__ = f'UserString.{name}'
        return method

    count = _ranged('count', True)
    find = _ranged('find', True)
    rfind = _ranged('rfind', True)
    index = _ranged('index', False)
    rindex = _ranged('rindex', False)
    startswith = _ranged('startswith', False)
    endswith = _ranged('endswith', False)
    del _ranged

    def _stripping(name):
        call = getattr(str, name)

        def method(self, chars=None):
            return self.__class__(call(self.data, chars))
        method.__name__ = name
        method.__qualname__ = f'UserString.{name}'
        return method

    strip = _stripping('strip')
    lstrip = _stripping('lstrip')
    rstrip = _stripping('rstrip')
    del _stripping


_forward(UserString, _COMPARISONS, unwrap=True)
_forward(UserString, {'__contains__': _operator.contains}, unwrap=True)
_forward(UserString, {'__len__': len, '__str__': str, '__repr__': repr, '__int__': int,
                      '__float__': float, '__complex__': complex, '__hash__': hash})
_forward(UserString, {'__getitem__': _operator.getitem, '__mul__': _operator.mul, '__rmul__': _operator.mul,
                      '__mod__': _operator.mod}, rewrap=True)
_forward(UserString, 'removeprefix removesuffix', rewrap=True, unwrap=True)
_forward(UserString, 'capitalize casefold center expandtabs ljust lower rjust '
                     'swapcase title translate upper zfill', rewrap=True)
_forward(UserString, 'format format_map isalpha isalnum isascii isdecimal '
                     'isdigit isidentifier islower isnumeric isprintable isspace '
                     'istitle isupper join partition rpartition split rsplit splitlines')
