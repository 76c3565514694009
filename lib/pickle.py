"""Serialize Python objects to bytes and back (protocols 0 to 5).

dumps()/dump() write the same bytes CPython's pickle writes for the builtin
types and for instances reduced through __reduce_ex__ (memo, frames and
opcode choices included), so pickles move between Ay and CPython.
"""

import codecs
import copyreg
import io
import sys
from struct import pack, unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# The opcodes, by protocol.
MARK, STOP, POP, POP_MARK, DUP = b"(", b".", b"0", b"1", b"2"
FLOAT, INT, BININT, BININT1, LONG = b"F", b"I", b"J", b"K", b"L"
BININT2, NONE, PERSID, BINPERSID, REDUCE = b"M", b"N", b"P", b"Q", b"R"
STRING, BINSTRING, SHORT_BINSTRING = b"S", b"T", b"U"
UNICODE, BINUNICODE = b"V", b"X"
APPEND, BUILD, GLOBAL, DICT, EMPTY_DICT = b"a", b"b", b"c", b"d", b"}"
APPENDS, GET, BINGET, INST, LONG_BINGET = b"e", b"g", b"h", b"i", b"j"
LIST, EMPTY_LIST, OBJ, PUT, BINPUT = b"l", b"]", b"o", b"p", b"q"
LONG_BINPUT, SETITEM, TUPLE, EMPTY_TUPLE, SETITEMS = b"r", b"s", b"t", b")", b"u"
BINFLOAT = b"G"
TRUE, FALSE = b"I01\n", b"I00\n"
# protocol 2
PROTO, NEWOBJ, EXT1, EXT2, EXT4 = b"\x80", b"\x81", b"\x82", b"\x83", b"\x84"
TUPLE1, TUPLE2, TUPLE3 = b"\x85", b"\x86", b"\x87"
NEWTRUE, NEWFALSE, LONG1, LONG4 = b"\x88", b"\x89", b"\x8a", b"\x8b"
# protocol 3
BINBYTES, SHORT_BINBYTES = b"B", b"C"
# protocol 4
SHORT_BINUNICODE, BINUNICODE8, BINBYTES8 = b"\x8c", b"\x8d", b"\x8e"
EMPTY_SET, ADDITEMS, FROZENSET, NEWOBJ_EX = b"\x8f", b"\x90", b"\x91", b"\x92"
STACK_GLOBAL, MEMOIZE, FRAME = b"\x93", b"\x94", b"\x95"
# protocol 5
BYTEARRAY8, NEXT_BUFFER, READONLY_BUFFER = b"\x96", b"\x97", b"\x98"

_TUPLE_BY_SIZE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
# Frames (protocol 4+) close at the first object boundary past this size.
_FRAME_TARGET = 64 * 1024
_BATCH = 1000


def encode_long(x):
    """x as little-endian two's complement in the fewest bytes (b'' for 0)."""
    if x == 0:
        return b""
    data = x.to_bytes((x.bit_length() >> 3) + 1, "little", signed=True)
    if x < 0 and len(data) > 1 and data[-1] == 0xFF and data[-2] & 0x80:
        data = data[:-1]
    return data


def decode_long(data):
    return int.from_bytes(data, "little", signed=True)


def _lookup_dotted(obj, dotted):
    for part in dotted.split("."):
        if part == "<locals>":
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(dotted, obj))
        obj = getattr(obj, part)
    return obj


def whichmodule(obj, name):
    """The name of the module obj (called name there) lives in."""
    module = getattr(obj, "__module__", None)
    if isinstance(module, str):
        return module
    for mod_name, module in sys.modules.copy().items():
        if mod_name == "__main__" or module is None:
            continue
        try:
            if _lookup_dotted(module, name) is obj:
                return mod_name
        except AttributeError:
            pass
    return "__main__"


