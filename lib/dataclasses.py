"""Data classes (PEP 557): @dataclass writes __init__, __repr__, __eq__ and,
on request, ordering, hashing and immutability from a class's annotated fields."""

import abc
import copy
import keyword
import reprlib
import sys
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Assigning to or deleting a field of a frozen dataclass instance."""


def _sentinel(type_name):
    """The one instance of a new class (whose name shows in the default repr)."""
    return type(type_name, (), {'__module__': __name__})()


# MISSING: "no value given", where None is a legitimate value; a pseudo-field
# annotated `_: KW_ONLY` makes the fields after it keyword-only
MISSING, KW_ONLY = _sentinel('_MISSING_TYPE'), _sentinel('_KW_ONLY_TYPE')
_MISSING_TYPE, _KW_ONLY_TYPE = type(MISSING), type(KW_ONLY)


class _Marker(str):
    """A constant that prints as its name."""

    __repr__ = str.__str__


# the __init__ default of fields that have a default_factory; what an
# annotation declares: a field, a class variable, or an __init__-only value
_HAS_DEFAULT_FACTORY, _FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = map(
    _Marker, ('<factory>', '_FIELD', '_FIELD_CLASSVAR', '_FIELD_INITVAR'))
_INIT_KINDS = (_FIELD, _FIELD_INITVAR)
_ORDERING = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}


def _attrs_repr(obj, names):
    return ','.join(f'{name}={getattr(obj, name)!r}' for name in names)


class InitVar:
    """InitVar[T] annotates a parameter of __init__ that is handed to
    __post_init__ and not stored as a field."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass, as field() describes it."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')
    _SHOWN = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare',
              'metadata', 'kw_only')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = types.MappingProxyType(metadata or {})
        self.kw_only = kw_only

    def __repr__(self):
        return f'Field({_attrs_repr(self, self._SHOWN)},_field_type={self._field_type})'

    def __set_name__(self, owner, name):
        # a descriptor used as the default still learns its name
        set_name = getattr(type(self.default), '__set_name__', None)
        if set_name:
            set_name(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    """The @dataclass arguments a class was made with (its __dataclass_params__)."""

    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args',
                 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, **options):
        for name in self.__slots__:
            setattr(self, name, options[name])

    def __repr__(self):
        return f'_DataclassParams({_attrs_repr(self, self.__slots__)})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes a field beyond its annotation: its default (or a
    default_factory called for each instance), and which generated methods
    it takes part in."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------- annotations

def _string_target(annotation, cls, module):
    """What a string annotation's leading name ('ClassVar[int]' or
    'typing.ClassVar[int]') refers to in cls's module; a dotted name only
    counts when its first part is `module`."""
    text = annotation.lstrip()
    end = next((i for i, ch in enumerate(text) if not (ch.isalnum() or ch in '_.')), len(text))
    prefix, _, name = text[:end].rpartition('.')
    namespace = getattr(sys.modules.get(cls.__module__), '__dict__', {})
    if not prefix:
        return namespace.get(name)
    return getattr(module, name, None) if namespace.get(prefix) is module else None


def _declared(cls, annotation, test, module):
    """annotation, or what a string annotation names, passes test."""
    if isinstance(annotation, str):
        return test(_string_target(annotation, cls, module))
    return test(annotation)


def _is_kw_only_marker(cls, annotation):
    return _declared(cls, annotation, lambda a: a is KW_ONLY, sys.modules[__name__])


def _field_kind(cls, annotation):
    typing = sys.modules.get('typing')  # never imported: nothing can be a ClassVar
    if typing is not None and _declared(cls, annotation, lambda a: (
            a is typing.ClassVar
            or type(a) is typing._GenericAlias and a.__origin__ is typing.ClassVar), typing):
        return _FIELD_CLASSVAR
    if _declared(cls, annotation, lambda a: a is InitVar or type(a) is InitVar,
                 sys.modules[__name__]):
        return _FIELD_INITVAR
    return _FIELD


def _make_field(cls, name, annotation, default_kw_only):
    """The Field for one annotation of cls; the class attribute of that name
    is its default, or a field() describing it."""
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):  # a __slots__ slot, no default
            default = MISSING
        f = field(default=default)
    f.name, f.type, f._field_type = name, annotation, _field_kind(cls, annotation)
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    # one default object would be shared by every instance
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: '
                         'use default_factory')
    return f


