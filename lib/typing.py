"""Runtime objects for type hints (PEP 484 and later): the forms annotations
are written with, printed the way CPython prints them, and the helpers that
take hints apart (get_type_hints, get_origin, get_args). Nothing is checked."""

import collections
import collections.abc
import contextlib
import functools
import operator
import sys
import types
from types import GenericAlias, FunctionType

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
    'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple',
    'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
    'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
    'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform', 'final',
    'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'override', 'ParamSpecArgs', 'ParamSpecKwargs',
    'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING',
    'TypeAlias', 'TypeGuard', 'TypeAliasType', 'Unpack',
]

TYPE_CHECKING = False


# ---------------------------------------------------------------- helpers

def _type_repr(obj):
    """How obj is spelled inside a typing repr."""
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):  # a ParamSpec's argument list
        return '[%s]' % ', '.join(map(_type_repr, obj))
    return repr(obj)


def _as_type(arg, module=None, is_class=False):
    """None stands for NoneType and a string for a forward reference."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=is_class)
    return arg


def _type_check(arg, msg, module=None, *, special_ok=False):
    """arg converted for use as a type argument. Bare special forms are refused,
    except those that mean a type on their own; ClassVar and Final only where
    special_ok (class-level annotations)."""
    arg = _as_type(arg, module, special_ok)
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    if isinstance(arg, _GenericAlias) and arg.__origin__ in _QUALIFIERS:
        if not special_ok:
            raise TypeError(f"{arg} is not valid as type argument")
    elif isinstance(arg, _SpecialForm) or arg is Generic or arg is Protocol:
        if not (arg in _TYPE_FORMS or (special_ok and arg in _QUALIFIERS)):
            raise TypeError(f"Plain {arg} is not valid as type argument")
    return arg


def _unique(items):
    """items without repeats (by ==), first occurrence kept."""
    kept = []
    for item in items:
        if item not in kept:
            kept.append(item)
    return kept


def _type_vars_in(args):
    """The type variables args mention, in order of first appearance."""
    def each(arg):
        if isinstance(arg, type):  # a class's own __parameters__ are not ours
            return ()
        if hasattr(arg, '__typing_subst__'):
            return (arg,)
        return getattr(arg, '__parameters__', ())
    return tuple(_unique(v for arg in args for v in each(arg)))


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _arity_error(owner, got, expected):
    return TypeError(f"Too {'many' if got > expected else 'few'} arguments for {owner};"
                     f" actual {got}, expected {expected}")


def _bind(owner, type_vars, args):
    """{type variable: its argument} for owner[args]."""
    lone_spec = len(type_vars) == 1 and isinstance(type_vars[0], ParamSpec)
    if lone_spec and not (len(args) == 1 and _is_param_list(args[0])):
        args = (args,)  # X[int, str] means X[[int, str]] when X's only variable is a ParamSpec
    if len(args) != len(type_vars):
        raise _arity_error(owner, len(args), len(type_vars))
    return {var: var.__typing_subst__(arg) for var, arg in zip(type_vars, args)}


def _is_param_list(arg):
    return arg is ... or isinstance(arg, (list, tuple))


def _is_param_expr(arg):
    return _is_param_list(arg) or isinstance(arg, (ParamSpec, _ConcatenateGenericAlias))


def _rebind(arg, binding):
    """arg with its type variables replaced according to binding."""
    if arg in binding:
        return binding[arg]
    inner = getattr(arg, '__parameters__', ())
    if not inner or isinstance(arg, type) or not hasattr(arg, '__getitem__'):
        return arg
    values = tuple(binding.get(v, v) for v in inner)
    return arg[values if len(values) > 1 else values[0]]


def _memoized(method):
    """Subscriptions return the same object for the same arguments (List[int]
    is List[int]); unhashable arguments just skip the cache."""
    memo = functools.lru_cache(typed=True)(method)

    @functools.wraps(method)
    def lookup(*args):
        try:
            hash(args)
        except TypeError:
            return method(*args)
        return memo(*args)
    return lookup


def _caller_module(depth=2, default='__main__'):
    try:
        return sys._getframe(depth).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return default


def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


class _Unionable:
    """X | Y for the typing objects that are not classes."""
    __slots__ = ()

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------- special forms

# Union, Optional, ClassVar, Literal...: objects that only make sense in
# annotations, mostly subscripted; `subscript(form, params)` builds X[params].
class _SpecialForm(_Unionable):
    __slots__ = ('_name', '__doc__', '_subscript')

    def __init__(self, name, doc, subscript, *, memo=True):
        self._name = name
        self.__doc__ = doc
        self._subscript = _memoized(subscript) if memo else subscript

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __getitem__(self, params):
        return self._subscript(self, params)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")


def _not_subscriptable(form, params):
    raise TypeError(f"{form} is not subscriptable")


def _one_type(message, alias=None):
    """Subscription of a form taking exactly one type, e.g. ClassVar[int].
    message is formatted with the form (`form`) and its bare name (`name`)."""
    def subscript(form, params):
        item = _type_check(params, message.format(form=form, name=form._name))
        return (alias or _GenericAlias)(form, (item,))
    return subscript


def _union(form, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    members = []
    for param in _as_tuple(params):
        param = _type_check(param, "Union[arg, ...]: each arg must be a type.")
        if isinstance(param, (_UnionGenericAlias, types.UnionType)):
            members.extend(param.__args__)
        else:
            members.append(param)
    members = tuple(_unique(members))
    if len(members) == 1:
        return members[0]
    optional = len(members) == 2 and type(None) in members
    return _UnionGenericAlias(form, members, name='Optional' if optional else None)


def _optional(form, params):
    return Union[_type_check(params, f"{form} requires a single type."), type(None)]


def _literal(form, params):
    flat = []
    for value in _as_tuple(params):
        flat.extend(value.__args__ if isinstance(value, _LiteralGenericAlias) else (value,))
    # 1 and True are different literals: compare values together with their types
    distinct = _unique((value, type(value)) for value in flat)
    return _LiteralGenericAlias(form, tuple(value for value, _ in distinct))


def _concatenate(form, params):
    if params == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    params = _as_tuple(params)
    *leading, tail = params
    if not (tail is ... or isinstance(tail, ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    leading = [_type_check(p, "Concatenate[arg, ...]: each arg must be a type.") for p in leading]
    return _ConcatenateGenericAlias(form, (*leading, tail))


NoReturn = _SpecialForm('NoReturn', "Type of functions that never return.", _not_subscriptable)
Never = _SpecialForm('Never', "The bottom type: no value has it.", _not_subscriptable)
Self = _SpecialForm('Self', "The type of the instance, inside its class.", _not_subscriptable)
LiteralString = _SpecialForm('LiteralString', "Any string built from literals only.",
                             _not_subscriptable)
TypeAlias = _SpecialForm('TypeAlias', "Marks an explicit alias: X: TypeAlias = list[int].",
                         _not_subscriptable)
ClassVar = _SpecialForm('ClassVar', "ClassVar[T]: a class attribute, not an instance one.",
                        _one_type('{form} accepts only single type.'))
Final = _SpecialForm('Final', "Final[T]: a name that must not be reassigned.",
                     _one_type('{form} accepts only single type.'))
TypeGuard = _SpecialForm('TypeGuard', "TypeGuard[T]: return type of a type-narrowing function.",
                         _one_type('{form} accepts only single type.'))
Required = _SpecialForm('Required', "Required[T]: a TypedDict key that must be present.",
                        _one_type('{name} accepts only a single type.'))
NotRequired = _SpecialForm('NotRequired', "NotRequired[T]: a TypedDict key that may be missing.",
                           _one_type('{name} accepts only a single type.'))
Union = _SpecialForm('Union', "Union[X, Y]: a value of type X or of type Y.", _union)
Optional = _SpecialForm('Optional', "Optional[X]: the same as Union[X, None].", _optional)
Literal = _SpecialForm('Literal', "Literal[v, ...]: exactly one of the given values.", _literal,
                       memo=False)
Concatenate = _SpecialForm('Concatenate', "Concatenate[X, P]: a ParamSpec P with X in front.",
                           _concatenate)

# forms that are complete types on their own, and the two that qualify a name
_TYPE_FORMS = frozenset({NoReturn, Never, Self, LiteralString, TypeAlias})
_QUALIFIERS = (ClassVar, Final)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        return "typing.Any" if self is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """The unconstrained type: every value has it, and it fits everywhere."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


