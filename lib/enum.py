"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify."""

import sys
import builtins as bltns
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
    'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr', 'global_str',
    'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

# Bound once the classes exist: EnumType must recognise them while it is still
# creating them (and Enum itself).
Enum = Flag = ReprEnum = None


class nonmember:
    """Wraps a value in an enum class body that must stay a plain attribute."""

    def __init__(self, value):
        self.value = value


class member:
    """Wraps a value in an enum class body that must become a member (even a function)."""

    def __init__(self, value):
        self.value = value


_NOT_GIVEN = object()


class auto:
    """In an enum class body: let the class pick the member's value."""

    def __init__(self, value=_NOT_GIVEN):
        self.value = value

    def __repr__(self):
        return f"auto({'_auto_null' if self.value is _NOT_GIVEN else repr(self.value)})"


# ---------------------------------------------------------------- names and bits

def _is_descriptor(obj):
    return any(hasattr(obj, attr) for attr in ('__get__', '__set__', '__delete__'))


def _wrapped_in(name, mark):
    """name is mark + something + mark, and no longer mark at either end."""
    n = len(mark)
    return (len(name) > 2 * n and name.startswith(mark) and name.endswith(mark)
            and name[n] != '_' and name[-n - 1] != '_')


def _is_dunder(name):
    return _wrapped_in(name, '__')


def _is_sunder(name):
    return _wrapped_in(name, '_')


def _is_private(cls_name, name):
    """name is a mangled __private name of class cls_name."""
    prefix = f'_{cls_name}__'
    return len(name) > len(prefix) and name.startswith(prefix) and not name.endswith('__')


def _is_nested_class(cls_name, obj):
    if not isinstance(obj, type):
        return False
    own = f"{cls_name}.{getattr(obj, '__name__', '')}"
    qualname = getattr(obj, '__qualname__', '')
    return qualname == own or qualname.endswith('.' + own)


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits(num):
    """The powers of two that make up num, lowest first."""
    while num:
        low = num & -num
        yield low
        num ^= low


def show_flag_values(value):
    return list(_bits(value))


def bin(num, max_bits=None):
    """bin() showing the sign bit apart and two's complement for negatives:
    bin(5) -> '0b0 101', bin(-5) -> '0b1 011'; max_bits pads (or cuts) the digits."""
    width = num.bit_length()
    sign = '1' if num < 0 else '0'
    digits = format(num & ((1 << width) - 1), 'b').zfill(width) if width else ''
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign * max_bits + digits)[-max_bits:]
    return f'0b{sign} {digits}'


# ---------------------------------------------------------------- enum.property

class property(DynamicClassAttribute):
    """property for enum classes: on the class it gives the member of the same
    name, if any (members may be called `name` or `value`); on a member, the
    getter's result."""

    member = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is None:
                raise AttributeError(f'{ownerclass!r} has no attribute {self.name!r}')
            return self.member
        if self.fget is not None:
            return self.fget(instance)
        try:
            return instance.__dict__[self.name]
        except KeyError:
            return ownerclass._member_map_[self.name]

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(f"<enum {self.clsname!r}> cannot set attribute {self.name!r}")
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(f"<enum {self.clsname!r}> cannot delete attribute {self.name!r}")
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


# ---------------------------------------------------------------- class body

