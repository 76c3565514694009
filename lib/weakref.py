"""Weak references and the containers built on them.

ref, proxy and the counters come from the VM (_weakref); the collector
clears a reference when its referent becomes unreachable and then calls its
callback. The containers drop entries from those callbacks.
"""

from _weakref import (ref, proxy, getweakrefcount, getweakrefs,
                      ReferenceType, ProxyType, CallableProxyType)

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: dead as soon as either its
    object or its function is collected (a bound method object itself
    dies at once, so a plain ref to it would be useless)."""

    __slots__ = ("_func", "_kind", "_dead", "__weakref__")

    def __new__(cls, meth, callback=None):
        if not (hasattr(meth, "__self__") and hasattr(meth, "__func__")):
            raise TypeError(f"argument should be a bound method, not {type(meth)}")
        holder = []  # the new reference, once it exists

        def on_death(_):
            me = holder[0]() if holder else None
            if me is None or me._dead:
                return
            me._dead = True
            if callback is not None:
                callback(me)

        self = ref.__new__(cls, meth.__self__, on_death)
        self._func = ref(meth.__func__, on_death)
        self._kind = type(meth)
        self._dead = False
        holder.append(ref(self))
        return self

    def __call__(self):
        target, func = super().__call__(), self._func()
        return None if target is None or func is None else self._kind(func, target)

    def _same(self, other):
        if self._dead or other._dead:
            return self is other
        return ref.__eq__(self, other) and self._func == other._func

    def __eq__(self, other):
        return self._same(other) if isinstance(other, WeakMethod) else NotImplemented

    def __ne__(self, other):
        return not self._same(other) if isinstance(other, WeakMethod) else NotImplemented

    __hash__ = ref.__hash__


class WeakValueDictionary:
    """A mapping whose entries go away when their value is collected."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _make_ref(self, key, value):
        data = self.data

        def remove(wr):
            if data.get(key) is wr:
                del data[key]
        return ref(value, remove)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = self._make_ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def keys(self):
        return iter(self)

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def items(self):
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield k, o

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *default):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kw):
        if hasattr(other, "keys"):
            other = [(k, other[k]) for k in other.keys()]
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy


class WeakKeyDictionary:
    """A mapping whose entries go away when their key is collected."""

    def __init__(self, dict=None):
        self.data = {}
        data = self.data

        def remove(wr):
            data.pop(wr, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return iter(self)

    def values(self):
        for wr, v in list(self.data.items()):
            if wr() is not None:
                yield v

    def items(self):
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, v

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, v = self.data.popitem()
            o = wr()
            if o is not None:
                return o, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakKeyDictionary(dict(self.items()))

    __copy__ = copy


class WeakSet:
    """A set whose members go away when they are collected."""

    def __init__(self, data=None):
        self.data = set()
        members = self.data

        def remove(wr):
            members.discard(wr)
        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, set(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            o = self.data.pop()()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def update(self, other):
        for o in other:
            self.add(o)

    def copy(self):
        return WeakSet(self)

    __copy__ = copy

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        return WeakSet(list(self) + list(other))

    __or__ = union

    def intersection(self, other):
        other = set(other)
        return WeakSet(o for o in self if o in other)

    __and__ = intersection

    def difference(self, other):
        other = set(other)
        return WeakSet(o for o in self if o not in other)

    __sub__ = difference

    def issubset(self, other):
        return all(o in other for o in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(o in self for o in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return set(self) == set(other)

    __hash__ = None


class finalize:
    """Calls func(*args, **kwargs) once `obj` is collected, unless it was
    called or detached before. Live finalizers are kept in a registry so
    they outlive whatever created them."""

    _pending = {}  # finalize -> [weak ref to obj, func, args, kwargs, atexit flag]

    def __init__(self, obj, func, /, *args, **kwargs):
        finalize._pending[self] = [ref(obj, self), func, args, kwargs, True]

    def _entry(self):
        entry = finalize._pending.get(self)
        target = entry[0]() if entry else None
        return entry, target

    def __call__(self, _=None):
        entry = finalize._pending.pop(self, None)
        if entry is not None:
            _, func, args, kwargs, _ = entry
            return func(*args, **kwargs)
        return None

    def detach(self):
        entry, target = self._entry()
        if target is None:
            return None
        del finalize._pending[self]
        return (target, entry[1], entry[2], entry[3])

    def peek(self):
        entry, target = self._entry()
        return None if target is None else (target, entry[1], entry[2], entry[3])

    @property
    def alive(self):
        return self in finalize._pending

    @property
    def atexit(self):
        entry = finalize._pending.get(self)
        return entry is not None and entry[4]

    @atexit.setter
    def atexit(self, value):
        entry = finalize._pending.get(self)
        if entry is not None:
            entry[4] = bool(value)

    def __repr__(self):
        _, target = self._entry()
        me = f"<{type(self).__name__} object at {id(self):#x}"
        if target is None:
            return me + "; dead>"
        return me + f"; for {type(target).__name__!r} at {id(target):#x}>"