# ---------------------------------------------------------------- forward references

class ForwardRef(_Unionable):
    """An annotation written as a string, evaluated on demand."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # "*Ts" is not an expression by itself, but an element of a tuple display is
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__, self.__forward_code__, self.__forward_module__ = arg, code, module
        self.__forward_is_argument__, self.__forward_is_class__ = is_argument, is_class
        self.__forward_evaluated__, self.__forward_value__ = False, None

    def _evaluate(self, globalns, localns, type_params=None, *, recursive_guard=frozenset()):
        name = self.__forward_arg__
        if name in recursive_guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            module = sys.modules.get(self.__forward_module__)
            globalns = getattr(module, '__dict__', globalns)
        value = _type_check(eval(self.__forward_code__, globalns, localns),
                            "Forward references must evaluate to types.",
                            special_ok=self.__forward_is_class__)
        self.__forward_value__ = _eval_type(value, globalns, localns,
                                            recursive_guard=recursive_guard | {name})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_arg__ != other.__forward_arg__:
            return False
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return self.__forward_value__ == other.__forward_value__
        return self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        module = self.__forward_module__
        extra = '' if module is None else f', module={module!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


# ---------------------------------------------------------------- type variables

class _TypeVarLike(_Unionable):
    """What TypeVar, ParamSpec and TypeVarTuple share."""

    def _set_variance(self, covariant, contravariant, infer_variance):
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)

    def _variance_prefix(self):
        if self.__infer_variance__:
            return ''
        return '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'

    def __repr__(self):
        return self._variance_prefix() + self.__name__

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")

    def __init_subclass__(cls, **kwargs):
        if cls.__module__ != __name__:  # final classes, like CPython's C types
            base = next(b for b in cls.__mro__ if b.__module__ == __name__)
            raise TypeError(f"type '{__name__}.{base.__name__}' is not an acceptable base type")


class _EvaluatedOnUse:
    """A TypeVar field `def f[T: bound]` computes on first use (the bound may
    name what is defined later, see _typing_pep695); the value then lives in
    the instance's __dict__, where TypeVar() puts given values at once."""

    def __init__(self, field):
        self._field = field

    def __get__(self, tv, owner=None):
        if tv is None:
            return self
        value = tv.__dict__[self._field] = tv._evaluate_later()
        del tv._evaluate_later
        return value


