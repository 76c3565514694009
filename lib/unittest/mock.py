"""Mock objects for tests, in the shape of CPython's unittest.mock.

A Mock records how it is called and makes child mocks for the attributes
asked of it; MagicMock also stands in for the special methods (len(), with,
iteration, comparisons...). patch() swaps an attribute for a mock while a
test, a with block or a decorated function runs.
"""

import builtins
import importlib
import inspect
import sys

__all__ = ["Mock", "MagicMock", "NonCallableMock", "NonCallableMagicMock", "AsyncMock", "PropertyMock",
           "patch", "call", "sentinel", "DEFAULT", "ANY", "mock_open", "seal"]

__unittest = True  # failing assert_* frames are left out of test reports


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"sentinel.{self.name}"


class _Sentinels:
    """sentinel.NAME: one unique object per name."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == "__bases__":  # not a class
            raise AttributeError(name)
        return self._made.setdefault(name, _SentinelObject(name))


sentinel = _Sentinels()
DEFAULT = sentinel.DEFAULT


class _AnyValue:
    """Equal to everything (for the arguments a test does not care about)."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return "<ANY>"


ANY = _AnyValue()


def _arguments_text(name, args, kwargs):
    parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
    return f"{name}({', '.join(parts)})"


def _join_names(parent, child):
    return parent + child if child.startswith("()") else f"{parent}.{child}"


# {==== call objects

class _Call(tuple):
    """A recorded or expected call: (args, kwargs) for call_args, (name, args,
    kwargs) in mock_calls; `call` builds them (call(1), call.method(x=2))."""

    def __new__(cls, value=(), name="", from_call=True):
        self = super().__new__(cls, value)
        self._name = name
        self._from_call = from_call
        return self

    def _parts(self):
        if len(self) == 2:
            return "", self[0], self[1]
        return self[0], self[1], self[2]

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __eq__(self, other):
        if isinstance(other, _Call) or (isinstance(other, tuple) and len(other) in (2, 3)):
            if len(other) == 3:
                other_name, other_args, other_kwargs = other
            else:
                other_name, (other_args, other_kwargs) = "", other
        else:
            return NotImplemented
        name, args, kwargs = self._parts()
        if name and other_name != name:
            return False
        # the expected side first, so that ANY in it compares
        return (other_args, other_kwargs) == (args, kwargs)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def __call__(self, *args, **kwargs):
        return _Call((self._name, args, kwargs), name=self._name + "()")

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        name = attr if not self._name else _join_names(self._name, attr)
        return _Call(name=name, from_call=False)

    def __repr__(self):
        if not self._from_call:
            return "call" + ("" if not self._name else ("" if self._name.startswith("()") else ".") + self._name)
        name, args, kwargs = self._parts()
        if len(self) == 2 or not name:
            name = "call"
        else:
            name = "call" + ("" if name.startswith("()") else ".") + name
        return _arguments_text(name, args, kwargs)


call = _Call(from_call=False)


