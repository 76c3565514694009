"""Tools for `with` and `async with`: context managers from generators,
exit stacks, and small ready-made managers (suppress, closing, redirect_stdout...)."""

import abc
import sys
import _collections_abc
from collections import deque
from functools import wraps
from types import MethodType, GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]


def _protocol_hook(*methods):
    """__subclasshook__ of an ABC: classes defining all `methods` are its
    virtual subclasses (the ABC's own subclasses do not inherit the rule)."""
    @classmethod
    def __subclasshook__(cls, other):
        if '__subclasshook__' in cls.__dict__:
            return _collections_abc._check_methods(other, *methods)
        return NotImplemented
    return __subclasshook__


class AbstractContextManager(abc.ABC):
    """ABC of objects usable in `with`: __enter__ (returning self by default)
    and __exit__."""

    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)
    __subclasshook__ = _protocol_hook('__enter__', '__exit__')

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager(abc.ABC):
    """ABC of objects usable in `async with`: __aenter__ (returning self by
    default) and __aexit__."""

    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)
    __subclasshook__ = _protocol_hook('__aenter__', '__aexit__')

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


def _same_manager(self):
    """The manager for one decorated call: self, unless it can only be used once."""
    return self


def _run_within(manager, func):
    def run(*args, **kwds):
        with manager._recreate_cm():
            return func(*args, **kwds)
    return wraps(func)(run)


async def _await_within(manager, func, args, kwds):
    async with manager._recreate_cm():
        return await func(*args, **kwds)


class ContextDecorator(object):
    """Mixin letting a context manager decorate functions: each call of the
    function runs inside the context."""

    _recreate_cm = _same_manager

    def __call__(self, func):
        return _run_within(self, func)


class AsyncContextDecorator(object):
    """ContextDecorator for async context managers and coroutine functions."""

    _recreate_cm = _same_manager

    def __call__(self, func):
        async def run(*args, **kwds):
            return await _await_within(self, func, args, kwds)
        return wraps(func)(run)


def _is_thrown(raised, thrown, stop_types):
    """The exception thrown into a generator came back out: as itself, or as
    the RuntimeError that PEP 479 makes of a StopIteration."""
    return raised is thrown or (isinstance(raised, RuntimeError) and isinstance(thrown, stop_types)
                                and raised.__cause__ is thrown)


