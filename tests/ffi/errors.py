# hand-checked: ffi is Ay's own module (CPython has ctypes instead); each
# line is the exception Ay raises for a mistake that can be checked before C
# runs (the messages are Ay's own).
# Wrong signatures and bad arguments raise TypeError/ValueError (or
# OverflowError, IndexError, AttributeError, OSError), never crash.
import ffi

libc = ffi.open(None)
strlen = libc.func("strlen", "size_t", ["char*"])
point = ffi.struct("point", [("x", "int"), ("y", "int")])

def attempt(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: no error")

# libraries and symbols (dlerror's text names paths: only the type is shown)
for label, fn, args in [("missing library", ffi.open, ("libdoes-not-exist.so.9",)),
                        ("missing symbol", libc.func, ("no_such_function_xyz", "int")),
                        ("missing symbol address", libc.symbol, ("no_such_symbol_xyz",))]:
    try:
        fn(*args)
    except (OSError, AttributeError) as e:
        print(f"{label}: {type(e).__name__}")
attempt("library path type", ffi.open, 42)
attempt("symbol name type", libc.func, b"strlen", "size_t")
closed = ffi.open("libm.so.6")
closed.close()
attempt("closed library", closed.func, "sqrt", "double", ["double"])
print(repr(closed).endswith("closed>"))

# signatures
attempt("unknown type", libc.func, "abs", "integer", ["int"])
attempt("void argument", libc.func, "abs", "int", ["void"])
attempt("type not a name", libc.func, "abs", int, ["int"])
attempt("argtypes not a sequence", libc.func, "abs", "int", 5)
attempt("too many argtypes", libc.func, "abs", "int", ["int"] * 65)
attempt("void sizeof", ffi.sizeof, "void")

# calls
attempt("too few", strlen)
attempt("too many", strlen, b"a", b"b")
attempt("keywords", strlen, s=b"a")
attempt("char* from int list", strlen, [1, 2])
str_arg = libc.func("getenv", "str", ["str"])
attempt("str from float", str_arg, 1.5)
abs_ = libc.func("abs", "int", ["int"])
attempt("int from str", abs_, "5")
attempt("int overflow", abs_, 2**31)
attempt("int from huge", abs_, -10**30)
memset = libc.func("memset", "pointer", ["pointer", "int", "size_t"])
attempt("pointer from str", memset, "text", 0, 1)
attempt("pointer from float", memset, 1.0, 0, 1)
attempt("negative address", memset, -1, 0, 1)
attempt("size_t negative", memset, bytearray(1), 0, -1)
snprintf = libc.func("snprintf", "int", ["pointer", "size_t", "char*"], variadic=True)
attempt("variadic too few", snprintf, None, 0)
attempt("variadic unknown type", snprintf, None, 0, b"%p", object())

# structs
attempt("struct no fields", ffi.struct, "empty", [])
attempt("struct field not a pair", ffi.struct, "bad", ["x"])
attempt("struct field name type", ffi.struct, "bad", [(1, "int")])
attempt("struct field type", ffi.struct, "bad", [("x", "nothing")])
attempt("struct name type", ffi.struct, 5, [("x", "int")])
attempt("pack field count", point.pack, 1)
attempt("pack field type", point.pack, 1, "2")
attempt("pack from int", ffi.func(libc.symbol("labs"), point, [point]), 5)
attempt("struct bytes size", ffi.func(libc.symbol("labs"), point, [point]), b"abc")
attempt("unpack short", point.unpack, b"1234567")
attempt("unpack offset", point.unpack, bytes(16), 9)

# memory helpers
attempt("read NULL", ffi.read, None, "int")
attempt("read address 0", ffi.read, 0, "int")
attempt("read outside", ffi.read, b"abc", "int")
attempt("read index", ffi.read, bytes(8), "int", 2)
attempt("read from str", ffi.read, "abc", "int")
attempt("write bytes", ffi.write, b"abcd", "int", 1)
attempt("write outside", ffi.write, bytearray(4), "int", 1, 1)
attempt("write wrong value", ffi.write, bytearray(4), "int", "1")
attempt("string too long", ffi.string, b"abc", 4)
attempt("string NULL", ffi.string, None)
attempt("addressof int", ffi.addressof, 5)

# function pointers and callbacks
attempt("func NULL", ffi.func, 0, "int")
attempt("func from str", ffi.func, "strlen", "int")
attempt("func address range", ffi.func, 2**64, "int")
attempt("callback not callable", ffi.callback, 5, "int")
attempt("callback void argument", ffi.callback, print, "void", ["void"])
attempt("callback bad type", ffi.callback, print, "void", ["number"])
# the types cannot be instantiated directly (an empty one would point nowhere)
for t in (ffi.Library, ffi.StructType, type(strlen), type(ffi.callback(print, "void"))):
    attempt(f"{t.__name__}()", t)
print("still running")