class _CallList(list):
    """mock_calls and call_args_list: `in` also finds a run of calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        return any(self[i:i + n] == value for i in range(len(self) - n + 1))

    def __repr__(self):
        return repr(list(self))

# }====
# {==== mocks

# special methods MagicMock configures, and what they return unless told
_MAGIC_RETURNS = {"__lt__": NotImplemented, "__gt__": NotImplemented, "__le__": NotImplemented,
                  "__ge__": NotImplemented, "__int__": 1, "__contains__": False, "__len__": 0,
                  "__exit__": False, "__complex__": 1j, "__float__": 1.0, "__bool__": True,
                  "__index__": 1}
_MAGIC_NAMES = {f"__{name}__" for name in (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof enter exit "
    "divmod rdivmod neg pos abs invert complex int float index round trunc floor ceil bool next "
    "fspath add sub mul matmul truediv floordiv mod lshift rshift and xor or pow "
    "iadd isub imul imatmul itruediv ifloordiv imod ilshift irshift iand ixor ior ipow "
    "radd rsub rmul rmatmul rtruediv rfloordiv rmod rlshift rrshift rand rxor ror rpow").split()}


def _is_magic(name):
    return name.startswith("__") and name.endswith("__") and len(name) > 4


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


class NonCallableMock:
    """A mock that records nothing of calls (it cannot be called); the base of the others."""

    def __new__(cls, *args, **kwargs):
        # each mock has a class of its own, where its special methods go
        own = type(cls.__name__, (cls,), {"__doc__": cls.__doc__})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None, _new_name="",
                 _new_parent=None, unsafe=False, **kwargs):
        state = self.__dict__
        state["_mock_name"] = name
        state["_mock_parent"] = parent
        state["_mock_new_name"] = _new_name
        state["_mock_new_parent"] = _new_parent if _new_parent is not None else parent
        state["_mock_children"] = {}
        state["_mock_wraps"] = wraps
        state["_mock_unsafe"] = unsafe
        state["_mock_return_value"] = kwargs.pop("return_value", DEFAULT)
        state["_mock_side_effect"] = None
        state["_mock_sealed"] = False
        self._mock_add_spec(spec_set if spec_set is not None else spec, spec_set is not None)
        self._mock_reset_calls()
        if "side_effect" in kwargs:
            self.side_effect = kwargs.pop("side_effect")
        self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, strict):
        state = self.__dict__
        state["_spec_class"] = None
        state["_mock_methods"] = None
        state["_spec_set"] = strict
        if spec is None:
            return
        if isinstance(spec, (list, tuple)) and not isinstance(spec, type):
            state["_mock_methods"] = set(spec)
            return
        state["_spec_class"] = spec if isinstance(spec, type) else type(spec)
        state["_mock_methods"] = set(dir(spec))

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def _mock_reset_calls(self):
        state = self.__dict__
        state["called"] = False
        state["call_count"] = 0
        state["call_args"] = None
        state["call_args_list"] = _CallList()
        state["mock_calls"] = _CallList()
        state["method_calls"] = _CallList()

    @property
    def __class__(self):
        return type(self) if self._spec_class is None else self._spec_class

    def attach_mock(self, mock, attribute):
        mock.__dict__.update(_mock_name=attribute, _mock_parent=self, _mock_new_name=attribute,
                             _mock_new_parent=self)
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        # attributes of attributes after the attributes themselves
        for dotted, value in sorted(kwargs.items(), key=lambda item: item[0].count(".")):
            *path, last = dotted.split(".")
            target = self
            for name in path:
                target = getattr(target, name)
            setattr(target, last, value)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        visited = set() if visited is None else visited
        if id(self) in visited:
            return
        visited.add(id(self))
        self._mock_reset_calls()
        if return_value:
            self.__dict__["_mock_return_value"] = DEFAULT
        if side_effect:
            self.__dict__["_mock_side_effect"] = None
        for child in list(self._mock_children.values()) + [self._mock_return_value]:
            if isinstance(child, NonCallableMock) and child is not self:
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)

    def _child(self, **kwargs):
        """A new mock of the kind children of this one are (MagicMock's are MagicMocks)."""
        own = type(self).__mro__[1]
        if issubclass(own, AsyncMock):
            kind = AsyncMock if kwargs.get("_new_name") != "()" else MagicMock
        elif issubclass(own, CallableMixin):
            kind = own
        else:
            kind = MagicMock if issubclass(own, MagicMixin) else Mock
        if self._mock_sealed:
            raise AttributeError(f"{self._mock_full_name()}.{kwargs.get('name', '')} -> sealed mock")
        return kind(**kwargs)

    @property
    def return_value(self):
        value = self._mock_return_value
        if value is DEFAULT:
            if self._mock_sealed:
                raise AttributeError(f"{self._mock_full_name()}() -> sealed mock")
            value = self._child(_new_parent=self, _new_name="()")
            self.__dict__["_mock_return_value"] = value
        return value

    @return_value.setter
    def return_value(self, value):
        self.__dict__["_mock_return_value"] = value
        if isinstance(value, NonCallableMock) and value._mock_name is None and value._mock_parent is None:
            value.__dict__.update(_mock_new_parent=self, _mock_new_name="()")

    @property
    def side_effect(self):
        return self._mock_side_effect

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            value = iter(value)  # values given in turn
        self.__dict__["_mock_side_effect"] = value

    def __getattr__(self, name):
        if name.startswith("_mock_") or name in ("_spec_class", "_spec_set"):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods:
                raise AttributeError(f"Mock object has no attribute {name!r}")
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and methods is None and \
                name.startswith(("assert", "assret", "asert", "aseert", "assrt")):
            raise AttributeError(f"{name!r} is not a valid assertion. Use a spec "
                                 f"for the mock if {name!r} is meant to be an attribute.")
        child = self._mock_children.get(name)
        if child is None:
            wraps = getattr(self._mock_wraps, name) if self._mock_wraps is not None else None
            child = self._child(parent=self, name=name, wraps=wraps, _new_name=name, _new_parent=self)
            self._mock_children[name] = child
        return child

    def __setattr__(self, name, value):
        if self._spec_set and self._mock_methods is not None and name not in self._mock_methods \
                and name not in self.__dict__ and name not in ("return_value", "side_effect"):
            raise AttributeError(f"Mock object has no attribute '{name}'")
        if name in _MAGIC_NAMES:
            if not isinstance(value, NonCallableMock):
                setattr(type(self), name, value)  # a plain function: called with the mock as self
                return
            value.__dict__.update(_mock_name=value._mock_name or name, _mock_parent=self,
                                  _mock_new_name=name, _mock_new_parent=self)
            setattr(type(self), name, _MagicProxy(name))
            self._mock_children[name] = value
            return
        if isinstance(value, NonCallableMock) and value._mock_parent is None and value._mock_name is None \
                and name not in ("return_value", "side_effect") and not name.startswith("_"):
            value.__dict__.update(_mock_name=name, _mock_parent=self, _mock_new_name=name, _mock_new_parent=self)
            self._mock_children[name] = value
            return
        object.__setattr__(self, name, value)
        if name in self._mock_children:
            del self._mock_children[name]

    def __delattr__(self, name):
        if name in self._mock_children:
            del self._mock_children[name]
            self.__dict__.setdefault("_mock_deleted", set()).add(name)
            return
        object.__delattr__(self, name)

    def __dir__(self):
        names = set(object.__dir__(self)) | set(self._mock_children)
        return sorted(n for n in names if not n.startswith("_mock_"))

    def _mock_full_name(self):
        names = []
        mock = self
        while mock is not None:
            names.append(mock._mock_new_name if mock._mock_new_parent is not None else (mock._mock_name or "mock"))
            mock = mock._mock_new_parent
        full = names.pop()
        for name in reversed(names):
            full = _join_names(full, name)
        return full

    def __repr__(self):
        parts = []
        if self._mock_new_parent is not None or self._mock_name:
            parts.append(f"name={self._mock_full_name()!r}")
        if self._spec_class is not None:
            parts.append(f"{'spec_set' if self._spec_set else 'spec'}={self._spec_class.__name__!r}")
        parts.append(f"id='{id(self)}'")
        return f"<{type(self).__mro__[1].__name__} {' '.join(parts)}>"

    # assertions
    def _own_name(self):
        return self._mock_name or "mock"

    def _calls_repr(self, prefix="Calls"):
        return f"\n{prefix}: {self.mock_calls!r}." if self.mock_calls else ""

    def assert_not_called(self):
        if self.call_count:
            raise AssertionError(f"Expected '{self._own_name()}' to not have been called. "
                                 f"Called {self.call_count} times.{self._calls_repr()}")

    def assert_called(self):
        if not self.call_count:
            raise AssertionError(f"Expected '{self._own_name()}' to have been called.")

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError(f"Expected '{self._own_name()}' to have been called once. "
                                 f"Called {self.call_count} times.{self._calls_repr()}")

    def assert_called_with(self, /, *args, **kwargs):
        expected = _arguments_text(self._own_name(), args, kwargs)
        if self.call_args is None:
            raise AssertionError(f"expected call not found.\nExpected: {expected}\n  Actual: not called.")
        if self.call_args != _Call((args, kwargs)):
            actual = _arguments_text(self._own_name(), *self.call_args)
            raise AssertionError(f"expected call not found.\nExpected: {expected}\n  Actual: {actual}")

    def assert_called_once_with(self, /, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError(f"Expected '{self._own_name()}' to be called once. "
                                 f"Called {self.call_count} times.{self._calls_repr()}")
        self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, /, *args, **kwargs):
        if _Call((args, kwargs)) not in self.call_args_list:
            raise AssertionError(f"{_arguments_text(self._own_name(), args, kwargs)} call not found")

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        if not any_order:
            if expected not in self.mock_calls:
                raise AssertionError(f"Calls not found.\nExpected: {_CallList(expected)!r}"
                                     f"{self._calls_repr(prefix='  Actual').rstrip('.')}")
            return
        remaining = list(self.mock_calls)
        missing = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                missing.append(kall)
        if missing:
            raise AssertionError(f"{self._own_name()!r} does not contain all of {tuple(missing)!r} "
                                 f"in its call list, found {remaining!r} instead")


class CallableMixin:
    def __call__(self, /, *args, **kwargs):
        self._mock_record(args, kwargs)
        return self._mock_call(args, kwargs)

    def _mock_record(self, args, kwargs):
        state = self.__dict__
        state["called"] = True
        state["call_count"] += 1
        state["call_args"] = _Call((args, kwargs))
        self.call_args_list.append(state["call_args"])
        self.mock_calls.append(_Call(("", args, kwargs)))
        # the parents see the call under the name of the path to this mock
        name, through_attributes = self._mock_new_name, self._mock_new_name != "()"
        mock = self._mock_new_parent
        while mock is not None:
            if through_attributes:
                mock.method_calls.append(_Call((name, args, kwargs)))
            mock.mock_calls.append(_Call((name, args, kwargs)))
            if mock._mock_new_parent is None:
                break
            through_attributes = through_attributes and mock._mock_new_name != "()"
            name = _join_names(mock._mock_new_name, name)
            mock = mock._mock_new_parent

    def _mock_call(self, args, kwargs):
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records its calls, returns return_value (a child mock
    by default) or what side_effect says."""


class _MagicProxy:
    """A special method of a MagicMock's class: the mock's child of that name."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        child = obj._mock_children.get(self.name)
        if child is None:
            child = obj._make_magic(self.name)
        return child


class MagicMixin:
    def __init__(self, /, *args, **kwargs):
        for name in _MAGIC_NAMES:
            setattr(type(self), name, _MagicProxy(name))
        super().__init__(*args, **kwargs)

    def _make_magic(self, name):
        child = MagicMock(name=name, parent=self, _new_name=name, _new_parent=self)
        if name in _MAGIC_RETURNS:
            child.return_value = _MAGIC_RETURNS[name]
        elif name in ("__hash__", "__str__", "__sizeof__"):
            child.return_value = getattr(object, name)(self)  # worked out once, as CPython does
        elif name == "__fspath__":
            child.return_value = f"{type(self).__name__}/{self._mock_full_name()}/{id(self)}"
        elif name == "__iter__":
            child.side_effect = lambda: iter(child._mock_return_value if child._mock_return_value is not DEFAULT
                                             else [])
        elif name in ("__eq__", "__ne__"):
            same = name == "__eq__"

            def compare(other):
                if child._mock_return_value is not DEFAULT:
                    return child._mock_return_value
                return (self is other) == same
            child.side_effect = compare
        self._mock_children[name] = child
        return child


class MagicMock(MagicMixin, Mock):
    """A Mock that also stands in for the special methods (len() is 0,
    iteration is empty, `with` works, comparisons by identity...); set
    `mock.__len__.return_value` and so on to change them."""


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""


class PropertyMock(Mock):
    """A mock to put on a class as a property: getting calls it with no
    arguments, setting calls it with the value."""

    def _child(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


class AsyncMock(CallableMixin, NonCallableMock):
    """A mock whose calls return coroutines: awaiting one gives return_value
    (or what side_effect says) and counts as an await."""

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__.update(await_count=0, await_args=None, await_args_list=_CallList())

    def __call__(self, /, *args, **kwargs):
        self._mock_record(args, kwargs)
        return self._awaited(args, kwargs)

    async def _awaited(self, args, kwargs):
        self.__dict__["await_count"] += 1
        self.__dict__["await_args"] = _Call((args, kwargs))
        self.await_args_list.append(self.await_args)
        effect = self._mock_side_effect
        if effect is not None and inspect.iscoroutinefunction(effect):
            result = await effect(*args, **kwargs)
            return self.return_value if result is DEFAULT else result
        return self._mock_call(args, kwargs)

    def assert_awaited(self):
        if not self.await_count:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited.")

    def assert_awaited_once(self):
        if self.await_count != 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once. "
                                 f"Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        expected = _arguments_text(self._own_name(), args, kwargs)
        if self.await_args is None:
            raise AssertionError(f"Expected await: {expected}\nNot awaited")
        if self.await_args != _Call((args, kwargs)):
            actual = _arguments_text(self._own_name(), *self.await_args)
            raise AssertionError(f"expected await not found.\nExpected: {expected}\n  Actual: {actual}")

    def assert_awaited_once_with(self, /, *args, **kwargs):
        self.assert_awaited_once()
        self.assert_awaited_with(*args, **kwargs)

    def assert_not_awaited(self):
        if self.await_count:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to not have been awaited. "
                                 f"Awaited {self.await_count} times.")


def seal(mock):
    """No new attributes or return values on mock and the mocks under it."""
    mock.__dict__["_mock_sealed"] = True
    for child in list(mock._mock_children.values()) + [mock._mock_return_value]:
        if isinstance(child, NonCallableMock) and not child._mock_sealed:
            seal(child)

# }====
# {==== patch


def _importer(dotted):
    parts = dotted.split(".")
    found = importlib.import_module(parts[0])
    for i, part in enumerate(parts[1:], 1):
        try:
            found = getattr(found, part)
        except AttributeError:
            found = importlib.import_module(".".join(parts[:i + 1]))
    return found


class _patch:
    def __init__(self, getter, attribute, new, spec, create, spec_set, new_callable, kwargs):
        self.getter, self.attribute, self.new = getter, attribute, new
        self.spec, self.create, self.spec_set = spec, create, spec_set
        self.new_callable, self.kwargs = new_callable, kwargs
        self.additional_patchers = []

    def copy(self):
        return _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                      self.new_callable, self.kwargs)

    def __enter__(self):
        target = self.target = self.getter()
        name = self.attribute
        try:  # an attribute of the target's own is put back as it was (descriptors too)
            self.original, self.local = vars(target)[name], True
        except (TypeError, KeyError):
            self.original, self.local = getattr(target, name, DEFAULT), False
        if self.original is DEFAULT and not self.create:
            raise AttributeError(f"{target!r} does not have the attribute {name!r}")
        new = self.new
        if new is DEFAULT:
            factory = self.new_callable or MagicMock
            options = dict(self.kwargs)
            if self.spec is not None:
                options["spec"] = getattr(target, name) if self.spec is True else self.spec
            if self.spec_set is not None:
                options["spec_set"] = getattr(target, name) if self.spec_set is True else self.spec_set
            new = factory(**options)
        setattr(target, name, new)
        return new

    def __exit__(self, *exc_info):
        if self.local:
            setattr(self.target, self.attribute, self.original)
            return False
        delattr(self.target, self.attribute)
        if self.original is not DEFAULT and not hasattr(self.target, self.attribute):
            setattr(self.target, self.attribute, self.original)  # it came from somewhere delattr missed
        return False

    def start(self):
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        if self in _active_patches:
            _active_patches.remove(self)
        return self.__exit__(None, None, None)

    def __call__(self, func):
        if isinstance(func, type):
            for attr, value in list(vars(func).items()):
                if attr.startswith(patch.TEST_PREFIX) and callable(value):
                    setattr(func, attr, self.copy()(value))
            return func
        return _decorate(func, self)


