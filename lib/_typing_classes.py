"""typing's class builders: Protocol (and the Supports* protocols), NewType,
NamedTuple and TypedDict. typing imports them at its end; they build on its
generic-alias machinery."""

import abc as _abc
import collections
import functools
import sys
import types
from typing import (Generic, NotRequired, Required, TypeVar, _AnnotatedAlias, _GenericAlias,
                    _Unionable, _caller_module, _type_check)


# ---------------------------------------------------------------- Protocol

# names in a protocol class's namespace that are machinery, not members
_NOT_MEMBERS = frozenset({
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__protocol_attrs__', '__non_callable_proto_members__', '__type_params__',
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__match_args__', '__static_attributes__', '__firstlineno__', '__qualname__',
    '_MutableMapping__marker',
})


def _protocol_members(cls):
    """Every name the protocol and its protocol bases define or annotate."""
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for name in [*base.__dict__, *getattr(base, '__annotations__', {})]:
            if name not in _NOT_MEMBERS and not name.startswith('_abc_'):
                members.add(name)
    return members


def _refuse_instances(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


def _runtime_only(cls, other=None):
    if not getattr(cls, '_is_runtime_protocol', False):
        if other is not None and not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        raise TypeError("Instance and class checks can only be used with"
                        " @runtime_checkable protocols")


def _has_member(obj, name, data_members):
    """obj has name, and it is not None unless the protocol declares it as data."""
    try:
        value = getattr(obj, name)
    except AttributeError:
        return False
    return value is not None or name in data_members


def _asked_by_abc():
    """True when the caller of our caller is abc's machinery: isinstance() of an
    ABC tries its subclasses nominally, protocols included, and must not fail."""
    try:
        return sys._getframe(2).f_globals.get('__name__') in ('abc', 'functools')
    except (AttributeError, ValueError):
        return False


class _ProtocolMeta(_abc.ABCMeta):
    """isinstance() and issubclass() against runtime-checkable protocols look
    for the members (structural typing) rather than at the class tree."""

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        _runtime_only(cls)
        if super().__instancecheck__(instance):
            return True
        data = cls.__non_callable_proto_members__
        return all(_has_member(instance, name, data) for name in cls.__protocol_attrs__)

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, '_is_protocol', False) and not _asked_by_abc():
            _runtime_only(cls, other)
            if cls.__non_callable_proto_members__:
                raise TypeError("Protocols with non-method members don't support issubclass()")
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of protocol classes, which describe a type by its members:

        class Closer(Protocol):
            def close(self) -> None: ...
    """

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            # a protocol only when listing Protocol directly; else an implementation
            cls._is_protocol = Protocol in cls.__bases__
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _structural_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _refuse_instances
        cls.__protocol_attrs__ = _protocol_members(cls)


def _provides(other, name):
    """True when class other defines name (not as None); a protocol's
    annotation counts as a definition."""
    is_protocol = issubclass(other, Generic) and getattr(other, '_is_protocol', False)
    for base in other.__mro__:
        if name in base.__dict__:
            return base.__dict__[name] is not None
        annotations = getattr(base, '__annotations__', {})
        if is_protocol and isinstance(annotations, collections.abc.Mapping) and name in annotations:
            return True
    return False


@classmethod
def _structural_hook(cls, other):
    if cls.__dict__.get('_is_protocol', False) and all(
            _provides(other, name) for name in cls.__protocol_attrs__):
        return True
    return NotImplemented


def runtime_checkable(cls):
    """Lets isinstance() and issubclass() be used with the protocol class cls."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        f' got {cls!r}')
    cls._is_runtime_protocol = True
    data = set()
    for name in cls.__protocol_attrs__:
        try:
            if not callable(getattr(cls, name, None)):
                data.add(name)
        except Exception as exc:
            raise TypeError(f"Failed to determine whether protocol member {name!r} "
                            "is a method member") from exc
    cls.__non_callable_proto_members__ = data
    return cls


# like the type parameter of CPython's `class SupportsAbs[T](Protocol)`
_T = TypeVar('T', infer_variance=True)


def _one_method_protocol(kind, generic=False):
    """SupportsInt and kin: a runtime-checkable protocol with the one method
    __kind__; generic ones take the method's return type as parameter."""
    method = f'__{kind}__'

    def abstract(self):
        pass
    abstract.__name__ = method
    doc = f'An ABC with one abstract method {method}'
    doc += ' that is covariant in its return type.' if generic else '.'
    namespace = {'__slots__': (), '__module__': 'typing', '__doc__': doc,
                 method: _abc.abstractmethod(abstract)}
    base = Protocol[_T] if generic else Protocol
    return runtime_checkable(types.new_class('Supports' + kind.capitalize(), (base,),
                                             exec_body=lambda ns: ns.update(namespace)))



# ---------------------------------------------------------------- NewType

def _refuse_newtype_subclass(supertype, cls):
    name = cls.__name__
    raise TypeError("Cannot subclass an instance of NewType. Perhaps you were "
                    f"looking for: `{name} = NewType({name!r}, {supertype})`")