class TypeVar(_TypeVarLike):
    """A type variable: T = TypeVar('T'), TypeVar('S', str, bytes) (constrained)
    or TypeVar('N', bound=int) (bounded)."""

    __bound__ = _EvaluatedOnUse('__bound__')
    __constraints__ = _EvaluatedOnUse('__constraints__')

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self._set_variance(covariant, contravariant, infer_variance)
        self.__constraints__ = tuple(
            _type_check(c, "TypeVar(name, constraint, ...): constraints must be types.")
            for c in constraints)
        self.__bound__ = None if bound is None else _type_check(bound, "Bound must be a type.")
        self.__module__ = _caller_module()

    def __typing_subst__(self, arg):
        arg = _type_check(arg, "Parameters to generic types must be types.")
        unpacked = (isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack
                    or isinstance(arg, GenericAlias) and getattr(arg, '__unpacked__', False))
        if unpacked:
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple(_TypeVarLike):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), used as *Ts."""

    def __init__(self, name):
        self.__name__ = name
        self.__module__ = _caller_module()

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")


class ParamSpec(_TypeVarLike):
    """A parameter list variable: P = ParamSpec('P'), for Callable[P, R]."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant, infer_variance)
        self.__bound__ = None if bound is None else _type_check(bound, "Bound must be a type.")
        self.__module__ = _caller_module()

    args = property(lambda self: ParamSpecArgs(self))
    kwargs = property(lambda self: ParamSpecKwargs(self))

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, "Expected a type.") for a in arg)
        if arg is ... or isinstance(arg, (ParamSpec, _ConcatenateGenericAlias)):
            return arg
        raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {arg}")