def _own_fields(cls, annotations, kw_only):
    """The fields the class body annotates; after `_: KW_ONLY` they are keyword-only."""
    found, marker_seen = [], False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(cls, annotation):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            marker_seen = kw_only = True
        else:
            found.append(_make_field(cls, name, annotation, kw_only))
    return found


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


# ---------------------------------------------------------------- generated methods

class _MethodSource:
    """The generated methods of one class, written as source and compiled
    together: they run as fast as hand-written ones, and __init__ gets a real
    signature (and the argument errors that go with it)."""

    def __init__(self):
        self.env = {}  # names the source uses -> their values
        self.text = []
        self.names = []

    def use(self, name, value):
        self.env[name] = value
        return name

    def define(self, name, params, lines, annotation=''):
        self.names.append(name)
        self.text.append(f" def {name}({', '.join(params)}){annotation}:\n")
        self.text.extend(f'  {line}\n' for line in lines or ['pass'])

    def compile(self, module_globals):
        """{name: function}; the functions' globals are those of the class's module."""
        # (named as CPython names it: pprint and others look for it in
        # __qualname__ to recognise generated methods)
        returned = ', '.join(f'{name!r}: {name}' for name in self.names)
        source = (f"def __create_fn__({', '.join(self.env)}):\n" + ''.join(self.text)
                  + f" return {{{returned}}}\n")
        scope = {}
        exec(source, module_globals, scope)
        return scope['__create_fn__'](**self.env)