_ALLOWED_SUNDERS = frozenset({
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_'})


def _names_list(spec):
    """'A B' / 'A,B' / ['A', 'B'] -> ['A', 'B']"""
    return spec.replace(',', ' ').split() if isinstance(spec, str) else list(spec)


class _EnumDict(dict):
    """The namespace of an enum class body. It notes which assignments are
    members, in order, and gives auto() its value on the spot."""

    def __init__(self, cls_name=None, next_value=None):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = {}  # insertion-ordered set
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = next_value

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key) or _is_dunder(key) and key != '__order__':
            pass
        elif _is_sunder(key):
            self._special(key, value)
        elif key == '__order__':
            key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore or _is_descriptor(value) or _is_nested_class(self._cls_name, value):
            pass
        elif isinstance(value, nonmember):
            value = value.value
        else:
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, member):
                value = value.value
            value = self._resolve_auto(key, value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    def _special(self, key, value):
        """Checks a _sunder_ assignment and records what it configures."""
        if key not in _ALLOWED_SUNDERS and not key.startswith('_repr_'):
            raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future Enum use')
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
        elif key == '_ignore_':
            self._ignore = _names_list(value)
            clash = set(self._ignore) & set(self._member_names)
            if clash:
                raise ValueError(f'_ignore_ cannot specify already set names: {clash!r}')

    def _resolve_auto(self, key, value):
        """value with auto() (alone, or as items of a tuple) replaced by
        generated values; remembers values for the next auto()."""
        parts = (value,) if isinstance(value, auto) else value
        if type(parts) is not tuple or not any(isinstance(p, auto) for p in parts):
            self._last_values.append(value)
            return value
        resolved = []
        for part in parts:
            if isinstance(part, auto):
                if part.value is _NOT_GIVEN:
                    part.value = self._generate_next_value(key, 1, len(self._member_names),
                                                           self._last_values[:])
                    self._auto_called = True
                part = part.value
                self._last_values.append(part)
            resolved.append(part)
        return resolved[0] if isinstance(value, auto) else tuple(resolved)

    def update(self, members=(), **more):
        pairs = members.items() if hasattr(members, 'keys') else members
        for key, value in [*pairs, *more.items()]:
            self[key] = value


# ---------------------------------------------------------------- the metaclass

def _is_flag_class(cls_name, bases):
    if Flag is None:  # Flag itself is being created
        return cls_name == 'Flag'
    return any(issubclass(base, Flag) for base in bases)


def _mixins(cls_name, bases):
    """(the data type members also are, the enum class the new class extends)."""
    if not bases:
        return object, Enum
    _refuse_extending(cls_name, bases)
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    return _data_type(cls_name, bases) or object, last


def _refuse_extending(cls_name, bases):
    for base in (cls for chain in bases for cls in chain.__mro__):
        if isinstance(base, EnumType) and base._member_names_:
            raise TypeError(f"<enum {cls_name!r}> cannot extend {base!r}")


def _data_type_of(base):
    """The data type base brings along: an enum's member type, or the first
    class in its MRO (before object) whose line makes its own instances."""
    first_plain = None
    for cls in base.__mro__[:-1]:
        if not isinstance(cls, EnumType):
            if '__new__' in vars(cls) or '__dataclass_fields__' in vars(cls):
                return first_plain or cls
            first_plain = first_plain or cls
        elif cls._member_type_ is not object:
            return cls._member_type_
    return None


def _data_type(cls_name, bases):
    """The one data type the bases bring, if any."""
    found = {t for t in map(_data_type_of, bases) if t is not None}
    if len(found) > 1:
        raise TypeError(f'too many data types for {cls_name!r}: {found!r}')
    return found.pop() if found else None


def _value_repr(bases):
    """How member values appear in repr(): the nearest enum's choice or data type's __repr__."""
    for base in (cls for chain in bases for cls in chain.__mro__):
        if isinstance(base, EnumType):
            return base.__dict__.get('_value_repr_')
        if base is not object and '__repr__' in base.__dict__:
            return base.__dict__['__repr__']
    return None


def _member_factory(classdict, member_type, first_enum):
    """(function creating members, whether the class body defined it, whether
    it takes the member's value as arguments)."""
    own = classdict.get('__new__')
    if isinstance(own, staticmethod):
        own = own.__func__
    if own is not None:
        return own, first_enum is not None, own is not object.__new__
    ignored = {None, None.__new__, object.__new__, Enum and Enum.__new__}
    for attr in ('__new_member__', '__new__'):
        for source in (member_type, first_enum):
            found = getattr(source, attr, None)
            if found not in ignored:
                return found, False, True
    return object.__new__, False, False


class EnumType(type):
    """Metaclass of enums: the assignments in the class body become members;
    the class can be iterated, indexed by name and called with a value."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        _refuse_extending(cls, bases)
        _, first_enum = _mixins(cls, bases)
        namespace = _EnumDict(cls)
        if first_enum is not None:
            namespace['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        for key in [*classdict.get('_ignore_', ()), '_ignore_']:
            classdict.pop(key, None)
        member_type, first_enum = _mixins(cls, bases)
        factory, own_new, use_args = _member_factory(classdict, member_type, first_enum)
        names = list(classdict._member_names)
        bad = [repr(n) for n in names if n in ('mro', '')]
        if bad:
            raise ValueError(f"invalid enum member name(s) {','.join(bad)}")
        values = [classdict[name] for name in names]
        body = {k: v for k, v in classdict.items() if k not in classdict._member_names}
        order = body.pop('_order_', None)
        body.update(_new_member_=factory, _use_args_=use_args, _member_names_=[],
                    _member_map_={}, _value2member_map_={}, _unhashable_values_=[],
                    _member_type_=member_type, _value_repr_=_value_repr(bases))
        is_flag = _is_flag_class(cls, bases)
        if is_flag:
            body.update(_boundary_=boundary or getattr(first_enum, '_boundary_', None),
                        _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)

        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        _choose_methods(enum_class, body, bases, member_type, first_enum, is_flag)
        for name, value in zip(names, values):
            _add_member(enum_class, name, value, is_flag)
        if is_flag:
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
            member_values = [m._value_ for m in enum_class]
            if member_values != sorted(member_values):
                # composites list their parts in definition order then
                enum_class._iter_member_ = enum_class._iter_member_by_def_
        if Enum is not None:
            # from now on calling the class looks members up; the members'
            # own constructor stays reachable for subclasses
            if own_new:
                type.__setattr__(enum_class, '__new_member__', factory)
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if order is not None and _names_list(order) != enum_class._member_names_:
            raise TypeError('member order does not match _order_:\n  %r\n  %r'
                            % (enum_class._member_names_, _names_list(order)))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Color(1) finds a member by value; Enum('Color', 'RED GREEN') makes a new enum."""
        if cls._member_map_:
            if names:
                value = (value, names, *values)
            return cls.__new__(cls, value)
        if names is None and type is None:
            raise TypeError(f"{cls} has no members; specify `names=()` if you meant to create "
                            "a new, empty, enum")
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, value):
        """True for members and for their values."""
        if not isinstance(value, cls):
            try:
                _find_by_value(cls, value)
            except KeyError:
                return False
        return True

    def __dir__(cls):
        shown = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__', *cls._member_names_}
        if cls._new_member_ is not object.__new__:
            shown.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            shown.add('__init_subclass__')
        if cls._member_type_ is not object:
            shown.update(dir(cls._member_type_))
        return sorted(shown)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {name!r}.")
        super().__delattr__(name)

    @bltns.property
    def __members__(cls):
        """Every member by name, aliases included (read-only)."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return f"<{kind} {cls.__name__!r}>"

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API. names: 'A B', ['A', 'B'], [('A', 1), ...] or {'A': 1, ...}."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = _mixins(class_name, bases)
        if isinstance(names, str):
            names = _names_list(names)
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs, earlier = [], []
            for count, name in enumerate(names):
                earlier.append(first_enum._generate_next_value_(name, start, count, earlier[:]))
                pairs.append((name, earlier[-1]))
            names = pairs
        elif hasattr(names, 'keys'):
            names = [(name, names[name]) for name in names]
        namespace = metacls.__prepare__(class_name, bases)
        for name, value in names or ():
            namespace[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)


EnumMeta = EnumType


def _choose_methods(enum_class, body, bases, member_type, first_enum, is_flag):
    """Which str/repr/format/bit operators members use when a data type is mixed in."""
    def put(name, method):
        type.__setattr__(enum_class, name, method)
        body[name] = method
    if ReprEnum is not None and ReprEnum in bases:
        # IntEnum and friends: str() and format() as the data type does them
        if member_type is object:
            raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                            ' int, str, float, etc.)')
        if '__format__' not in body:
            put('__format__', member_type.__format__)
        if '__str__' not in body:
            as_str = member_type.__str__
            put('__str__', member_type.__repr__ if as_str is object.__str__ else as_str)
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        # Enum's version beats the one of the data type (or object)
        enum_method = getattr(first_enum, name, None)
        if name not in body and enum_method is not None and getattr(enum_class, name, None) in (
                getattr(member_type, name, None), getattr(object, name, None)):
            type.__setattr__(enum_class, name, enum_method)
    if is_flag and Flag is not None:
        for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                     '__invert__'):
            if name not in body:
                type.__setattr__(enum_class, name, getattr(Flag, name))


def _make_instance(enum_class, value):
    """A new member object for value, with _value_ set."""
    args = value if isinstance(value, tuple) else (value,)
    data_type = enum_class._member_type_
    if data_type is tuple:
        args = (args,)
    if not enum_class._use_args_:
        instance = enum_class._new_member_(enum_class)
    else:
        instance = enum_class._new_member_(enum_class, *args)
    if not hasattr(instance, '_value_'):
        instance._value_ = value
        if enum_class._use_args_ and data_type is not object:
            try:
                instance._value_ = data_type(*args)
            except Exception:
                pass
    return instance, args


def _find_by_value(enum_class, value):
    """The member with this value; KeyError if none."""
    try:
        return enum_class._value2member_map_[value]
    except TypeError:  # unhashable value: search
        for candidate in enum_class._member_map_.values():
            if candidate._value_ == value:
                return candidate
        raise KeyError(value) from None


def _add_member(enum_class, name, value, is_flag):
    instance, args = _make_instance(enum_class, value)
    value = instance._value_
    instance._name_ = name
    instance.__objclass__ = enum_class
    instance.__init__(*args)
    instance._sort_order_ = len(enum_class._member_names_)
    if is_flag and isinstance(value, int):
        enum_class._flag_mask_ |= value
        if _is_single_bit(value):
            enum_class._singles_mask_ |= value
    try:
        instance = _find_by_value(enum_class, value)  # a second name for it: an alias
    except KeyError:
        # flags made of several bits count as aliases when iterating
        if not is_flag or _is_single_bit(value):
            enum_class._member_names_.append(name)
    inherited = next((base.__dict__[name] for base in enum_class.__mro__[1:]
                      if name in base.__dict__), None)
    if inherited is not None and _is_descriptor(inherited):
        # the name is also an attribute of members (like `name`): a property
        # keeps both working
        binding = property(*(getattr(inherited, f, None) for f in ('fget', 'fset', 'fdel')))
        binding.member = instance
        binding.__set_name__(enum_class, name)
    else:
        binding = instance
    type.__setattr__(enum_class, name, binding)
    enum_class._member_map_[name] = instance
    try:
        enum_class._value2member_map_.setdefault(value, instance)
    except TypeError:
        enum_class._unhashable_values_.append(value)


# ---------------------------------------------------------------- Enum

class Enum(metaclass=EnumType):
    """A set of symbolic names bound to constant values:

        class Color(Enum):
            RED = 1
            GREEN = 2
    """

    def __new__(cls, value):
        # Color(value): the member with that value, or what _missing_ says
        if type(value) is cls:
            return value
        try:
            return _find_by_value(cls, value)
        except KeyError:
            pass
        if not cls._member_map_:
            raise TypeError(f"{cls!r} has no members defined")
        invalid = ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        try:
            found = cls._missing_(value)
        except Exception as exc:
            if not isinstance(exc, ValueError):
                exc.__context__ = invalid
            raise
        if isinstance(found, cls):
            return found
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT \
                and isinstance(found, int):
            return found
        if found is None:
            raise invalid
        error = TypeError(f'error in {cls.__name__}._missing_: returned {found!r} instead of '
                          'None or a valid member')
        error.__context__ = invalid
        raise error

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto(): one more than the largest value so far (start for the first)."""
        if not last_values:
            return start
        try:
            largest = max(sorted(last_values))
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return largest + 1
        except TypeError:
            pass
        import warnings
        warnings.warn("In 3.13 the default `auto()`/`_generate_next_value_` will require all "
                      "values to be sortable and support adding +1\nand the value returned "
                      "will be the largest value in the enum incremented by 1",
                      DeprecationWarning, stacklevel=3)
        for earlier in reversed(last_values):
            try:
                return earlier + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        shown = (type(self)._value_repr_ or repr)(self._value_)
        return f"<{type(self).__name__}.{self._name_}: {shown}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        if self._member_type_ is object:
            shown = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        else:
            # all that object.__dir__() lists: the instance's and its classes' names
            shown = {name for cls in type(self).__mro__ for name in vars(cls)}
            shown.update(getattr(self, '__dict__', ()))
        shown.update(n for n in getattr(self, '__dict__', ()) if not n.startswith('_'))
        for cls in type(self).mro():
            for name, obj in cls.__dict__.items():
                if name.startswith('_'):
                    continue
                if name not in self._member_map_:
                    shown.add(name)
                elif isinstance(obj, bltns.property):
                    # a member of the same name hides a property without getter
                    (shown.add if obj.fget is not None else shown.discard)(name)
        return sorted(shown)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    # members are singletons, copies included
    def __deepcopy__(self, memo=None):
        return self
    __copy__ = __deepcopy__

    name = property(lambda self: self._name_, doc="The member's name.")
    value = property(lambda self: self._value_, doc="The member's value.")


