"""The objects PEP 695 syntax creates at run time: `def f[T]`, `class C[T]`
and `type X = ...` compile to intrinsics (vm/typeparams.c) that call these."""

from typing import Generic, ParamSpec, TypeAliasType, TypeVar, TypeVarTuple


def _declared(kind, *args, **kwargs):
    # Type parameters belong to typing, as CPython's C-made ones do, and
    # their variance is inferred.
    param = kind(*args, **kwargs)
    param.__module__ = 'typing'
    return param


def typevar(name):
    return _declared(TypeVar, name, infer_variance=True)


def _lazy_typevar(name, field, evaluate):
    param = typevar(name)
    del param.__dict__[field]
    param._evaluate_later = evaluate
    return param


def typevar_with_bound(name, evaluate):
    return _lazy_typevar(name, '__bound__', evaluate)


def typevar_with_constraints(name, evaluate):
    return _lazy_typevar(name, '__constraints__', evaluate)


def paramspec(name):
    return _declared(ParamSpec, name, infer_variance=True)


def typevartuple(name):
    return _declared(TypeVarTuple, name)


def type_alias(name, type_params, evaluate, module):
    return TypeAliasType._lazy(name, evaluate, type_params or (), module)


def generic_base(type_params):
    """Generic[T, *Ts, P]: the base a generic class gets."""
    return Generic[tuple(next(iter(p)) if isinstance(p, TypeVarTuple) else p for p in type_params)]