class _ParamSpecPart:
    """P.args or P.kwargs; `_attr` says which."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.{self._attr}"

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpecArgs(_ParamSpecPart):
    """The type of *args for a ParamSpec P: P.args."""
    _attr = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    """The type of **kwargs for a ParamSpec P: P.kwargs."""
    _attr = 'kwargs'


class TypeAliasType(_Unionable):
    """A named alias, as the `type X = ...` statement makes (PEP 695):
    TypeAliasType('X', int | str)."""

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError("TypeAliasType.__init__() argument 'name' must be str, not "
                            f"{type(name).__name__}")
        self._setup(name, lambda: value, type_params, _caller_module())

    @classmethod
    def _lazy(cls, name, compute, type_params=(), module=None):
        """The alias of a `type` statement: compute() gives the value on first
        use, so the value may name things defined later."""
        alias = cls.__new__(cls)
        alias._setup(name, compute, type_params, module or _caller_module())
        return alias

    def _setup(self, name, compute, type_params, module):
        self.__name__ = name
        self.__module__ = module
        self.__type_params__ = self.__parameters__ = tuple(type_params)
        self._compute = compute

    @property
    def __value__(self):
        if self._compute is not None:
            self._value, self._compute = self._compute(), None
        return self._value

    def __repr__(self):
        return self.__name__

    def __getitem__(self, parameters):
        return GenericAlias(self, _as_tuple(parameters))

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'typing.TypeAliasType' is not an acceptable base type")


# ---------------------------------------------------------------- aliases

class _AliasBase(_Unionable):
    """What List and List[int] have in common: they stand for their origin
    class, so calls, attribute reads and writes go there."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        instance = self.__origin__(*args, **kwargs)
        with contextlib.suppress(AttributeError, TypeError):
            instance.__orig_class__ = self
        return instance

    def __mro_entries__(self, bases):
        entries = () if self.__origin__ in bases else (self.__origin__,)
        # Generic goes in unless a later base brings it
        later = bases[bases.index(self) + 1:]
        if any(isinstance(b, _AliasBase) or issubclass(b, Generic) for b in later):
            return entries
        return entries + (Generic,)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if not _is_dunder(attr) and '__origin__' in vars(self):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        if _is_dunder(attr) or attr in ('_name', '_inst', '_nparams'):
            object.__setattr__(self, attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        forwarded = [name for name in dir(self.__origin__) if not _is_dunder(name)]
        return sorted(set(super().__dir__()) | set(forwarded))


class _GenericAlias(_AliasBase):
    """A subscripted generic: List[int], Box[T], ClassVar[int]..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        self.__args__ = _as_tuple(args)
        self.__parameters__ = _type_vars_in(self.__args__)
        if not name:
            self.__module__ = origin.__module__

    def _identity(self):
        """What equality and hashing look at."""
        return self.__origin__, self.__args__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self):
        return hash(self._identity())

    @_memoized
    def __getitem__(self, args):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        binding = _bind(self, self.__parameters__, tuple(map(_as_type, _as_tuple(args))))
        return self.copy_with(tuple(_rebind(arg, binding) for arg in self.__args__))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        return '%s[%s]' % (head, ', '.join(map(_type_repr, self.__args__)) or '()')

    def __reduce__(self):
        origin = self.__origin__
        if self._name and not isinstance(origin, _SpecialForm):
            origin = globals()[self._name]
        args = self.__args__
        if len(args) == 1 and not isinstance(args[0], tuple):
            args = args[0]
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if origin is Generic:
            later = bases[bases.index(self) + 1:]
            if Protocol in bases or any(isinstance(b, _AliasBase) and b is not self for b in later):
                return ()
        return (origin,)

    def __iter__(self):
        yield Unpack[self]


class _SpecialGenericAlias(_AliasBase):
    """A library class as typing names it before subscription: List, Iterable..."""

    _subscripted = _GenericAlias
    __iter__ = None

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name or origin.__name__)
        self._nparams = nparams
        self.__doc__ = f'A generic version of {_type_repr(origin)}.'

    @_memoized
    def __getitem__(self, params):
        params = tuple(_type_check(p, "Parameters to generic types must be types.")
                       for p in _as_tuple(params))
        if len(params) != self._nparams:
            if not self._nparams:
                raise TypeError(f"{self} is not a generic class")
            raise _arity_error(self, len(params), self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return self._subscripted(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            return super().__subclasscheck__(cls)
        return issubclass(cls, self.__origin__)

    def __reduce__(self):
        return self._name


class _CallableGenericAlias(_GenericAlias):
    __iter__ = None

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        params = ', '.join(map(_type_repr, args[:-1]))
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'


class _CallableType(_SpecialGenericAlias):
    _subscripted = _CallableGenericAlias

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        return self._subscript(tuple(args) if isinstance(args, list) else args, result)

    @_memoized
    def _subscript(self, args, result):
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return self.copy_with((..., result))
        return self.copy_with((*map(_as_type, _as_tuple(args)), result))


class _TupleType(_SpecialGenericAlias):
    @_memoized
    def __getitem__(self, params):
        params = _as_tuple(params)
        if len(params) >= 2 and params[-1] is ...:
            items = [_type_check(p, "Tuple[t, ...]: t must be a type.") for p in params[:-1]]
            return self.copy_with((*items, ...))
        return self.copy_with(tuple(_type_check(p, "Tuple[t0, t1, ...]: each t must be a type.")
                                    for p in params))


class _UnionGenericAlias(_GenericAlias):
    __iter__ = None

    def copy_with(self, params):
        return Union[params]

    def _identity(self):
        return frozenset(self.__args__)

    def __eq__(self, other):
        if isinstance(other, types.UnionType):
            return self._identity() == frozenset(other.__args__)
        return super().__eq__(other)

    def __hash__(self):
        return hash(self._identity())

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[1] if args[0] is type(None) else args[0]
            return f'typing.Optional[{_type_repr(other)}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    def _identity(self):
        return frozenset((value, type(value)) for value in self.__args__)


class _ConcatenateGenericAlias(_GenericAlias):
    def copy_with(self, params):
        *leading, tail = params
        if isinstance(tail, (list, tuple)):  # P was bound to a list of types
            return (*leading, *tail)
        if isinstance(tail, _ConcatenateGenericAlias):
            params = (*leading, *tail.__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias):
    @property
    def __typing_unpacked_tuple_args__(self):
        inner = self.__args__[0]
        return inner.__args__ if isinstance(inner, _GenericAlias) else None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)

    def __getitem__(self, args):
        # *Ts stands for whatever it is given
        return args if self.__typing_is_unpacked_typevartuple__ else super().__getitem__(args)

    def __repr__(self):
        return f'typing.Unpack[{_type_repr(self.__args__[0])}]'


Unpack = _SpecialForm('Unpack', "Unpack[Ts] (or *Ts): the types a TypeVarTuple stands for.",
                      _one_type('{name} accepts only single type.', _UnpackGenericAlias))


class _AnnotatedAlias(_GenericAlias):
    """Annotated[T, x, ...]: the type T carrying metadata x, ..."""

    __iter__ = None

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):  # nested Annotated flatten
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def _identity(self):
        return self.__origin__, self.__metadata__

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        notes = ', '.join(map(repr, self.__metadata__))
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {notes}]"

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__, *self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


@_memoized
def _annotate(params):
    if len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.", special_ok=True)
    return _AnnotatedAlias(origin, tuple(params[1:]))


class Annotated:
    """Annotated[T, x]: the type T with metadata x for tools that want it."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        return _annotate(_as_tuple(params))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# ---------------------------------------------------------------- Generic

class Generic:
    """Base of generic classes: class Box(Generic[T]) makes Box[int] valid."""

    __slots__ = ()
    _is_protocol = False

    @_memoized
    def __class_getitem__(cls, params):
        params = tuple(map(_as_type, _as_tuple(params)))
        if cls is Generic or cls is Protocol:
            # declaring the type variables: Generic[T, S]
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(hasattr(p, '__typing_subst__') or _is_unpacked_typevartuple(p)
                       for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericAlias(cls, params)
        if not cls.__parameters__:
            raise TypeError(f"{cls} is not a generic class")
        return _GenericAlias(cls, tuple(_bind(cls, cls.__parameters__, params).values()))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        written = cls.__dict__.get('__orig_bases__')
        if written is None:
            plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) is not _TypedDictMeta)
        else:
            plain = Generic in written
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        cls.__parameters__ = () if written is None else _declared_type_vars(written)


