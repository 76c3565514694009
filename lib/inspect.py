"""inspect: introspection of live objects (a practical subset of CPython's).

Type checks, generator/coroutine states, members, source lines, docstrings
and signatures built from code objects.
"""

import builtins
import enum
import sys
import types
from collections import namedtuple as _namedtuple

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"
CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"
AGEN_CREATED = "AGEN_CREATED"
AGEN_RUNNING = "AGEN_RUNNING"
AGEN_SUSPENDED = "AGEN_SUSPENDED"
AGEN_CLOSED = "AGEN_CLOSED"

# {==== kinds of objects


def _kind_test(name, kind, doc):
    def test(object):
        return isinstance(object, kind)
    test.__name__ = test.__qualname__ = name
    test.__doc__ = doc
    return test


ismodule = _kind_test("ismodule", types.ModuleType, "Return true if the object is a module.")
isclass = _kind_test("isclass", type, "Return true if the object is a class.")
ismethod = _kind_test("ismethod", types.MethodType, "Return true if the object is an instance method.")
isfunction = _kind_test("isfunction", types.FunctionType, "Return true if the object is a user-defined function.")
isbuiltin = _kind_test("isbuiltin", types.BuiltinFunctionType, "Return true if the object is a built-in function or method.")
isgenerator = _kind_test("isgenerator", types.GeneratorType, "Return true if the object is a generator.")
iscoroutine = _kind_test("iscoroutine", types.CoroutineType, "Return true if the object is a coroutine.")
isasyncgen = _kind_test("isasyncgen", types.AsyncGeneratorType, "Return true if the object is an asynchronous generator.")
istraceback = _kind_test("istraceback", types.TracebackType, "Return true if the object is a traceback.")
isframe = _kind_test("isframe", types.FrameType, "Return true if the object is a frame object.")
iscode = _kind_test("iscode", types.CodeType, "Return true if the object is a code object.")


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def _unwrap_partial(func):
    while type(func).__name__ == "partial" and hasattr(func, "func"):
        func = func.func
    return func


def _signature_is_functionlike(obj):
    return callable(obj) and isinstance(getattr(obj, "__code__", None), types.CodeType)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    if hasattr(func, "__func__"):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    if _has_code_flag(obj, CO_COROUTINE):
        return True
    while ismethod(obj):
        obj = obj.__func__
    return getattr(_unwrap_partial(obj), "_is_coroutine_marker", None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)





def isawaitable(object):
    return (isinstance(object, types.CoroutineType)
            or isinstance(object, types.GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
            or hasattr(type(object), "__await__"))





def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, "__abstractmethods__", None))

# }====
# {==== generator and coroutine states


def _lifecycle_state(running, suspended, frame, prefix):
    if running:
        return prefix + "_RUNNING"
    if suspended:
        return prefix + "_SUSPENDED"
    return prefix + ("_CLOSED" if frame is None else "_CREATED")


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _lifecycle_state(generator.gi_running, generator.gi_suspended, generator.gi_frame, "GEN")


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _lifecycle_state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame, "CORO")


def getasyncgenstate(agen):
    """AGEN_CREATED, AGEN_RUNNING, AGEN_SUSPENDED or AGEN_CLOSED."""
    return _lifecycle_state(agen.ag_running, getattr(agen, "ag_suspended", False),
                            getattr(agen, "ag_frame", None), "AGEN")

# }====
# {==== members, docs, source


def getmembers(object, predicate=None):
    results = []
    names = dir(object)
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmodule(object):
    if ismodule(object):
        return object
    name = getattr(object, "__module__", None)
    return sys.modules.get(name) if name else None


def cleandoc(doc):
    """Docstring text without its indentation: the first line loses its
    leading blanks, the others the indentation they share; blank lines
    at either end go."""
    first, *rest = doc.expandtabs().split("\n")
    widths = [len(line) - len(line.lstrip()) for line in rest if line.strip()]
    cut = min(widths) if widths else 0
    lines = [first.lstrip()] + [line[cut:] for line in rest]
    while lines and not lines[0]:
        del lines[0]
    while lines and not lines[-1]:
        del lines[-1]
    return "\n".join(lines)


def getdoc(object):
    doc = getattr(object, "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, *, stop=None):
    seen = {id(func)}
    while hasattr(func, "__wrapped__") and not (stop and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen.add(id(func))
    return func


# each step leads from one kind of object to the next, ending at its code
_STEPS_TO_CODE = ((ismethod, "__func__"), (isfunction, "__code__"),
                  (istraceback, "tb_frame"), (isframe, "f_code"))


def _code_of(object):
    object = unwrap(object) if hasattr(object, "__wrapped__") else object
    for is_kind, attr in _STEPS_TO_CODE:
        if is_kind(object):
            object = getattr(object, attr)
    if iscode(object):
        return object
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(object).__name__))