def _decorate(func, patcher):
    """Applies patcher around calls of func; stacked patches share one wrapper
    (the mocks follow the arguments, the innermost decorator's first)."""
    if hasattr(func, "patchings"):
        func.patchings.append(patcher)
        return func

    def enter_all(patchings, args):
        entered = []
        try:
            for p in patchings:
                new = p.__enter__()
                entered.append(p)
                if p.new is DEFAULT:
                    args += (new,)
        except BaseException:
            for p in reversed(entered):
                p.__exit__(*sys.exc_info())
            raise
        return entered, args

    if inspect.iscoroutinefunction(func):
        async def patched(*args, **kwargs):
            entered, args = enter_all(patched.patchings, args)
            try:
                return await func(*args, **kwargs)
            finally:
                for p in reversed(entered):
                    p.__exit__(None, None, None)
    else:
        def patched(*args, **kwargs):
            entered, args = enter_all(patched.patchings, args)
            try:
                return func(*args, **kwargs)
            finally:
                for p in reversed(entered):
                    p.__exit__(None, None, None)
    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(patched, attr, getattr(func, attr, None))
    patched.__wrapped__ = func
    patched.patchings = [patcher]
    return patched


_active_patches = []


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None,
          **kwargs):
    """Replaces the attribute named by the dotted `target` ("pkg.module.Name")
    with `new` (a MagicMock by default) as a decorator, context manager or
    with start()/stop()."""
    if not isinstance(target, str):
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    owner, _, attribute = target.rpartition(".")
    if not owner:
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return _patch(lambda: _importer(owner), attribute, new, spec, create, spec_set, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
                  new_callable=None, **kwargs):
    if isinstance(target, str):
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, new_callable, kwargs)