def _declared_type_vars(bases):
    """A generic class's type variables: those its bases use, in the order an
    explicit Generic[...] base gives (which must list them all)."""
    used = _type_vars_in(bases)
    explicit = [b.__parameters__ for b in bases
                if isinstance(b, _GenericAlias) and b.__origin__ is Generic]
    if not explicit:
        return used
    if len(explicit) > 1:
        raise TypeError("Cannot inherit from Generic[...] multiple times.")
    declared, = explicit
    missing = [str(v) for v in used if v not in declared]
    if missing:
        raise TypeError(f"Some type variables ({', '.join(missing)}) are"
                        f" not listed in Generic[{', '.join(map(str, declared))}]")
    return declared


def _is_unpacked_typevartuple(x):
    return not isinstance(x, type) and getattr(x, '__typing_is_unpacked_typevartuple__', False)


# ---------------------------------------------------------------- library classes

def _alias_library_classes():
    """List, Dict, Iterable... made from (typing name, class, number of parameters)."""
    abc = collections.abc
    table = [
        (abc.Hashable, 0), (abc.Awaitable, 1), (abc.Coroutine, 3), (abc.AsyncIterable, 1),
        (abc.AsyncIterator, 1), (abc.Iterable, 1), (abc.Iterator, 1), (abc.Reversible, 1),
        (abc.Sized, 0), (abc.Container, 1), (abc.Collection, 1), (abc.MutableSet, 1),
        (abc.Mapping, 2), (abc.MutableMapping, 2), (abc.Sequence, 1), (abc.MutableSequence, 1),
        (abc.ByteString, 0), (abc.MappingView, 1), (abc.KeysView, 1), (abc.ItemsView, 2),
        (abc.ValuesView, 1), (collections.OrderedDict, 2), (collections.Counter, 1),
        (collections.ChainMap, 2), (abc.Generator, 3), (abc.AsyncGenerator, 2),
        ('AbstractSet', abc.Set, 1), ('Deque', collections.deque, 1),
        ('DefaultDict', collections.defaultdict, 2),
        ('ContextManager', contextlib.AbstractContextManager, 1),
        ('AsyncContextManager', contextlib.AbstractAsyncContextManager, 1),
    ]
    for entry in table:
        name, origin, n = entry if len(entry) == 3 else (entry[0].__name__, *entry)
        globals()[name] = _SpecialGenericAlias(origin, n, name=name)
    # the builtins themselves are instantiated directly, not through these
    for name, origin, n in [('List', list, 1), ('Set', set, 1), ('FrozenSet', frozenset, 1),
                            ('Dict', dict, 2), ('Type', type, 1)]:
        globals()[name] = _SpecialGenericAlias(origin, n, inst=False, name=name)