class ReprEnum(Enum):
    """An enum whose members keep their data type's str() and format()."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are strings."""

    def __new__(cls, *values):
        # the arguments str() takes, with the text already a str
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        for value, what in zip(values[1:], ('encoding', 'errors')):
            if not isinstance(value, str):
                raise TypeError(f'{what} must be a string, not {value!r}')
        text = str(*values)
        instance = str.__new__(cls, text)
        instance._value_ = text
        return instance

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto(): the member's name in lower case."""
        return name.lower()


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (type(self), self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member has."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


# ---------------------------------------------------------------- Flag

def _bit_operator(combine):
    def operate(self, other):
        if isinstance(other, type(self)):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return type(self)(combine(self._value_, other))
    return operate


class Flag(Enum, boundary=STRICT):
    """Members that combine with |, & and ^ into other flag values."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """auto(): the power of two above the largest value so far."""
        if not count:
            return 1 if start is None else start
        largest = max(last_values)
        try:
            return 2 ** largest.bit_length()
        except Exception:
            raise TypeError(f'invalid flag value {largest!r}') from None

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The single-bit members in value, lowest first."""
        return (cls._value2member_map_.get(bit) for bit in _bits(value & cls._flag_mask_))

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The single-bit members in value, in definition order."""
        return iter(sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_))

    @classmethod
    def _missing_(cls, value):
        """A value no member has: a combination of members (a pseudo-member
        made and cached here), or per the class's boundary."""
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        mask, all_bits, boundary = cls._flag_mask_, cls._all_bits_, cls._boundary_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ mask):
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n    given {bin(value, width)}"
                                 f"\n  allowed {bin(mask, width)}")
            if boundary is CONFORM:
                value &= mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError(f'{cls!r} unknown flag boundary {boundary!r}')
        negative = value if value < 0 else None
        if value < 0:
            value += all_bits + 1
        unknown = value & ~mask
        if unknown and boundary is not KEEP:
            raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values {unknown!r} '
                             f'[{bin(unknown)}]')
        pseudo = (object.__new__(cls) if cls._member_type_ is object
                  else cls._member_type_.__new__(cls, value))
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        unknown = cls._name_pseudo(pseudo, value)
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    @classmethod
    def _name_pseudo(cls, pseudo, value):
        """Names pseudo 'A|B' after the members value contains (single bits
        first, then multi-bit aliases); returns the bits left unnamed."""
        singles = value & cls._singles_mask_
        multi = value & ~cls._singles_mask_
        if not (singles or multi):
            pseudo._name_ = None
            return value & ~cls._flag_mask_
        parts = list(cls._iter_member_(singles))
        if multi:
            value = singles | multi
            parts += [m for m in cls._member_map_.values()
                      if m not in parts and m._value_ and m._value_ & value == m._value_]
        covered = 0
        for part in parts:
            covered |= part._value_
        unknown = value ^ covered
        if not covered:
            pseudo._name_ = None
        elif unknown and cls._boundary_ is STRICT:
            raise ValueError(f'{cls!r}: no members with value {unknown!r}')
        else:
            pseudo._name_ = '|'.join(m._name_ for m in parts)
            if unknown:
                pseudo._name_ += '|' + cls._numeric_repr_(unknown)
        return unknown

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"{type(other).__qualname__!r} and {type(self).__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._iter_member_(self._value_))

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        shown = (type(self)._value_repr_ or repr)(self._value_)
        if self._name_ is None:
            return f"<{type(self).__name__}: {shown}>"
        return f"<{type(self).__name__}.{self._name_}: {shown}>"

    def __str__(self):
        if self._name_ is None:
            return f'{type(self).__name__}({self._value_!r})'
        return f"{type(self).__name__}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    __or__ = __ror__ = _bit_operator(lambda a, b: a | b)
    __and__ = __rand__ = _bit_operator(lambda a, b: a & b)
    __xor__ = __rxor__ = _bit_operator(lambda a, b: a ^ b)

    def __invert__(self):
        if self._inverted_ is None:
            # keeping or ejecting boundaries invert every bit; others only the members' bits
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = type(self)(~self._value_)
            else:
                self._inverted_ = type(self)(self._singles_mask_ & ~self._value_)
        return self._inverted_


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""