class NewType(_Unionable):
    """UserId = NewType('UserId', int): a distinct type for type checkers, the
    identity function at runtime."""

    def __init__(self, name, tp):
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module
        self.__qualname__, self.__name__ = name, name.rpartition('.')[2]
        self.__supertype__ = tp

    def __mro_entries__(self, bases):
        # the hint names the would-be subclass, known only once its creation starts
        refuse = functools.partial(_refuse_newtype_subclass, self.__name__)
        return (type('NewTypeBase', (), {'__init_subclass__': classmethod(refuse)}),)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__


# ---------------------------------------------------------------- NamedTuple

_NAMEDTUPLE_RESERVED = frozenset({
    '__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
    '_make', '_replace', '_asdict', '_source'})


def _typed_namedtuple(name, fields, module, defaults=()):
    """collections.namedtuple with the field types as its annotations."""
    fields = list(fields)
    annotations = {field: _type_check(tp, f"field {field} annotation must be a type")
                   for field, tp in fields}
    cls = collections.namedtuple(name, [field for field, _ in fields], defaults=defaults,
                                 module=module)
    cls.__annotations__ = cls.__new__.__annotations__ = annotations
    return cls


class NamedTupleMeta(type):
    """Turns `class P(NamedTuple): x: int` into a namedtuple class."""

    def __new__(mcls, typename, bases, ns):
        if any(base is not _NamedTuple and base is not Generic for base in bases):
            raise TypeError('can only inherit from a NamedTuple type and Generic')
        fields = ns.get('__annotations__', {})
        names = list(fields)
        with_default = [name for name in names if name in ns]
        if with_default:
            # fields with defaults must come last, as in a def's parameters
            after = names[names.index(with_default[0]):]
            misplaced = next((name for name in after if name not in ns), None)
            if misplaced is not None:
                earlier = [d for d in with_default if names.index(d) < names.index(misplaced)]
                raise TypeError(f"Non-default namedtuple field {misplaced} cannot follow default "
                                f"field{'s' if len(earlier) > 1 else ''} {', '.join(earlier)}")
        cls = _typed_namedtuple(typename, fields.items(), ns['__module__'],
                                [ns[name] for name in with_default])
        if Generic in bases:
            # the same class again, deriving from Generic too; Generic's
            # __init_subclass__ then finds the type variables in __orig_bases__
            body = {k: v for k, v in vars(cls).items() if k not in ('__dict__', '__weakref__')}
            body['__orig_bases__'] = ns['__orig_bases__']
            cls = type(typename, (tuple, Generic), body)
            cls.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        # methods, docstring... of the class body join the tuple class
        for key, value in ns.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in ('__module__', '__name__', '__annotations__') and key not in cls._fields:
                setattr(cls, key, value)
        return cls


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple with typed fields:

        class Employee(NamedTuple):
            name: str
            id: int = 0
    """
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _typed_namedtuple(typename, fields, _caller_module())


# what `class X(NamedTuple)` really derives from
_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


# ---------------------------------------------------------------- TypedDict

def _key_qualifiers(tp):
    """Required / NotRequired wrapped around tp (through Annotated)."""
    found = []
    while True:
        if isinstance(tp, _AnnotatedAlias):
            tp = tp.__origin__
        elif isinstance(tp, _GenericAlias) and tp.__origin__ in (Required, NotRequired):
            found.append(tp.__origin__)
            tp = tp.__args__[0]
        else:
            return found


class _TypedDictMeta(type):
    """TypedDict classes: their instances are plain dicts; the class records
    the keys' types and which keys are required."""

    def __new__(mcls, name, bases, ns, total=True):
        if any(type(base) is not _TypedDictMeta and base is not Generic for base in bases):
            raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict '
                            'base class')
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        cls = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {key: _type_check(tp, msg, module=cls.__module__)
               for key, tp in ns.get('__annotations__', {}).items()}
        annotations, required, optional = {}, set(), set()
        for base in bases:
            inherited = base.__dict__
            annotations.update(inherited.get('__annotations__', {}))
            required.update(inherited.get('__required_keys__', ()))
            optional.update(inherited.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            qualifiers = _key_qualifiers(tp)
            needed = Required in qualifiers or (NotRequired not in qualifiers and total)
            (required if needed else optional).add(key)
            (optional if needed else required).discard(key)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        if not hasattr(cls, '__total__'):
            cls.__total__ = total
        return cls

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type whose keys have declared value types:

        class Point(TypedDict):
            x: int
            y: int
    """
    if fields is None:
        fields = kwargs
        if kwargs:
            import warnings
            warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated in "
                          "Python 3.11, will be removed in Python 3.13, and may not be understood "
                          "by third-party type checkers.", DeprecationWarning, stacklevel=2)
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


# what `class X(TypedDict)` really derives from
_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """True for TypedDict classes."""
    return isinstance(tp, _TypedDictMeta)


# typing's public names: report them as living there
for _public in (Protocol, runtime_checkable, NewType, NamedTuple, TypedDict, is_typeddict):
    _public.__module__ = 'typing'
