# hand-checked: ffi is Ay's own module (CPython has ctypes instead); the
# script compares C's answers with Python's (strlen with len, strerror with
# os.strerror) and prints them.
# char* (bytes in and out; str passed as UTF-8), the "str" type (text out),
# NULL as None, and variadic calls (snprintf).
import ffi
import os

libc = ffi.open(None)
strlen = libc.func("strlen", "size_t", ["char*"])
words = [b"", b"a", b"hello world", bytes(range(1, 256))]
print("strlen == len:", [strlen(w) == len(w) for w in words])
text = "naïve café ✓"
print("str as UTF-8:", strlen(text) == len(text.encode()), strlen(text), len(text))
print("bytearray:", strlen(bytearray(b"abc")), "stops at NUL:", strlen(b"ab\0cd"))

# char* results are bytes, "str" results are text
strerror = libc.func("strerror", "str", ["int"])
print("strerror:", strerror(2) == os.strerror(2), repr(strerror(2)))
strchr = libc.func("strchr", "char*", ["char*", "int"])
print("strchr:", strchr(b"key=value", ord("=")), strchr(b"key", ord("=")))
toupper = libc.func("toupper", "int", ["int"])
print("toupper:", "".join(chr(toupper(ord(c))) for c in "shout"))

# NULL comes back as None, and None goes in as NULL
setenv = libc.func("setenv", "int", ["str", "str", "int"])
getenv = libc.func("getenv", "str", ["str"])
unsetenv = libc.func("unsetenv", "int", ["str"])
print("setenv:", setenv("AY_FFI_TEST", "ünïcode", 1), getenv("AY_FFI_TEST"))
unsetenv("AY_FFI_TEST")
print("unset:", getenv("AY_FFI_TEST"))
strtol = libc.func("strtol", "long", ["char*", "pointer", "int"])
print("NULL end pointer:", strtol(b"  -42rest", None, 10))

# variadic: the fixed arguments are declared, the others typed by value
snprintf = libc.func("snprintf", "int", ["pointer", "size_t", "char*"], variadic=True)
buf = bytearray(64)
n = snprintf(buf, len(buf), b"%d|%s|%.3f|%x|%s", -5, b"bytes", 2.5, 255, "str")
print("snprintf:", n, bytes(buf[:n]))
n = snprintf(buf, 4, b"%s", b"truncated")
print("truncated:", n, ffi.string(buf))
print("length only:", snprintf(None, 0, b"%d%d", 10, 200), snprintf.__name__)