def _write_init(src, cls, init_fields, frozen, slots):
    after_default = False
    for f in init_fields:
        if not f.init or f.kw_only:
            continue
        if _has_default(f):
            after_default = True
        elif after_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    self_name = '__dataclass_self__' if any(f.name == 'self' for f in init_fields) else 'self'
    factory_marker = src.use('__factory__', _HAS_DEFAULT_FACTORY)
    setter = src.use('__object_setattr__', object.__setattr__)

    def store(f, value):
        if frozen:
            return f'{setter}({self_name}, {f.name!r}, {value})'
        return f'{self_name}.{f.name} = {value}'

    params, keyword_params, body = [self_name], [], []
    for i, f in enumerate(init_fields):
        default = None
        if f.default is not MISSING:
            default = src.use(f'__d{i}__', f.default)
        elif f.default_factory is not MISSING:
            default = src.use(f'__d{i}__', f.default_factory)
        if f.init:
            text = f"{f.name}: {src.use(f'__t{i}__', f.type)}"
            if f.default is not MISSING:
                text += f' = {default}'
            elif f.default_factory is not MISSING:
                text += f' = {factory_marker}'
            (keyword_params if f.kw_only else params).append(text)
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            made = f'{default}()'
            body.append(store(f, f'{made} if {f.name} is {factory_marker} else {f.name}'
                              if f.init else made))
        elif f.init:
            body.append(store(f, f.name))
        elif slots and default is not None:
            body.append(store(f, default))  # no class attribute holds the default
    if keyword_params:
        params += ['*'] + keyword_params
    if hasattr(cls, '__post_init__'):
        passed = ', '.join(f.name for f in init_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.__post_init__({passed})')
    src.define('__init__', params, body, ' -> None')


def _as_tuple(obj_name, names):
    return '(%s)' % ''.join(f'{obj_name}.{name}, ' for name in names)


def _write_comparisons(src, names, eq, order):
    same_class = 'other.__class__ is self.__class__'
    if eq:
        # `a == b and c == d`: the first false result, or the last one
        equal = ' and '.join(f'self.{name} == other.{name}' for name in names) or 'True'
        src.define('__eq__', ['self', 'other'],
                   [f'return ({equal}) if {same_class} else NotImplemented'])
    if order:
        mine, theirs = _as_tuple('self', names), _as_tuple('other', names)
        for name, op in _ORDERING.items():
            src.define(name, ['self', 'other'],
                       [f'return {mine} {op} {theirs} if {same_class} else NotImplemented'])


def _write_frozen(src, cls, names):
    owner = src.use('__cls__', cls)
    error = src.use('__frozen_error__', FrozenInstanceError)
    guarded = src.use('__fields__', frozenset(names))
    for method, params, verb in (('__setattr__', ['self', 'name', 'value'], 'assign to'),
                                 ('__delattr__', ['self', 'name'], 'delete')):
        src.define(method, params, [
            f'if type(self) is {owner} or name in {guarded}:',
            f' raise {error}(f"cannot {verb} field {{name!r}}")',
            f'super({owner}, self).{method}({", ".join(params[1:])})'])


def _add_method(cls, name, method):
    """Gives cls the method unless the class body defines name; True if it does."""
    if name in cls.__dict__:
        return True
    method.__qualname__ = f'{cls.__qualname__}.{method.__name__}'
    setattr(cls, name, method)
    return False


def _hash_plan(cls, unsafe_hash, eq, frozen, explicit_hash):
    """'add' a field-based __hash__, 'none' (unhashable), or None to leave it."""
    if unsafe_hash:
        if explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return 'add'
    if explicit_hash or not eq:
        return None
    # equal instances must hash equal: only immutable ones can hash by value
    return 'add' if frozen else 'none'


def _format_annotation(annotation):
    """An annotation as inspect.signature() shows it."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _signature_text(init_fields):
    """The class's signature as inspect.signature() writes it (the default __doc__)."""
    def parameter(f):
        text = f'{f.name}: {_format_annotation(f.type)}'
        if f.default is not MISSING:
            return f'{text} = {f.default!r}'
        return text + (' = <factory>' if f.default_factory is not MISSING else '')
    positional = [parameter(f) for f in init_fields if f.init and not f.kw_only]
    keyword_only = [parameter(f) for f in init_fields if f.init and f.kw_only]
    return '(%s)' % ', '.join(positional + (['*'] + keyword_only if keyword_only else []))


# ---------------------------------------------------------------- @dataclass

def _collect_fields(cls, kw_only, frozen):
    """All fields of cls by name: those of dataclass bases (most basic first)
    overridden by the class's own."""
    all_fields, base_frozen = {}, []
    for base in reversed(cls.__mro__[1:]):
        inherited = base.__dict__.get('__dataclass_fields__')
        if inherited is not None:
            all_fields.update((f.name, f) for f in inherited.values())
            base_frozen.append(base.__dataclass_params__.frozen)
    annotations = cls.__dict__.get('__annotations__', {})
    own = _own_fields(cls, annotations, kw_only)
    all_fields.update((f.name, f) for f in own)
    for f in own:
        if isinstance(getattr(cls, f.name, None), Field):
            _unwrap_default(cls, f)
    unannotated = [name for name, value in cls.__dict__.items()
                   if isinstance(value, Field) and name not in annotations]
    if unannotated:
        raise TypeError(f'{unannotated[0]!r} is a field but has no type annotation')
    if base_frozen and any(base_frozen) != bool(frozen):
        raise TypeError('cannot inherit non-frozen dataclass from a frozen one' if not frozen
                        else 'cannot inherit frozen dataclass from a non-frozen one')
    return all_fields


def _unwrap_default(cls, f):
    """The class attribute that was a field() becomes the plain default, or goes."""
    if f.default is MISSING:
        delattr(cls, f.name)
    else:
        setattr(cls, f.name, f.default)


def _process_class(cls, options):
    frozen, eq = options['frozen'], options['eq']
    module_globals = getattr(sys.modules.get(cls.__module__), '__dict__', {})
    cls.__dataclass_params__ = _DataclassParams(**options)
    all_fields = _collect_fields(cls, options['kw_only'], frozen)
    cls.__dataclass_fields__ = all_fields
    own_hash = cls.__dict__.get('__hash__', MISSING)
    # `__hash__ = None` is what defining __eq__ alone implies, not a choice
    explicit_hash = own_hash is not MISSING and not (own_hash is None and '__eq__' in cls.__dict__)
    if options['order'] and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values() if f._field_type in _INIT_KINDS]
    real = [f for f in all_fields.values() if f._field_type is _FIELD]
    plan = _hash_plan(cls, options['unsafe_hash'], eq, frozen, explicit_hash)
    src = _MethodSource()
    if options['init']:
        _write_init(src, cls, init_fields, frozen, options['slots'])
    if options['repr']:
        shown = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in real if f.repr)
        src.define('__repr__', ['self'], [f'return f"{{self.__class__.__qualname__}}({shown})"'])
    _write_comparisons(src, [f.name for f in real if f.compare], eq, options['order'])
    if frozen:
        _write_frozen(src, cls, [f.name for f in real])
    if plan == 'add':
        hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]
        src.define('__hash__', ['self'], [f'return hash({_as_tuple("self", hashed)})'])
    methods = src.compile(module_globals)
    if '__repr__' in methods:
        plain = methods['__repr__']
        methods['__repr__'] = reprlib.recursive_repr()(plain)
        methods['__repr__'].__wrapped__ = plain  # how pprint recognises a generated repr
    for name, method in methods.items():
        if name == '__hash__':
            continue
        # the class's own definition wins, except where the options need ours
        if _add_method(cls, name, method) and name not in ('__init__', '__repr__', '__eq__'):
            hint = '. Consider using functools.total_ordering' if name in _ORDERING else ''
            raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}{hint}')
    if plan == 'none':
        cls.__hash__ = None
    elif plan == 'add':
        cls.__hash__ = methods['__hash__']
        cls.__hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(init_fields)
    if options['match_args']:
        positional = tuple(f.name for f in init_fields if f.init and not f.kw_only)
        if '__match_args__' not in cls.__dict__:
            cls.__match_args__ = positional
    if options['weakref_slot'] and not options['slots']:
        raise TypeError('weakref_slot is True but slots is False')
    if options['slots']:
        cls = _with_slots(cls, frozen, options['weakref_slot'])
    abc.update_abstractmethods(cls)
    return cls