_alias_library_classes()
Callable = _CallableType(collections.abc.Callable, 2)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
Text = str


# ---------------------------------------------------------------- functions

def cast(typ, val):
    """Tells a type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Asks a type checker to confirm that val has type typ; returns val."""
    return val


def reveal_type(obj, /):
    """Asks a type checker for obj's inferred type; at runtime prints its class."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Marks code a type checker proves unreachable; reaching it is an error."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


# (module, qualname) -> {first line: overload}, for get_overloads()
_overloads = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated "
        "functions outside a stub module should always be followed by an implementation "
        "that is not @overload-ed.")


def _function_key(func):
    func = getattr(func, '__func__', func)  # classmethod/staticmethod
    return func.__module__, func.__qualname__


def overload(func):
    """Declares one signature of an overloaded function (for type checkers); the
    undecorated definition that follows is the implementation."""
    try:
        key = _function_key(func)
        line = getattr(func, '__func__', func).__code__.co_firstlineno
    except AttributeError:
        pass
    else:
        _overloads.setdefault(key, {})[line] = func
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures declared for func, in definition order."""
    return list(_overloads.get(_function_key(func), {}).values())


def clear_overloads():
    """Forgets every registered overload."""
    _overloads.clear()


def _mark(obj, attr):
    """Sets attr to True on obj when obj allows it; returns obj."""
    with contextlib.suppress(AttributeError, TypeError):
        setattr(obj, attr, True)
    return obj