class _GeneratorContextManagerBase:
    """A context manager running a generator: up to its yield on entry, the
    rest on exit (exceptions of the block are thrown in at the yield)."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # the decorated function's docstring describes the manager
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # each decorated call needs a generator of its own
        return type(self)(self.func, self.args, self.kwds)

    def _started(self):
        # past this point the manager cannot be recreated
        del self.func, self.args, self.kwds

    @staticmethod
    def _exception_for(typ, value):
        # an exception given only by its type is made as `with` would
        return typ() if value is None else value


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """What @contextmanager functions return."""

    def __enter__(self):
        self._started()
        for value in self.gen:  # its first value, if any
            return value
        raise RuntimeError("generator didn't yield")

    def __exit__(self, typ, value, traceback):
        if typ is None:
            for _ in self.gen:  # it has to finish now
                self._refuse_more("generator didn't stop")
            return False
        value = self._exception_for(typ, value)
        try:
            self.gen.throw(value)
        except StopIteration as stop:
            return stop is not value  # the generator caught the exception: suppressed
        except BaseException as raised:
            if not _is_thrown(raised, value, StopIteration):
                raise
            value.__traceback__ = traceback
            return False
        self._refuse_more("generator didn't stop after throw()")

    def _refuse_more(self, message):
        try:
            raise RuntimeError(message)
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """What @asynccontextmanager functions return."""

    async def __aenter__(self):
        self._started()
        async for value in self.gen:  # its first value, if any
            return value
        raise RuntimeError("generator didn't yield")

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            async for _ in self.gen:  # it has to finish now
                await self._refuse_more("generator didn't stop")
            return False
        value = self._exception_for(typ, value)
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as raised:
            if not _is_thrown(raised, value, (StopIteration, StopAsyncIteration)):
                raise
            value.__traceback__ = traceback
            return False
        await self._refuse_more("generator didn't stop after athrow()")

    async def _refuse_more(self, message):
        try:
            raise RuntimeError(message)
        finally:
            await self.gen.aclose()


def contextmanager(func):
    """Decorator making a context manager of a generator function that yields
    once: the code before the yield runs on entry (the yielded value is what
    `as` binds), the code after it on exit.

        @contextmanager
        def opened(path):
            f = open(path)
            try:
                yield f
            finally:
                f.close()
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """contextmanager for async generator functions, used with `async with`."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


def _hold(self, thing):
    self.thing = thing


def _give_thing(self):
    return self.thing


async def _agive_thing(self):
    return self.thing


class closing(AbstractContextManager):
    """Calls thing.close() when the block ends: with closing(conn) as c: ..."""

    __init__, __enter__ = _hold, _give_thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() when the block ends (async generators, mostly)."""

    __init__, __aenter__ = _hold, _agive_thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):
    """Swaps sys.<_stream> for the block; reentrant (previous streams are stacked)."""

    _stream = None

    def __init__(self, new_target):
        self._new_target, self._saved = new_target, []

    def _swap(self, stream):
        previous = getattr(sys, self._stream)
        setattr(sys, self._stream, stream)
        return previous

    def __enter__(self):
        self._saved.append(self._swap(self._new_target))
        return self._new_target

    def __exit__(self, *exc_info):
        self._swap(self._saved.pop())


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout elsewhere for the block: with redirect_stdout(buffer): ..."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr elsewhere for the block."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Ignores the listed exceptions when the block raises them (for
    groups: the matching members): with suppress(KeyError): del d[k]"""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return None
        if issubclass(exc_type, self._exceptions):
            return True
        if not issubclass(exc_type, BaseExceptionGroup):
            return False
        # of a group, only the members not listed propagate
        _, rest = exc.split(self._exceptions)
        if rest is not None:
            raise rest
        return True


def _fix_exception_context(new_exc, old_exc, frame_exc):
    """Links new_exc's context chain to old_exc, as if the exit callbacks had
    been nested with statements."""
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        new_exc = context
    new_exc.__context__ = old_exc


class _Unwinding:
    """The exception in flight while an exit stack calls its callbacks."""

    def __init__(self, exc_details):
        self.details = exc_details
        self.received = exc_details[0] is not None
        self.frame_exc = sys.exception()  # being handled around the `with`
        self.suppressed = self.pending = False

    def returned(self, suppress):
        if suppress:
            self.suppressed, self.pending = True, False
            self.details = (None, None, None)

    def raised(self, exc):
        _fix_exception_context(exc, self.details[1], self.frame_exc)
        self.pending = True
        self.details = (type(exc), exc, exc.__traceback__)

    def result(self):
        if not self.pending:
            return self.received and self.suppressed
        exc = self.details[1]
        context = exc.__context__  # raise would replace what the callbacks set up
        try:
            raise exc
        except BaseException:
            exc.__context__ = context
            raise


class _BaseExitStack:
    """What ExitStack and AsyncExitStack share: a stack of (is_sync, callback)."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """A new stack taking over all the callbacks; this one is left empty."""
        heir = type(self)()
        heir._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return heir

    def _push_exit(self, exit, method_name, is_sync):
        method = getattr(type(exit), method_name, None)
        self._exit_callbacks.append((is_sync, exit if method is None else MethodType(method, exit)))
        return exit

    def _enter_methods(self, cm, enter, exit, protocol):
        cls = type(cm)
        try:
            return getattr(cls, enter), getattr(cls, exit)
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support "
                            f"the {protocol} protocol") from None

    def push(self, exit):
        """Adds an exit callback with __exit__'s signature (or an object with
        __exit__); returns it, so this works as a decorator."""
        return self._push_exit(exit, '__exit__', True)

    def enter_context(self, cm):
        """Enters cm and adds its __exit__; returns what __enter__ returned."""
        enter, exit = self._enter_methods(cm, '__enter__', '__exit__', 'context manager')
        result = enter(cm)
        self._exit_callbacks.append((True, MethodType(exit, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Adds callback(*args, **kwds) to be called at exit (it cannot
        suppress exceptions)."""
        def call(exc_type, exc, tb):
            callback(*args, **kwds)
        call.__wrapped__ = callback
        self._exit_callbacks.append((True, call))
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager made of any number of exit callbacks, run last-in
    first-out on exit:

        with ExitStack() as stack:
            files = [stack.enter_context(open(name)) for name in names]
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        unwinding = _Unwinding(exc_details)
        while self._exit_callbacks:
            _, callback = self._exit_callbacks.pop()
            try:
                unwinding.returned(callback(*unwinding.details))
            except BaseException as exc:
                unwinding.raised(exc)
        return unwinding.result()

    def close(self):
        """Runs the callbacks now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for `async with`: callbacks may also be coroutine functions
    and async context managers."""

    async def enter_async_context(self, cm):
        """Enters the async manager cm and adds its __aexit__; returns what
        __aenter__ returned."""
        enter, exit = self._enter_methods(cm, '__aenter__', '__aexit__',
                                          'asynchronous context manager')
        result = await enter(cm)
        self._exit_callbacks.append((False, MethodType(exit, cm)))
        return result

    def push_async_exit(self, exit):
        """Adds a coroutine function with __aexit__'s signature (or an object
        with __aexit__)."""
        return self._push_exit(exit, '__aexit__', False)

    def push_async_callback(self, callback, /, *args, **kwds):
        """Adds callback(*args, **kwds), awaited at exit."""
        async def call(exc_type, exc, tb):
            await callback(*args, **kwds)
        call.__wrapped__ = callback
        self._exit_callbacks.append((False, call))
        return callback

    async def aclose(self):
        """Runs the callbacks now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        unwinding = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                outcome = callback(*unwinding.details)
                unwinding.returned(outcome if is_sync else await outcome)
            except BaseException as exc:
                unwinding.raised(exc)
        return unwinding.result()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager doing nothing, for `with` or `async with`; entering
    gives enter_result:

        with (lock if needed else nullcontext()):
            ...
    """

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc_info):
        return None

    async def __aenter__(self):
        return self.__enter__()

    async def __aexit__(self, *exc_info):
        return self.__exit__(*exc_info)


class chdir(AbstractContextManager):
    """Changes the working directory for the block (process-wide, so not thread-safe)."""

    def __init__(self, path):
        self.path, self._old_cwd = path, []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *exc_info):
        import os
        os.chdir(self._old_cwd.pop())