def _getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)  # frozen classes included


def _with_slots(cls, frozen, weakref_slot):
    """cls made again with __slots__ for its fields: slots can only be
    declared when a class is created."""
    names = [f.name for f in fields(cls)] + (['__weakref__'] if weakref_slot else [])
    taken = set()
    for base in cls.__mro__[1:-1]:
        declared = base.__dict__.get('__slots__', ())
        taken.update([declared] if isinstance(declared, str) else declared)
    namespace = {k: v for k, v in cls.__dict__.items()
                 if k not in names and k not in ('__dict__', '__weakref__')}
    namespace.update(__slots__=tuple(name for name in names if name not in taken),
                     __qualname__=cls.__qualname__)
    if frozen:
        # pickling cannot set the slots of a frozen instance the ordinary way
        namespace.setdefault('__getstate__', _getstate)
        namespace.setdefault('__setstate__', _setstate)
    return type(cls)(cls.__name__, cls.__bases__, namespace)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Turns a class with annotated fields into a dataclass; use it as
    @dataclass or @dataclass(option=...)."""
    options = dict(init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                   frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                   weakref_slot=weakref_slot)
    if cls is None:
        return lambda cls: _process_class(cls, options)
    return _process_class(cls, options)


# ---------------------------------------------------------------- helpers

def fields(class_or_instance):
    """The fields of a dataclass or instance, in order (not ClassVars or InitVars)."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), '__dataclass_fields__')


_ATOMIC = frozenset({int, float, bool, str, bytes, type(None), complex})


def _rebuild(obj, pack):
    """A deep copy of obj in which dataclass instances become pack(instance)."""
    if type(obj) in _ATOMIC:
        return obj
    if _is_dataclass_instance(obj):
        return pack(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):  # a namedtuple takes positional fields
        return type(obj)(*[_rebuild(item, pack) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_rebuild(item, pack) for item in obj])
    if isinstance(obj, dict):
        pairs = [(_rebuild(k, pack), _rebuild(v, pack)) for k, v in obj.items()]
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(obj.default_factory)
            result.update(pairs)
            return result
        return type(obj)(pairs)
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, converting nested
    dataclasses, lists, tuples and dicts too."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def pack(instance):
        return dict_factory([(f.name, _rebuild(getattr(instance, f.name), pack))
                             for f in fields(instance)])
    return pack(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its field values, converting like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def pack(instance):
        return tuple_factory([_rebuild(getattr(instance, f.name), pack)
                              for f in fields(instance)])
    return pack(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False, module=None):
    """A new dataclass; fields are names, (name, type) or (name, type, field())."""
    annotations, defaults = {}, {}
    for spec in fields:
        if isinstance(spec, str):
            spec = (spec, 'typing.Any')
        if len(spec) not in (2, 3):
            raise TypeError(f'Invalid field: {spec!r}')
        name, annotation, *given = spec
        problem = ('Field names must be valid identifiers'
                   if not isinstance(name, str) or not name.isidentifier()
                   else 'Field names must not be keywords' if keyword.iskeyword(name)
                   else 'Field name duplicated' if name in annotations else None)
        if problem:
            raise TypeError(f'{problem}: {name!r}')
        annotations[name] = annotation
        if given:
            defaults[name] = given[0]

    def fill(ns):
        ns.update(namespace or {})
        ns.update(defaults)
        ns['__annotations__'] = annotations
    cls = types.new_class(cls_name, bases, {}, fill)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like obj but with the given fields changed: replace(p, y=3)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
        elif f.name not in changes:
            # an InitVar was not stored, so only a default can stand in for it
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