def final(f):
    """Marks a method or class as not to be overridden or subclassed."""
    return _mark(f, '__final__')


def override(method, /):
    """Marks a method as overriding one of a base class."""
    return _mark(method, '__override__')


def no_type_check(arg):
    """Says that arg's annotations are not type hints (for a class: also those of
    the methods and nested classes it defines)."""
    if isinstance(arg, type):
        for name in dir(arg):
            member = getattr(arg, name)
            own_name = f"{arg.__qualname__}.{getattr(member, '__name__', None)}"
            if (getattr(member, '__qualname__', None) != own_name
                    or getattr(member, '__module__', None) != arg.__module__):
                continue
            if isinstance(member, type):
                no_type_check(member)
            elif isinstance(member, FunctionType):
                member.__no_type_check__ = True
    with contextlib.suppress(TypeError):
        arg.__no_type_check__ = True
    return arg


def no_type_check_decorator(decorator):
    """Makes decorator's results behave as if also decorated with @no_type_check."""
    @functools.wraps(decorator)
    def apply(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return apply


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Marks a decorator, class or metaclass as creating dataclass-like classes."""
    settings = dict(eq_default=eq_default, order_default=order_default,
                    kw_only_default=kw_only_default, frozen_default=frozen_default,
                    field_specifiers=field_specifiers, kwargs=kwargs)

    def mark(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = dict(settings)
        return cls_or_fn
    return mark


def get_origin(tp):
    """The unsubscripted form of tp: list for List[int], Union for Union[int, str]."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_AliasBase, GenericAlias, _ParamSpecPart)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def _callable_args_flat(alias):
    """True when Callable[[a, b], r]'s arguments were stored flat as (a, b, r)."""
    args = alias.__args__
    return (alias.__origin__ is collections.abc.Callable
            and not (len(args) == 2 and _is_param_expr(args[0])))


def get_args(tp):
    """The arguments tp was subscripted with: (int, str) for Dict[int, str]."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, (_GenericAlias, GenericAlias)):
        if _callable_args_flat(tp):
            return (list(tp.__args__[:-1]), tp.__args__[-1])
        return tp.__args__
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _map_args(t, convert):
    """The alias t with convert applied to each argument (t itself if none changes)."""
    new = tuple(map(convert, t.__args__))
    if new == t.__args__:
        return t
    if isinstance(t, GenericAlias):
        return GenericAlias(t.__origin__, new)
    if isinstance(t, types.UnionType):
        return functools.reduce(operator.or_, new)
    return t.copy_with(new)


def _eval_type(t, globalns, localns, *, recursive_guard=frozenset()):
    """t with its forward references evaluated, at any depth."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard=recursive_guard)
    if isinstance(t, GenericAlias):
        # strings in list['X'] are forward references too; re-subscribing makes them so
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        if _callable_args_flat(t):
            args = (args[:-1], args[-1])
        t = t.__origin__[args]
    if isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        return _map_args(t, lambda a: _eval_type(a, globalns, localns,
                                                 recursive_guard=recursive_guard))
    return t


def _strip_annotations(t):
    """t without Annotated, Required and NotRequired wrappers, at any depth."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if getattr(t, '__origin__', None) in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        return _map_args(t, _strip_annotations)
    return t


def _resolve_hint(value, globalns, localns, *, is_argument=True, is_class=False):
    if value is None:
        value = type(None)
    elif isinstance(value, str):
        value = ForwardRef(value, is_argument=is_argument, is_class=is_class)
    return _eval_type(value, globalns, localns)


def _class_hints(cls, globalns, localns):
    hints = {}
    for base in reversed(cls.__mro__):  # most derived last, so it wins
        annotations = base.__dict__.get('__annotations__', {})
        if isinstance(annotations, types.GetSetDescriptorType):
            continue
        module_ns = globalns
        if module_ns is None:
            module_ns = getattr(sys.modules.get(base.__module__), '__dict__', {})
        class_ns = dict(vars(base)) if localns is None else localns
        if globalns is None and localns is None:
            # unprompted, names resolve as in the class body: class first
            module_ns, class_ns = class_ns, module_ns
        for name, value in annotations.items():
            hints[name] = _resolve_hint(value, module_ns, class_ns, is_argument=False,
                                        is_class=True)
    return hints


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """obj's annotations (a function, method, module or class, with those of
    its bases) with strings evaluated and None turned into NoneType;
    Annotated/Required/NotRequired are dropped unless include_extras."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        is_module = isinstance(obj, types.ModuleType)
        if globalns is None:
            if is_module:
                globalns = obj.__dict__
            else:
                inner = obj
                while hasattr(inner, '__wrapped__'):  # decorated: the function's own globals
                    inner = inner.__wrapped__
                globalns = getattr(inner, '__globals__', {})
        if localns is None:
            localns = globalns
        annotations = getattr(obj, '__annotations__', None)
        if annotations is None:
            if isinstance(obj, (types.ModuleType, FunctionType, types.MethodType,
                                types.BuiltinFunctionType)):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        hints = {name: _resolve_hint(value, globalns, localns, is_argument=not is_module)
                 for name, value in annotations.items()}
    if include_extras:
        return hints
    return {name: _strip_annotations(t) for name, t in hints.items()}