class _FrameWriter:
    """Collects output in frames (protocol 4+) and writes them to the file."""

    def __init__(self, write):
        self.file_write = write
        self.frame = None

    def start(self):
        self.frame = io.BytesIO()

    def end(self):
        self.commit(force=True)
        self.frame = None

    def commit(self, force=False):
        frame = self.frame
        if frame is None or (frame.tell() < _FRAME_TARGET and not force):
            return
        data = frame.getvalue()
        if data:
            if len(data) >= 4:
                self.file_write(FRAME + pack("<Q", len(data)))
            self.file_write(data)
            self.frame = io.BytesIO()

    def write(self, data):
        if self.frame is not None:
            self.frame.write(data)
        else:
            self.file_write(data)


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._out = _FrameWriter(file.write)
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.write = self._out.write
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write a pickle of obj."""
        if not hasattr(self, "_out"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        header = PROTO + bytes([self.proto]) if self.proto >= 2 else b""
        self.write(header)
        if self.proto >= 4:
            self._out.start()    # the header stays outside the first frame
        self.save(obj)
        self.write(STOP)
        self._out.end()

    # -- the memo

    def memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self.write(self._put(index))
        self.memo[id(obj)] = index, obj

    def _put(self, index):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            return BINPUT + bytes([index]) if index < 256 else \
                LONG_BINPUT + pack("<I", index)
        return PUT + repr(index).encode("ascii") + b"\n"

    def get(self, index):
        if self.bin:
            return BINGET + bytes([index]) if index < 256 else \
                LONG_BINGET + pack("<I", index)
        return GET + repr(index).encode("ascii") + b"\n"

    # -- saving

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self._out.commit()       # a frame may end between objects
        if save_persistent_id:
            external = self.persistent_id(obj)
            if external is not None:
                self._save_external(external)
                return
        if id(obj) in self.memo:
            self.write(self.get(self.memo[id(obj)][0]))
            return
        kind = type(obj)
        if kind in self._plain_writers:
            self._plain_writers[kind](self, obj)
            return
        # reducer_override sees everything but the plain builtin values
        override = getattr(self, "reducer_override", None)
        reduced = override(obj) if override is not None else NotImplemented
        if reduced is NotImplemented:
            reduced = self._default_reduction(obj, kind)
            if reduced is None:
                return
        if isinstance(reduced, str):
            self.save_global(obj, reduced)
            return
        if not isinstance(reduced, tuple):
            raise PicklingError("%s must return string or tuple"
                                % (kind.__name__ + ".__reduce__()"))
        if not 2 <= len(reduced) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements"
                                % (kind.__name__ + ".__reduce__()"))
        self.save_reduce(*reduced, obj=obj)

    def _default_reduction(self, obj, kind):
        """How obj reduces when no override says: None once it is written
        (a global), else its reduce value."""
        if kind in self._global_writers:
            self._global_writers[kind](self, obj)
            return None
        table = getattr(self, "dispatch_table", copyreg.dispatch_table)
        if kind in table:
            return table[kind](obj)
        if isinstance(kind, type) and issubclass(kind, type):
            self.save_global(obj)
            return None
        reduce_ex = getattr(obj, "__reduce_ex__", None)
        if reduce_ex is not None:
            return reduce_ex(self.proto)
        reduce = getattr(obj, "__reduce__", None)
        if reduce is None:
            raise PicklingError("Can't pickle %r object: %r" % (kind.__name__, obj))
        return reduce()

    def _save_external(self, key):
        """An object persistent_id() names: only its key is written."""
        if not self.bin:
            text = str(key)
            if not text.isascii():
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self.write(PERSID + text.encode("ascii") + b"\n")
            return
        self.save(key, save_persistent_id=False)
        self.write(BINPERSID)

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        write = self.write
        name = getattr(func, "__name__", "")
        if self.proto >= 2 and name == "__newobj_ex__":
            cls, args, kwargs = args
            self._check_new_class(cls, obj, "NEWOBJ_EX")
            if self.proto >= 4:
                self.save(cls)
                self.save(args)
                self.save(kwargs)
                write(NEWOBJ_EX)
            else:
                self.save(_partial_new(cls, kwargs))
                self.save(args)
                write(REDUCE)
        elif self.proto >= 2 and name == "__newobj__":
            cls = args[0] if args else None
            self._check_new_class(cls, obj, "NEWOBJ")
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None and id(obj) in self.memo:
            # saving the arguments already built obj: use that one
            write(POP + self.get(self.memo[id(obj)][0]))
        elif obj is not None:
            self.memoize(obj)
        if listitems is not None:
            self._append_batches(listitems)
        if dictitems is not None:
            self._setitem_batches(dictitems)
        if state is None:
            return
        if state_setter is None:
            self.save(state)
            write(BUILD)
        else:
            self.save(state_setter)
            self.save(obj)
            self.save(state)
            write(TUPLE2 + REDUCE + POP)

    @staticmethod
    def _check_new_class(cls, obj, opcode):
        if not hasattr(cls, "__new__"):
            raise PicklingError("args[0] from %s args has no __new__"
                                % ("__newobj_ex__" if opcode == "NEWOBJ_EX" else "__newobj__"))
        if obj is not None and cls is not type(obj):
            raise PicklingError("args[0] from %s args has the wrong class"
                                % ("__newobj_ex__" if opcode == "NEWOBJ_EX" else "__newobj__"))

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if 0 <= obj < 0x100:
                self.write(BININT1 + bytes([obj]))
                return
            if 0 <= obj < 0x10000:
                self.write(BININT2 + pack("<H", obj))
                return
            if -0x80000000 <= obj <= 0x7FFFFFFF:
                self.write(BININT + pack("<i", obj))
                return
        if self.proto >= 2:
            data = encode_long(obj)
            if len(data) < 256:
                self.write(LONG1 + bytes([len(data)]) + data)
            else:
                self.write(LONG4 + pack("<i", len(data)) + data)
        elif -0x80000000 <= obj <= 0x7FFFFFFF:
            self.write(INT + repr(obj).encode("ascii") + b"\n")
        else:
            self.write(LONG + repr(obj).encode("ascii") + b"L\n")

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack(">d", obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b"\n")

    def _write_sized(self, small, large, huge, data):
        """Opcode (1-byte, 4-byte or 8-byte length), length, data."""
        n = len(data)
        if n < 256 and small is not None:
            self.write(small + bytes([n]) + data)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self._write_large(huge + pack("<Q", n), data)
        else:
            self._write_large(large + pack("<I", n), data)

    def _write_large(self, header, data):
        # big payloads bypass the frame, as CPython writes them
        if self._out.frame is not None and len(data) >= _FRAME_TARGET:
            self._out.commit(force=True)
            self._out.file_write(header)
            self._out.file_write(data)
        else:
            self.write(header + data)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(codecs.encode, (str(obj, "latin1"), "latin1"),
                                 obj=obj)
            return
        self._write_sized(SHORT_BINBYTES, BINBYTES, BINBYTES8, obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_large(BYTEARRAY8 + pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            data = obj.encode("utf-8", "surrogatepass")
            short = SHORT_BINUNICODE if self.proto >= 4 else None
            self._write_sized(short, BINUNICODE, BINUNICODE8, data)
        else:
            escaped = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000")
                       .replace("\n", "\\u000a").replace("\r", "\\u000d")
                       .replace("\x1a", "\\u001a"))
            self.write(UNICODE + escaped.encode("raw-unicode-escape") + b"\n")
        self.memoize(obj)

    def save_tuple(self, obj):
        write = self.write
        if not obj:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            seen = self.memo.get(id(obj))
            if seen is not None:
                # the tuple was built while saving its items (a cycle)
                write(POP * n + self.get(seen[0]))
            else:
                write(_TUPLE_BY_SIZE[n])
                self.memoize(obj)
            return
        write(MARK)
        for item in obj:
            self.save(item)
        seen = self.memo.get(id(obj))
        if seen is not None:
            write((POP_MARK if self.bin else POP * (n + 1)) + self.get(seen[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if self.bin and len(obj) > 1:
            self._marked_batches(obj, self.save, APPENDS, False)
        else:
            self._append_batches(obj)

    def _marked_batches(self, items, save_item, closing, empty_after_full):
        """Items in MARK ... closing runs of at most _BATCH (the last one
        too, however short); empty_after_full: when the last run is full, an
        empty one follows (CPython's dicts and sets)."""
        extra = 1 if empty_after_full and len(items) % _BATCH == 0 else 0
        for start in range(0, len(items) + extra, _BATCH):
            self.write(MARK)
            for item in items[start:start + _BATCH]:
                save_item(item)
            self.write(closing)

    def _append_batches(self, items):
        write = self.write
        if not self.bin:
            for item in items:
                self.save(item)
                write(APPEND)
            return
        items = iter(items)
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == _BATCH:
                    break
            if len(batch) > 1:
                write(MARK)
                for item in batch:
                    self.save(item)
                write(APPENDS)
            elif batch:
                self.save(batch[0])
                write(APPEND)
            if len(batch) < _BATCH:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if self.bin and len(obj) > 1:
            self._marked_batches(list(obj.items()), self._save_pair, SETITEMS, True)
        else:
            self._setitem_batches(obj.items())

    def _save_pair(self, pair):
        self.save(pair[0])
        self.save(pair[1])

    def _setitem_batches(self, items):
        write = self.write
        if not self.bin:
            for key, value in items:
                self.save(key)
                self.save(value)
                write(SETITEM)
            return
        items = iter(items)
        while True:
            batch = []
            for pair in items:
                batch.append(pair)
                if len(batch) == _BATCH:
                    break
            if len(batch) > 1:
                write(MARK)
                for key, value in batch:
                    self.save(key)
                    self.save(value)
                write(SETITEMS)
            elif batch:
                key, value = batch[0]
                self.save(key)
                self.save(value)
                write(SETITEM)
            if len(batch) < _BATCH:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        if obj:
            self._marked_batches(list(obj), self.save, ADDITEMS, True)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        seen = self.memo.get(id(obj))
        if seen is not None:
            self.write(POP_MARK + self.get(seen[0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, "__qualname__", None) or obj.__name__
        if "<locals>" in name:
            raise AttributeError("Can't pickle local object %r" % name)
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
        except ImportError:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        module = sys.modules[module_name]
        try:
            found = _lookup_dotted(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        module_name = _CPYTHON_MODULES.get((module_name, name), module_name)
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif "." in name:
            # older protocols name one attribute: reach the rest by getattr
            parent, _, last = name.rpartition(".")
            self.save_reduce(getattr, (_lookup_dotted(module, parent), last))
        else:
            if self.fix_imports:
                module_name, name = _py2_global(module_name, name)
            text = (module_name + "\n" + name + "\n")
            try:
                write(GLOBAL + text.encode("ascii" if self.proto < 3 else "utf-8"))
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using "
                                    "pickle protocol %i" % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            self.save_reduce(type, (...,), obj=obj)
        else:
            self.save_global(obj)

    # the builtin values written directly, before any reducer_override
    _plain_writers = {}
    # objects written by name, unless reducer_override says otherwise
    _global_writers = {}


def _partial_new(cls, kwargs):
    import functools
    return functools.partial(cls.__new__, cls, **kwargs)


def _function_writer(pickler, obj):
    pickler.save_global(obj)


Pickler._plain_writers.update({
    type(None): Pickler.save_none, bool: Pickler.save_bool, int: Pickler.save_long,
    float: Pickler.save_float, bytes: Pickler.save_bytes,
    bytearray: Pickler.save_bytearray, str: Pickler.save_str,
    tuple: Pickler.save_tuple, list: Pickler.save_list, dict: Pickler.save_dict,
    set: Pickler.save_set, frozenset: Pickler.save_frozenset,
})
Pickler._global_writers.update({
    type: Pickler.save_type, type(_function_writer): _function_writer,
    type(len): _function_writer,
    type(...): lambda pickler, obj: pickler.save_global(obj, "Ellipsis"),
    type(NotImplemented): lambda pickler, obj: pickler.save_global(obj, "NotImplemented"),
})


# Python 2 spelled some globals differently: pickles below protocol 3 use
# its names (fix_imports), and loading maps them back.
_PY2_MODULES = {"builtins": "__builtin__", "copyreg": "copy_reg", "queue": "Queue"}
_PY2_NAMES = {
    ("builtins", "range"): ("__builtin__", "xrange"),
    ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "int"): ("__builtin__", "long"),
    ("builtins", "chr"): ("__builtin__", "unichr"),
    ("functools", "reduce"): ("__builtin__", "reduce"),
    ("sys", "intern"): ("__builtin__", "intern"),
    ("builtins", "zip"): ("itertools", "izip"),
    ("builtins", "map"): ("itertools", "imap"),
    ("builtins", "filter"): ("itertools", "ifilter"),
    ("itertools", "filterfalse"): ("itertools", "ifilterfalse"),
    ("itertools", "zip_longest"): ("itertools", "izip_longest"),
    ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
    ("collections", "UserList"): ("UserList", "UserList"),
    ("collections", "UserString"): ("UserString", "UserString"),
    ("builtins", "ModuleNotFoundError"): ("exceptions", "ImportError"),
}
# Python 2's exceptions module had these; the OSError family was one class.
_PY2_EXCEPTIONS = set("""ArithmeticError AssertionError AttributeError
    BaseException BufferError BytesWarning DeprecationWarning EOFError
    EnvironmentError Exception FloatingPointError FutureWarning GeneratorExit
    IOError ImportError ImportWarning IndentationError IndexError KeyError
    KeyboardInterrupt LookupError MemoryError NameError NotImplementedError
    OSError OverflowError PendingDeprecationWarning ReferenceError RuntimeError
    RuntimeWarning StopIteration SyntaxError SyntaxWarning SystemError
    SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError
    UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning
    UserWarning ValueError Warning ZeroDivisionError""".split())
_PY2_OSERRORS = set("""BrokenPipeError ChildProcessError ConnectionAbortedError
    ConnectionError ConnectionRefusedError ConnectionResetError FileExistsError
    FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError
    PermissionError ProcessLookupError TimeoutError""".split())
_FROM_PY2 = {old: new for new, old in _PY2_NAMES.items()}
_FROM_PY2_MODULES = {old: new for new, old in _PY2_MODULES.items()}
_FROM_PY2_MODULES["exceptions"] = "builtins"
# CPython's home of some functions, which Ay defines elsewhere
_CPYTHON_MODULES = {("codecs", "encode"): "_codecs"}
_AY_MODULES = {"_codecs": "codecs"}


def _py2_global(module, name):
    if (module, name) in _PY2_NAMES:
        return _PY2_NAMES[module, name]
    if module == "builtins" and name in _PY2_EXCEPTIONS:
        return "exceptions", name
    if module == "builtins" and name in _PY2_OSERRORS:
        return "exceptions", "OSError"
    return _PY2_MODULES.get(module, module), name


# -- unpickling

class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    """Reads pickles from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._read = file.read
        self._readline = file.readline
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}

    def read(self, n):
        data = self._read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        line = self._readline()
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    def load(self):
        """Read one pickle and return the object it holds."""
        if not hasattr(self, "_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self.stack = []
        self.metastack = []
        handlers = self._handlers
        read = self._read
        try:
            while True:
                code = read(1)
                if not code:
                    raise EOFError("Ran out of input")
                handler = handlers.get(code[0])
                if handler is None:
                    raise UnpicklingError("invalid load key, %r." % code.decode("latin-1"))
                handler(self)
        except _Stop as stop:
            return stop.value

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        return items

    def push(self, value):
        # not a bound stack.append kept around: MARK swaps the stack
        self.stack.append(value)

    def _underflow(self):
        if self.metastack:
            return UnpicklingError("unexpected MARK found")
        return UnpicklingError("unpickling stack underflow")

    def _top(self):
        if not self.stack:
            raise self._underflow()
        return self.stack[-1]

    def _pop(self):
        if not self.stack:
            raise self._underflow()
        return self.stack.pop()

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            module, name = _FROM_PY2.get((module, name), (module, name))
            module = _FROM_PY2_MODULES.get(module, module)
        module = _AY_MODULES.get(module, module)
        __import__(module, level=0)
        if self.proto >= 4:
            return _lookup_dotted(sys.modules[module], name)
        return getattr(sys.modules[module], name)

    def _decode_str8(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    def _memo_get(self, index):
        try:
            return self.memo[index]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % index) from None

    def _memo_put(self, index):
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self._top()

    def _build(self):
        state = self._pop()
        target = self._top()
        if hasattr(target, "__setstate__"):
            target.__setstate__(state)
            return
        # the default state: the __dict__, or (__dict__, slot values)
        slots = {}
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        if state:
            target.__dict__.update(state)
        for key, value in (slots or {}).items():
            setattr(target, key, value)

    def _reduce(self):
        args = self._pop()
        func = self._pop()
        self.push(func(*args))

    def _newobj(self):
        args = self._pop()
        cls = self._pop()
        self.push(cls.__new__(cls, *args))

    def _newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.push(cls.__new__(cls, *args, **kwargs))

    def _setitems(self):
        items = self.pop_mark()
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _appends(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
            return
        for item in items:
            target.append(item)

    def _additems(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def _inst(self):
        module = self.readline().decode("ascii")
        name = self.readline().decode("ascii")
        cls = self.find_class(module, name)
        self._instantiate(cls, self.pop_mark())

    def _obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _instantiate(self, cls, args):
        if args or not isinstance(cls, type) or hasattr(cls, "__getinitargs__"):
            value = cls(*args)
        else:
            value = cls.__new__(cls)
        self.push(value)

    def _text_int(self):
        line = self.readline()
        if line == b"00":
            self.push(False)
        elif line == b"01":
            self.push(True)
        else:
            self.push(int(line, 0))

    def _text_string(self):
        data = self.readline()
        if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.push(self._decode_str8(codecs.escape_decode(data)[0]))

    def _next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            self.push(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    def _stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.push(self.find_class(module, name))

    def _global(self):
        module = self.readline().decode("utf-8")
        name = self.readline().decode("utf-8")
        self.push(self.find_class(module, name))

    def _proto(self):
        proto = self.read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def _stop(self):
        raise _Stop(self._pop())

    def _pop_any(self):
        if self.stack:
            self.stack.pop()
        else:
            self.pop_mark()

    def _mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def _setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _append(self):
        value = self._pop()
        self._top().append(value)

    def _dict(self):
        items = self.pop_mark()
        self.push({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    _handlers = {}


def _u(fmt):
    """A reader of one struct-packed value."""
    size = {"<B": 1, "<H": 2, "<i": 4, "<I": 4, "<Q": 8, ">d": 8}[fmt]
    return lambda self: unpack(fmt, self.read(size))[0]


_u8, _u16, _s32, _u32, _u64, _f64 = (_u(f) for f in ("<B", "<H", "<i", "<I", "<Q", ">d"))


def _push(value_of):
    """A handler pushing value_of(unpickler)."""
    return lambda self: self.push(value_of(self))


def _sized(length_of, convert):
    """A handler reading length_of bytes of data, pushing convert(self, data)."""
    def handler(self):
        n = length_of(self)
        if n > sys.maxsize:
            raise UnpicklingError("%d exceeds system's maximum size of %d bytes"
                                  % (n, sys.maxsize))
        self.push(convert(self, self.read(n)))
    return handler


def _negative_checked(length_of, what):
    def checked(self):
        n = length_of(self)
        if n < 0:
            raise UnpicklingError("%s pickle has negative byte count" % what)
        return n
    return checked


def _tuple_of(n):
    def handler(self):
        if len(self.stack) < n:
            raise self._underflow()
        items = tuple(self.stack[len(self.stack) - n:])
        del self.stack[len(self.stack) - n:]
        self.push(items)
    return handler


def _utf8(self, data):
    return str(data, "utf-8", "surrogatepass")


Unpickler._handlers.update({
    MARK[0]: Unpickler._mark,
    STOP[0]: Unpickler._stop,
    POP[0]: Unpickler._pop_any,
    POP_MARK[0]: lambda self: self.pop_mark(),
    DUP[0]: lambda self: self.push(self._top()),
    FLOAT[0]: _push(lambda self: float(self.readline())),
    BINFLOAT[0]: _push(_f64),
    INT[0]: Unpickler._text_int,
    BININT[0]: _push(_s32),
    BININT1[0]: _push(_u8),
    BININT2[0]: _push(_u16),
    LONG[0]: _push(lambda self: int(self.readline().rstrip(b"L"), 0)),
    NONE[0]: lambda self: self.push(None),
    PERSID[0]: _push(lambda self: self.persistent_load(self.readline().decode("ascii"))),
    BINPERSID[0]: lambda self: self.push(self.persistent_load(self._pop())),
    REDUCE[0]: Unpickler._reduce,
    STRING[0]: Unpickler._text_string,
    BINSTRING[0]: _sized(_negative_checked(_s32, "BINSTRING"),
                         lambda self, d: self._decode_str8(d)),
    SHORT_BINSTRING[0]: _sized(_u8, lambda self, d: self._decode_str8(d)),
    UNICODE[0]: _push(lambda self: str(self.readline(), "raw-unicode-escape")),
    BINUNICODE[0]: _sized(_u32, _utf8),
    BINUNICODE8[0]: _sized(_u64, _utf8),
    SHORT_BINUNICODE[0]: _sized(_u8, _utf8),
    BINBYTES[0]: _sized(_u32, lambda self, d: d),
    BINBYTES8[0]: _sized(_u64, lambda self, d: d),
    SHORT_BINBYTES[0]: _sized(_u8, lambda self, d: d),
    BYTEARRAY8[0]: _sized(_u64, lambda self, d: bytearray(d)),
    NEXT_BUFFER[0]: Unpickler._next_buffer,
    READONLY_BUFFER[0]: lambda self: None,
    APPEND[0]: Unpickler._append,
    APPENDS[0]: Unpickler._appends,
    BUILD[0]: Unpickler._build,
    GLOBAL[0]: Unpickler._global,
    STACK_GLOBAL[0]: Unpickler._stack_global,
    DICT[0]: Unpickler._dict,
    EMPTY_DICT[0]: lambda self: self.push({}),
    EMPTY_LIST[0]: lambda self: self.push([]),
    EMPTY_TUPLE[0]: lambda self: self.push(()),
    EMPTY_SET[0]: lambda self: self.push(set()),
    ADDITEMS[0]: Unpickler._additems,
    FROZENSET[0]: lambda self: self.push(frozenset(self.pop_mark())),
    LIST[0]: lambda self: self.push(self.pop_mark()),
    TUPLE[0]: lambda self: self.push(tuple(self.pop_mark())),
    TUPLE1[0]: _tuple_of(1),
    TUPLE2[0]: _tuple_of(2),
    TUPLE3[0]: _tuple_of(3),
    GET[0]: lambda self: self.push(self._memo_get(int(self.readline()))),
    BINGET[0]: lambda self: self.push(self._memo_get(_u8(self))),
    LONG_BINGET[0]: lambda self: self.push(self._memo_get(_u32(self))),
    PUT[0]: lambda self: self._memo_put(int(self.readline())),
    BINPUT[0]: lambda self: self._memo_put(_u8(self)),
    LONG_BINPUT[0]: lambda self: self._memo_put(_u32(self)),
    MEMOIZE[0]: lambda self: self._memo_put(len(self.memo)),
    SETITEM[0]: Unpickler._setitem,
    SETITEMS[0]: Unpickler._setitems,
    INST[0]: Unpickler._inst,
    OBJ[0]: Unpickler._obj,
    NEWOBJ[0]: Unpickler._newobj,
    NEWOBJ_EX[0]: Unpickler._newobj_ex,
    PROTO[0]: Unpickler._proto,
    NEWTRUE[0]: lambda self: self.push(True),
    NEWFALSE[0]: lambda self: self.push(False),
    LONG1[0]: _push(lambda self: decode_long(self.read(_u8(self)))),
    LONG4[0]: _sized(_negative_checked(_s32, "LONG"), lambda self, d: decode_long(d)),
    FRAME[0]: lambda self: _u64(self),      # frames only group reads
    EXT1[0]: lambda self: self.push(_extension(self, _u8(self))),
    EXT2[0]: lambda self: self.push(_extension(self, _u16(self))),
    EXT4[0]: lambda self: self.push(_extension(self, _s32(self))),
})


def _extension(unpickler, code):
    cached = copyreg._extension_cache.get(code)
    if cached is not None:
        return cached
    key = copyreg._inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        raise ValueError("unregistered extension code %d" % code)
    value = unpickler.find_class(*key)
    copyreg._extension_cache[code] = value
    return value


# -- shorthands

def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj as bytes."""
    out = io.BytesIO()
    dump(obj, out, protocol, fix_imports=fix_imports,
         buffer_callback=buffer_callback)
    return out.getvalue()


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of obj to a binary file."""
    pickler = Pickler(file, protocol, fix_imports=fix_imports,
                      buffer_callback=buffer_callback)
    pickler.dump(obj)


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """The object a pickle (bytes) holds."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return load(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                errors=errors, buffers=buffers)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """The object of the pickle read from a binary file."""
    unpickler = Unpickler(file, fix_imports=fix_imports, encoding=encoding,
                          errors=errors, buffers=buffers)
    return unpickler.load()