def getfile(object):
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, "__file__", None):
            return module.__file__
        raise TypeError("{!r} is a built-in class".format(object))
    return _code_of(object).co_filename


getsourcefile = getfile


def getsourcelines(object):
    """The lines of a function's (or a module's) source and its first line number."""
    import linecache
    filename = getfile(object)
    lines = linecache.getlines(filename)
    if not lines:
        raise OSError("could not get source code")
    if ismodule(object):
        return lines, 0
    start = _code_of(object).co_firstlineno - 1
    # decorators come first; the block ends where the indentation does
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    end = start + 1
    header_done = first.rstrip().endswith(":") or first.lstrip().startswith("lambda")
    while end < len(lines):
        line = lines[end]
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            cur = len(line) - len(line.lstrip())
            if header_done and cur <= indent:
                break
            if not header_done and line.rstrip().endswith(":"):
                header_done = True
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return lines[start:end], start + 1


def getsource(object):
    lines, _ = getsourcelines(object)
    return "".join(lines)

# }====
# {==== frames


def currentframe():
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


class Traceback(_namedtuple("Traceback", "filename lineno function code_context index")):
    """Where a frame is: file, line, function and `context` source lines
    around the line (index: the line's place among them). `positions` is
    an attribute beside the tuple fields; Ay leaves it None."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return (f"Traceback(filename={self.filename!r}, lineno={self.lineno!r}, function={self.function!r}, "
                f"code_context={self.code_context!r}, index={self.index!r}, positions={self.positions!r})")


class FrameInfo(_namedtuple("FrameInfo", "frame filename lineno function code_context index")):
    """A frame with what getframeinfo() tells of it."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        self = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        self.positions = positions
        return self

    def __repr__(self):
        return (f"FrameInfo(frame={self.frame!r}, filename={self.filename!r}, lineno={self.lineno!r}, "
                f"function={self.function!r}, code_context={self.code_context!r}, index={self.index!r}, "
                f"positions={self.positions!r})")