class _patch_dict:
    """patch.dict(d, values, clear=False): d updated (or replaced) for the
    duration, then put back as it was."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict, self.values, self.clear = in_dict, dict(values, **kwargs), clear

    def __enter__(self):
        target = self.target = _importer(self.in_dict) if isinstance(self.in_dict, str) else self.in_dict
        self.saved = dict(target)
        if self.clear:
            target.clear()
        target.update(self.values)
        return target

    def __exit__(self, *exc_info):
        self.target.clear()
        self.target.update(self.saved)
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)

    def __call__(self, func):
        if isinstance(func, type):
            for attr, value in list(vars(func).items()):
                if attr.startswith(patch.TEST_PREFIX) and callable(value):
                    setattr(func, attr, self(value))
            return func

        if inspect.iscoroutinefunction(func):
            async def patched(*args, **kwargs):
                with self:
                    return await func(*args, **kwargs)
        else:
            def patched(*args, **kwargs):
                with self:
                    return func(*args, **kwargs)
        patched.__name__, patched.__wrapped__ = func.__name__, func
        return patched


def _patch_stopall():
    while _active_patches:
        _active_patches[-1].stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"

# }====


def mock_open(mock=None, read_data=""):
    """A mock for open(): the file it returns reads read_data (again from the
    start at each open) and records writes."""
    state = {"data": read_data}

    def lines():
        return iter(state["data"].splitlines(True))

    if mock is None:
        mock = MagicMock(name="open", spec=open)
    handle = MagicMock(spec=[n for n in dir(_FILE_LIKE) if not n.startswith("__")] + ["__enter__", "__exit__",
                                                                                       "__iter__", "__next__"])
    handle.__enter__.return_value = handle
    handle.write.return_value = None

    def reset(*args, **kwargs):
        state["lines"] = lines()
        return DEFAULT

    def read(*args):
        rest = read_data[:0].join(state["lines"])
        state["lines"] = iter(())
        if args and args[0] is not None and args[0] >= 0:
            head, tail = rest[:args[0]], rest[args[0]:]
            state["lines"] = iter(tail.splitlines(True))
            return head
        return rest

    def readline(*args):
        return next(state["lines"], "")

    def readlines(*args):
        return list(state["lines"])

    handle.read.side_effect = read
    handle.readline.side_effect = readline
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lambda: state["lines"]
    handle.__next__.side_effect = lambda: next(state["lines"])
    state["lines"] = lines()
    mock.side_effect = reset
    mock.return_value = handle
    return mock


class _FILE_LIKE:
    """The methods a mock_open file handle has."""

    def read(self, size=-1): ...
    def readline(self, size=-1): ...
    def readlines(self, hint=-1): ...
    def write(self, data): ...
    def writelines(self, lines): ...
    def close(self): ...
    def flush(self): ...
    def seek(self, offset, whence=0): ...
    def tell(self): ...
    def fileno(self): ...
    def readable(self): ...
    def writable(self): ...
    def seekable(self): ...
    def truncate(self, size=None): ...
