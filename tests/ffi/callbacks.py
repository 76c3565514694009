# hand-checked: ffi is Ay's own module (CPython has ctypes instead); the
# script checks C's results against Python's (qsort with sorted, bsearch with
# list.index) and prints them.
# Callbacks: C calling Ay functions (qsort and bsearch comparators on ints,
# doubles and strings; a comparator that calls C again), an exception or a
# bad result in a callback (reported, C gets 0), and keeping callbacks alive.
import ffi
import gc
import random

libc = ffi.open(None)
qsort = libc.func("qsort", "void", ["pointer", "size_t", "size_t", "pointer"])
bsearch = libc.func("bsearch", "pointer", ["pointer", "pointer", "size_t", "size_t", "pointer"])

def to_array(values, ctype):
    buf = bytearray(len(values) * ffi.sizeof(ctype))
    for i, v in enumerate(values):
        ffi.write(buf, ctype, v, i)
    return buf

def from_array(buf, ctype):
    return [ffi.read(buf, ctype, i) for i in range(len(buf) // ffi.sizeof(ctype))]

def compare_as(ctype, key=lambda v: v):
    def compare(a, b):
        x, y = key(ffi.read(a, ctype)), key(ffi.read(b, ctype))
        return (x > y) - (x < y)
    return ffi.callback(compare, "int", ["pointer", "pointer"])

rng = random.Random(7)
ints = [rng.randrange(-1000, 1000) for _ in range(200)]
arr = to_array(ints, "int32")
calls = 0
def counting(a, b):
    global calls
    calls += 1
    x, y = ffi.read(a, "int32"), ffi.read(b, "int32")
    return (x > y) - (x < y)
qsort(arr, len(ints), ffi.sizeof("int32"), ffi.callback(counting, "int", ["pointer", "pointer"]))
print("qsort ints == sorted():", from_array(arr, "int32") == sorted(ints), "comparisons made:", calls > 0)

doubles = [rng.uniform(-1, 1) for _ in range(50)]
arr = to_array(doubles, "double")
qsort(arr, len(doubles), 8, compare_as("double", key=abs))
print("qsort doubles by abs:", from_array(arr, "double") == sorted(doubles, key=abs))

# bsearch in the sorted ints: the result is the address of the match or None
arr = to_array(sorted(set(ints)), "int32")
values = from_array(arr, "int32")
by_value = compare_as("int32")
def find(v):
    hit = bsearch(to_array([v], "int32"), arr, len(values), 4, by_value)
    return None if hit is None else (hit - ffi.addressof(arr)) // 4
print("bsearch:", all(find(v) == values.index(v) for v in values), find(1001))

# strings: an array of char* sorted by a comparator that calls strcmp (C -> Ay -> C)
strcmp = libc.func("strcmp", "int", ["pointer", "pointer"])
words = [b"pear", b"apple", b"fig", b"banana", b"cherry"]
ptrs = to_array([ffi.addressof(w) for w in words], "pointer")
def by_strcmp(a, b):
    return strcmp(ffi.read(a, "pointer"), ffi.read(b, "pointer"))
qsort(ptrs, len(words), ffi.sizeof("pointer"), ffi.callback(by_strcmp, "int", ["pointer", "pointer"]))
print("strcmp order:", [ffi.string(p) for p in from_array(ptrs, "pointer")] == sorted(words))

# callbacks receive converted arguments and may return nothing
seen = []
def record(label, n):
    seen.append((label, n))
note = ffi.func(ffi.callback(record, "void", ["str", "int16"]), "void", ["str", "int16"])
print("void callback:", note("x", -3), note("ÿ", 7), seen)

# an exception cannot cross C: it is reported on stderr (as an exception in
# a finalizer is) and C sees 0
class Raising:
    def __call__(self, *args):
        raise ValueError("comparator failed")
    def __repr__(self):
        return "<Raising>"
class Returning:
    def __init__(self, result):
        self.result = result
    def __call__(self, *args):
        return self.result
    def __repr__(self):
        return f"<Returning {self.result!r}>"
failing = ffi.func(ffi.callback(Raising(), "int", ["pointer", "pointer"]), "int", ["pointer", "pointer"])
print("a failing comparator says equal:", failing(b"a", b"b"))
wrong = ffi.func(ffi.callback(Returning("not an int"), "int"), "int")
print("bad result becomes 0:", wrong())
too_big = ffi.func(ffi.callback(Returning(300), "uint8"), "uint8")
print("out-of-range result becomes 0:", too_big())

# a callback lives as long as its object: keep it while C may call it
cb = ffi.callback(lambda a, b: 0, "int", ["pointer", "pointer"])
address = ffi.addressof(cb)
gc.collect()
print("kept alive:", ffi.addressof(cb) == address, repr(cb).startswith("<ffi callback <function <lambda>"))