def getframeinfo(frame, context=1):
    """Traceback(...) for a frame or a traceback entry."""
    if istraceback(frame):
        lineno, frame = frame.tb_lineno, frame.tb_frame
    else:
        lineno = frame.f_lineno  # (what is neither fails here, as in CPython)
    if not isframe(frame):
        raise TypeError(f"{frame!r} is not a frame or traceback object")
    filename = frame.f_code.co_filename
    lines = index = None
    if context > 0:
        import linecache
        source = linecache.getlines(filename, frame.f_globals)
        if source:
            first = max(0, min(lineno - 1 - context // 2, len(source) - context))
            lines = source[first:first + context]
            index = lineno - 1 - first
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def _frame_info(frame, context):
    return FrameInfo(frame, *getframeinfo(frame, context))


def getouterframes(frame, context=1):
    """FrameInfo for frame and each frame that called it, innermost first."""
    infos = []
    while frame is not None:
        infos.append(_frame_info(frame, context))
        frame = frame.f_back
    return infos


def getinnerframes(tb, context=1):
    """FrameInfo for each entry of a traceback, outermost first."""
    infos = []
    while tb is not None:
        info = getframeinfo(tb, context)
        infos.append(FrameInfo(tb.tb_frame, *info))
        tb = tb.tb_next
    return infos


def stack(context=1):
    """FrameInfo for the caller and the frames above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo for the traceback of the exception being handled."""
    return getinnerframes(sys.exc_info()[2], context)

# }====
# {==== signatures


class _empty:
    """Marker for "no default" and "no annotation"."""


_Empty = _empty
_NOT_GIVEN = object()  # for replace(): a field passed as empty is cleared, one left out is kept


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return ("positional-only", "positional or keyword", "variadic positional",
                "keyword-only", "variadic keyword")[self.value]


class Parameter:
    POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
    KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
    VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_Empty, annotation=_Empty):
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_NOT_GIVEN, kind=_NOT_GIVEN, default=_NOT_GIVEN, annotation=_NOT_GIVEN):
        return Parameter(self._name if name is _NOT_GIVEN else name,
                         self._kind if kind is _NOT_GIVEN else kind,
                         default=self._default if default is _NOT_GIVEN else default,
                         annotation=self._annotation if annotation is _NOT_GIVEN else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _Empty:
            text += ": " + _annotation_text(self._annotation)
        if self._default is not _Empty:
            text += (" = " if self._annotation is not _Empty else "=") + repr(self._default)
        if self._kind == Parameter.VAR_POSITIONAL:
            text = "*" + text
        elif self._kind == Parameter.VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<Parameter "{}">'.format(self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == \
            (other._name, other._kind, other._default, other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind))


def _annotation_text(a):
    if isinstance(a, type):
        return a.__qualname__ if a.__module__ == "builtins" else "{}.{}".format(a.__module__, a.__qualname__)
    return repr(a)


class Signature:
    empty = _Empty

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return signature(obj, follow_wrapped=follow_wrapped)

    def __init__(self, parameters=None, *, return_annotation=_Empty):
        self._parameters = {p.name: p for p in (parameters or ())}
        self._return_annotation = return_annotation

    parameters = property(lambda self: types.MappingProxyType(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_NOT_GIVEN, return_annotation=_NOT_GIVEN):
        return Signature(self._parameters.values() if parameters is _NOT_GIVEN else parameters,
                         return_annotation=self._return_annotation if return_annotation is _NOT_GIVEN
                         else return_annotation)

    def __str__(self):
        parts = []
        slash_done = True
        star_done = False
        for p in self._parameters.values():
            if p.kind == Parameter.POSITIONAL_ONLY:
                slash_done = False
            elif not slash_done:
                parts.append("/")
                slash_done = True
            if p.kind == Parameter.VAR_POSITIONAL:
                star_done = True
            elif p.kind == Parameter.KEYWORD_ONLY and not star_done:
                parts.append("*")
                star_done = True
            parts.append(str(p))
        if not slash_done:
            parts.append("/")
        text = "({})".format(", ".join(parts))
        if self._return_annotation is not _Empty:
            text += " -> " + _annotation_text(self._return_annotation)
        return text

    def __repr__(self):
        return "<Signature {}>".format(self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return list(self._parameters.values()) == list(other._parameters.values()) and \
            self._return_annotation == other._return_annotation

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=False)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        args = list(args)
        kwargs = dict(kwargs)
        for p in params:
            if p.kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
                if args:
                    arguments[p.name] = args.pop(0)
                elif p.kind == Parameter.POSITIONAL_OR_KEYWORD and p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _Empty and not partial:
                    raise TypeError("missing a required argument: {!r}".format(p.name))
            elif p.kind == Parameter.VAR_POSITIONAL:
                if args:
                    arguments[p.name] = tuple(args)
                    args = []
            elif p.kind == Parameter.KEYWORD_ONLY:
                if p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _Empty and not partial:
                    raise TypeError("missing a required argument: {!r}".format(p.name))
            elif p.kind == Parameter.VAR_KEYWORD:
                if kwargs:
                    arguments[p.name] = kwargs
                    kwargs = {}
        if args:
            raise TypeError("too many positional arguments")
        if kwargs:
            raise TypeError("got an unexpected keyword argument {!r}".format(next(iter(kwargs))))
        return BoundArguments(self, arguments)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        out = []
        for p in self.signature.parameters.values():
            if p.kind in (Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD) or p.name not in self.arguments:
                if p.kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
                    break
                continue
            if p.kind == Parameter.VAR_POSITIONAL:
                out.extend(self.arguments[p.name])
            else:
                out.append(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        for p in self.signature.parameters.values():
            if p.name not in self.arguments:
                continue
            if p.kind == Parameter.KEYWORD_ONLY:
                out[p.name] = self.arguments[p.name]
            elif p.kind == Parameter.VAR_KEYWORD:
                out.update(self.arguments[p.name])
        return out

    def apply_defaults(self):
        # rebuilt in parameter order, the defaults in their places
        given = self.arguments
        self.arguments = {}
        for p in self.signature.parameters.values():
            if p.name in given:
                self.arguments[p.name] = given[p.name]
            elif p.default is not _Empty:
                self.arguments[p.name] = p.default
            elif p.kind == Parameter.VAR_POSITIONAL:
                self.arguments[p.name] = ()
            elif p.kind == Parameter.VAR_KEYWORD:
                self.arguments[p.name] = {}

    def __repr__(self):
        return "<BoundArguments ({})>".format(", ".join("{}={!r}".format(k, v) for k, v in self.arguments.items()))


def _signature_from_function(func, skip_first):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, "__annotations__", None) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        kind = Parameter.POSITIONAL_ONLY if i < nposonly else Parameter.POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _Empty
        params.append(Parameter(names[i], kind, default=default, annotation=annotations.get(names[i], _Empty)))
    i = npos
    kwonly = names[npos:npos + nkwonly]
    i += nkwonly
    if code.co_flags & CO_VARARGS:
        name = names[i]
        params.append(Parameter(name, Parameter.VAR_POSITIONAL, annotation=annotations.get(name, _Empty)))
        i += 1
    for name in kwonly:
        params.append(Parameter(name, Parameter.KEYWORD_ONLY, default=kwdefaults.get(name, _Empty),
                                annotation=annotations.get(name, _Empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[i]
        params.append(Parameter(name, Parameter.VAR_KEYWORD, annotation=annotations.get(name, _Empty)))
    if skip_first and params and params[0].kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
        params = params[1:]
    return Signature(params, return_annotation=annotations.get("return", _Empty))


FullArgSpec = _namedtuple("FullArgSpec", "args varargs varkw defaults kwonlyargs kwonlydefaults annotations")


def getfullargspec(func):
    """The parameters of func by kind; a bound method's first parameter stays."""
    try:
        if ismethod(func) or isfunction(func):
            sig = _signature_from_function(getattr(func, "__func__", func), False)
        else:
            sig = signature(func, follow_wrapped=False)
    except Exception as e:
        raise TypeError("unsupported callable") from e
    args, kwonlyargs, defaults, kwonlydefaults = [], [], (), {}
    varargs = varkw = None
    annotations = {} if sig.return_annotation is _Empty else {"return": sig.return_annotation}
    for p in sig.parameters.values():
        if p.annotation is not _Empty:
            annotations[p.name] = p.annotation
        if p.kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
            args.append(p.name)
            if p.default is not _Empty:
                defaults += (p.default,)
        elif p.kind == Parameter.VAR_POSITIONAL:
            varargs = p.name
        elif p.kind == Parameter.KEYWORD_ONLY:
            kwonlyargs.append(p.name)
            if p.default is not _Empty:
                kwonlydefaults[p.name] = p.default
        else:
            varkw = p.name
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwonlydefaults or None, annotations)


def getmro(cls):
    return cls.__mro__


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's annotations (a class's own, not its bases'); with
    eval_str, string annotations are evaluated in obj's namespace."""
    if isinstance(obj, type):
        annotations = obj.__dict__.get("__annotations__", None)
        namespace, scope = getattr(sys.modules.get(obj.__module__), "__dict__", None), dict(vars(obj))
    elif isinstance(obj, types.ModuleType):
        annotations = getattr(obj, "__annotations__", None)
        namespace, scope = obj.__dict__, None
    elif callable(obj):
        annotations = getattr(obj, "__annotations__", None)
        namespace, scope = getattr(unwrap(obj) if hasattr(obj, "__wrapped__") else obj, "__globals__", None), None
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if annotations is None:
        return {}
    if not isinstance(annotations, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not eval_str:
        return dict(annotations)
    namespace = namespace if globals is None else globals
    scope = scope if locals is None else locals
    return {key: eval(value, namespace, scope) if isinstance(value, str) else value
            for key, value in annotations.items()}


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError(f"{generator!r} is not a Python generator")
    frame = generator.gi_frame
    return frame.f_locals if frame is not None else {}


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


ClosureVars = _namedtuple("ClosureVars", "nonlocals globals builtins unbound")


def getclosurevars(func):
    """The names func's code uses, by where they are found now (attribute names
    are among them, as Ay's code objects keep them with the global names)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f"{func!r} is not a Python function")
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocals = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    module_namespace = func.__globals__
    builtin_namespace = module_namespace.get("__builtins__", builtins.__dict__)
    if isinstance(builtin_namespace, types.ModuleType):
        builtin_namespace = builtin_namespace.__dict__
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in dict.fromkeys(code.co_names):
        if name in ("None", "True", "False"):
            continue
        if name in module_namespace:
            global_vars[name] = module_namespace[name]
        elif name in builtin_namespace:
            builtin_vars[name] = builtin_namespace[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocals, global_vars, builtin_vars, unbound)


def signature(obj, *, follow_wrapped=True):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        return sig
    if ismethod(obj):
        return _signature_from_function(obj.__func__, True)
    if isfunction(obj):
        return _signature_from_function(obj, False)
    if type(obj).__name__ == "partial":
        base = signature(obj.func)
        return base.replace(parameters=list(base.parameters.values())[len(obj.args):])
    if isclass(obj):
        init = getattr(obj, "__init__", None)
        if isfunction(init):
            return _signature_from_function(init, True)
        new = getattr(obj, "__new__", None)
        if isfunction(new):
            return _signature_from_function(new, True)
        if init is object.__init__ and new is object.__new__:
            return Signature()
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    call = getattr(type(obj), "__call__", None)
    if isfunction(call):
        return _signature_from_function(call, True)
    raise ValueError("no signature found for {!r}".format(obj))

# }====