# ---------------------------------------------------------------- decorators

def _aliases(enumeration):
    """'ALIAS -> NAME' for every alias of the enumeration."""
    return [f'{name} -> {m.name}' for name, m in enumeration.__members__.items() if name != m.name]


def unique(enumeration):
    """Class decorator: no two members may share a value."""
    found = _aliases(enumeration)
    if found:
        raise ValueError(f"duplicate values found in {enumeration!r}: {', '.join(found)}")
    return enumeration


def _module_prefix(member):
    return type(member).__module__.rpartition('.')[2] + '.'


def global_enum_repr(self):
    """repr() for the members of a global_enum: module.NAME."""
    return _module_prefix(self) + self._name_


def global_flag_repr(self):
    """repr() for the members of a global_enum flag: module.A|module.B."""
    prefix = _module_prefix(self)
    if self._name_ is None:
        return f"{prefix}{type(self).__name__}({self._value_!r})"
    if _is_single_bit(self._value_):
        return prefix + self._name_
    keep_numbers = self._boundary_ is KEEP
    return '|'.join(part if keep_numbers and part[0].isdigit() else prefix + part
                    for part in self._name_.split('|'))


def global_str(self):
    """str() for the members of a global_enum: NAME."""
    if self._name_ is None:
        return f"{type(self).__name__}({self._value_!r})"
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: puts the members in the module's namespace and
    makes their repr module.NAME (like re.IGNORECASE)."""
    type.__setattr__(cls, '__repr__', global_flag_repr if issubclass(cls, Flag)
                     else global_enum_repr)
    if update_str or not issubclass(cls, ReprEnum):
        type.__setattr__(cls, '__str__', global_str)
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """The properties verify() can check."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def _check_unique(enumeration, kind):
    found = _aliases(enumeration)
    if found:
        raise ValueError(f"aliases found in {enumeration!r}: {', '.join(found)}")