# ---------------------------------------------------------------- classes

# Protocol, NewType, NamedTuple and TypedDict live in _typing_classes, which
# needs everything above.
from _typing_classes import (NamedTuple, NewType, Protocol, TypedDict, is_typeddict,
                             runtime_checkable, _TypedDictMeta, _one_method_protocol)

SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex = map(
    _one_method_protocol, ('int', 'float', 'complex', 'bytes', 'index'))
SupportsAbs = _one_method_protocol('abs', generic=True)
SupportsRound = _one_method_protocol('round', generic=True)


AnyStr = TypeVar('AnyStr', bytes, str)


def _stub(name, *, prop=False):
    def method(self, *args):
        pass
    method.__name__ = method.__qualname__ = name
    return property(method) if prop else method


def _io_class(name, base, methods, properties=''):
    """One of IO, BinaryIO, TextIO: stubs naming the file API, for annotations."""
    def body(ns):
        ns.update(__slots__=(), __module__=__name__, __doc__=f"The file API, for annotations ({name}).")
        ns.update((m, _stub(m)) for m in methods.split())
        ns.update((p, _stub(p, prop=True)) for p in properties.split())
    return types.new_class(name, (base,), exec_body=body)


IO = _io_class('IO', Generic[AnyStr],
               'close fileno flush isatty read readable readline readlines seek seekable tell '
               'truncate writable write writelines __enter__ __exit__', 'mode name closed')
BinaryIO = _io_class('BinaryIO', IO[bytes], 'write __enter__')
TextIO = _io_class('TextIO', IO[str], '__enter__',
                   'buffer encoding errors line_buffering newlines')


def __getattr__(name):
    # Pattern and Match need re, which is imported on first use
    if name in ('Pattern', 'Match'):
        import re
        origin = type(re.compile('')) if name == 'Pattern' else type(re.match('', ''))
        alias = globals()[name] = _SpecialGenericAlias(origin, 1)
        return alias
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