def _check_continuous(enumeration, kind):
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        expected = [2 ** i for i in range(low.bit_length(), high.bit_length() - 1)]
    else:
        expected = range(low + 1, high)
    missing = [str(v) for v in expected if v not in values]
    if missing:
        message = f"invalid {kind} {enumeration.__name__!r}: missing values {', '.join(missing)}"
        raise ValueError(message[:256])


def _check_named_flags(enumeration, kind):
    canonical = [m.value for m in enumeration]
    culprits, unnamed = [], 0
    for name, alias in enumeration._member_map_.items():
        if name in enumeration._member_names_ or alias.value < 0:
            continue
        lacking = [bit for bit in _bits(alias.value) if bit not in canonical]
        if lacking:
            culprits.append(name)
            for bit in lacking:
                unnamed |= bit
    if not culprits:
        return
    if len(culprits) == 1:
        who = f'alias {culprits[0]} is missing'
    else:
        who = f"aliases {', '.join(culprits[:-1])} and {culprits[-1]} are missing"
    what = ('value 0x%x' if _is_single_bit(unnamed) else 'combined values of 0x%x') % unnamed
    raise ValueError(f"invalid Flag {enumeration.__name__!r}: {who} {what} "
                     "[use enum.show_flag_values(value) for details]")


_CHECKERS = {UNIQUE: _check_unique, CONTINUOUS: _check_continuous,
             NAMED_FLAGS: _check_named_flags}


class verify:
    """Class decorator checking EnumCheck properties: @verify(UNIQUE, CONTINUOUS)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if isinstance(check, EnumCheck):
                _CHECKERS[check](enumeration, kind)
        return enumeration
