// The VM state and the internal API every part of libay uses.
//
// Error convention: functions returning AyValue or a pointer return AY_NULL/NULL
// with an exception pending on the VM; functions returning int return -1.
// Nothing longjmps.
//
// GC rule: collection happens only at safepoints (interpreter calls and
// backward jumps, gc.collect()), never inside an allocation. So C code may hold
// fresh objects in C variables freely *unless* it runs Ay code in between
// (ayObj_call and anything that can call a user __dunder__): values it still
// needs afterwards must be reachable from the VM stack, or rooted with
// ayGC_push_root / ayGC_pop_roots.
#ifndef AY_VM_H
#define AY_VM_H

#include <stdarg.h>
#include <stdio.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ay.h"
#include "object.h"
#include "value.h"

// ---------------------------------------------------------------------------
// Builtin types and exceptions (the lists that drive code)

// X(field, python name)
#define AY_BUILTIN_TYPES(X) \
    X(object, "object") X(type, "type") X(int, "int") X(bool, "bool") X(float, "float") \
    X(complex, "complex") X(str, "str") X(bytes, "bytes") X(bytearray, "bytearray") \
    X(list, "list") X(tuple, "tuple") X(dict, "dict") X(set, "set") X(frozenset, "frozenset") \
    X(range, "range") X(slice, "slice") X(NoneType, "NoneType") \
    X(NotImplementedType, "NotImplementedType") X(ellipsis, "ellipsis") \
    X(function, "function") X(builtin_function, "builtin_function_or_method") \
    X(method_descriptor, "method_descriptor") \
    X(method, "method") X(code, "code") X(cell, "cell") X(module, "module") \
    X(traceback, "traceback") X(frame, "frame") X(property, "property") \
    X(staticmethod, "staticmethod") X(classmethod, "classmethod") X(super, "super") \
    X(generator, "generator") X(coroutine, "coroutine") X(async_generator, "async_generator") \
    X(list_iterator, "list_iterator") X(list_reverseiterator, "list_reverseiterator") \
    X(tuple_iterator, "tuple_iterator") X(range_iterator, "range_iterator") \
    X(str_iterator, "str_ascii_iterator") X(bytes_iterator, "bytes_iterator") \
    X(dict_keys, "dict_keys") X(dict_values, "dict_values") X(dict_items, "dict_items") \
    X(dict_keyiterator, "dict_keyiterator") X(dict_valueiterator, "dict_valueiterator") \
    X(dict_itemiterator, "dict_itemiterator") X(set_iterator, "set_iterator") \
    X(seq_iterator, "iterator") X(callable_iterator, "callable_iterator") \
    X(enumerate, "enumerate") X(zip, "zip") X(map, "map") X(filter, "filter") \
    X(reversed, "reversed") X(getset_descriptor, "getset_descriptor") \
    X(member_descriptor, "member_descriptor") X(coroutine_wrapper, "coroutine_wrapper") \
    X(longrange_iterator, "longrange_iterator") \
    X(anext_awaitable, "anext_awaitable") X(asyncgen_asend, "async_generator_asend") X(asyncgen_athrow, "async_generator_athrow") \
    X(generic_alias, "GenericAlias") X(union_type, "UnionType") X(mappingproxy, "mappingproxy") \
    X(dict_reversekeyiterator, "dict_reversekeyiterator") \
    X(dict_reversevalueiterator, "dict_reversevalueiterator") \
    X(dict_reverseitemiterator, "dict_reverseitemiterator") X(wrapper_descriptor, "wrapper_descriptor") \
    X(method_wrapper, "method-wrapper") X(weakref, "ReferenceType") X(weakproxy, "ProxyType") \
    X(weakcallableproxy, "CallableProxyType") X(memoryview, "memoryview") \
    X(bytearray_iterator, "bytearray_iterator") X(memory_iterator, "memory_iterator")

// X(name, base) in definition order (bases first). ExceptionGroup's second
// base (Exception) is added by error.c.
#define AY_EXCEPTIONS(X) \
    X(BaseException, object) X(BaseExceptionGroup, BaseException) \
    X(GeneratorExit, BaseException) X(KeyboardInterrupt, BaseException) \
    X(SystemExit, BaseException) X(Exception, BaseException) \
    X(ArithmeticError, Exception) X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) X(AttributeError, Exception) X(BufferError, Exception) \
    X(EOFError, Exception) X(ExceptionGroup, BaseExceptionGroup) \
    X(ImportError, Exception) X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) X(IndexError, LookupError) X(KeyError, LookupError) \
    X(MemoryError, Exception) X(NameError, Exception) X(UnboundLocalError, NameError) \
    X(OSError, Exception) X(BlockingIOError, OSError) X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) X(FileExistsError, OSError) \
    X(FileNotFoundError, OSError) X(InterruptedError, OSError) \
    X(IsADirectoryError, OSError) X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) X(ProcessLookupError, OSError) X(TimeoutError, OSError) \
    X(ReferenceError, Exception) X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) X(RecursionError, RuntimeError) \
    X(StopAsyncIteration, Exception) X(StopIteration, Exception) \
    X(SyntaxError, Exception) X(IndentationError, SyntaxError) X(TabError, IndentationError) \
    X(SystemError, Exception) X(TypeError, Exception) X(ValueError, Exception) \
    X(UnicodeError, ValueError) X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) X(UnicodeTranslateError, UnicodeError) \
    X(Warning, Exception) X(BytesWarning, Warning) X(DeprecationWarning, Warning) \
    X(EncodingWarning, Warning) X(FutureWarning, Warning) X(ImportWarning, Warning) \
    X(PendingDeprecationWarning, Warning) X(ResourceWarning, Warning) \
    X(RuntimeWarning, Warning) X(SyntaxWarning, Warning) X(UnicodeWarning, Warning) \
    X(UserWarning, Warning)

#define AY_ENUM_EXC(name, base) AY_EXC_##name,
typedef enum AyExcKind { AY_EXCEPTIONS(AY_ENUM_EXC) AY_EXC_COUNT, AY_EXC_object = AY_EXC_COUNT } AyExcKind;
#undef AY_ENUM_EXC

// Interned identifier strings the VM uses by name: vm->s.<name>. Y(field, text)
// covers names that are C keywords.
#define AY_NAMES(X, Y) \
    X(__init__) X(__new__) X(__name__) X(__qualname__) X(__module__) X(__doc__) \
    X(__dict__) X(__class__) X(__call__) X(__repr__) X(__str__) X(__hash__) X(__eq__) \
    X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__bool__) X(__len__) \
    X(__iter__) X(__next__) X(__getitem__) X(__setitem__) X(__delitem__) \
    X(__contains__) X(__getattr__) X(__getattribute__) X(__setattr__) X(__delattr__) \
    X(__get__) X(__set__) X(__delete__) X(__enter__) X(__exit__) X(__aenter__) \
    X(__aexit__) X(__await__) X(__aiter__) X(__anext__) X(__index__) X(__int__) \
    X(__float__) X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__format__) \
    X(__reversed__) X(__missing__) X(__main__) X(__builtins__) X(__file__) \
    X(__annotations__) X(__slots__) X(__mro_entries__) X(__init_subclass__) \
    X(__set_name__) X(__prepare__) X(__instancecheck__) X(__subclasscheck__) \
    X(__del__) X(__path__) X(__package__) X(__spec__) X(__loader__) X(__all__) \
    X(__traceback__) X(__cause__) X(__context__) X(__build_class__) X(__import__) \
    X(__round__) X(__trunc__) X(__floor__) X(__ceil__) Y(complex_, "__complex__") X(__bytes__) \
    X(__length_hint__) X(__class_getitem__) X(__weakref__) X(__text_signature__) \
    X(__firstlineno__) X(__static_attributes__) X(__orig_bases__) X(__classcell__) \
    X(args) X(send) X(throw) X(close) X(keys) X(items) X(values) X(append) \
    X(write) X(flush) X(read) X(readline) X(encoding) X(errors) X(fileno) X(code) \
    X(msg) X(filename) X(lineno) X(offset) X(text) X(end_lineno) X(end_offset) \
    X(print_file_and_line) X(value) X(name) X(obj) X(path) X(strerror) Y(errno_, "errno") \
    X(stdout) X(stderr) X(stdin) X(metaclass) X(excepthook) X(displayhook) X(argv) \
    X(modules) X(mro) X(start) X(stop) X(step) X(real) X(imag) Y(default_, "default") X(key) \
    X(reverse) X(sep) X(end) X(file) X(strict) X(self) X(cls) X(exceptions) \
    X(message) X(object) X(characters_written) X(__self__) Y(func_, "__func__") X(__wrapped__) \
    X(__bases__) X(__mro__) X(__defaults__) X(__kwdefaults__) X(__code__) X(__closure__) \
    X(__globals__) X(__isabstractmethod__) X(__abstractmethods__) X(__suppress_context__) \
    X(__notes__) X(add_note) X(__aiter_hint__)

// ---------------------------------------------------------------------------
// Frames (laid out in vm/frame.h) and the VM

// Room for the types native stdlib modules create on import (indexes in
// stdlib/stdtypes.h). They are GC roots, so C code can find them by index.
#define AY_STD_TYPES_MAX 96

typedef struct AyFrame AyFrame;
typedef struct AyThreadState AyThreadState;

// Objects up to AY_SLAB_MAX bytes come from pages of equal slots, one size
// class per 8 bytes (vm/gc.c).
#define AY_SLAB_MAX 512
#define AY_SLAB_CLASSES (AY_SLAB_MAX / 8)
#define AY_TYPE_CACHE_SIZE 2048

struct AyVM {
    // memory
    AyAllocFn alloc;
    void *alloc_ud;
    size_t bytes;             // live bytes as counted by the allocation funnel
    size_t gc_threshold;      // collect at the next safepoint once bytes exceed this
    size_t mem_limit;         // 0 = none; beyond it allocations raise MemoryError
    AyObj *objects;           // every large GC object (and every type)
    struct AySlabPool {       // small objects by size class (vm/gc.c)
        struct AySlabPage *pages;
        AyObj *free;          // free slots, linked through their gc word
    } slabs[AY_SLAB_CLASSES];
    // Objects made with a `del` finalizer (flagged AY_GC_HASDEL) that has not
    // been queued yet: what a collection checks for unreachable ones, instead
    // of walking the whole heap.
    AyObj **finalizable;
    size_t nfinalizable, capfinalizable;
    AyObj **gray;             // mark stack
    size_t ngray, capgray;
    int gc_disabled;
    uint64_t gc_count;        // collections so far
    // Found unreachable by the last collections and waiting to run: objects
    // whose type has a `del` finalizer and weak references with callbacks.
    // A C array, marked as roots until their code has run.
    AyObj **finq;
    size_t nfinq, capfinq;
    bool finalizing;             // ayGC_run_finalizers is on the C stack
    bool writing_err;            // ayIO_write_err is calling a script's sys.stderr.write
    // threads (vm/thread.h): the running thread's state is in this struct's
    // execution fields; the others' is saved in their records
    struct AyThreadState *threads, *current;  // NULL while single-threaded
    struct AyGil *gil;                        // NULL while single-threaded
    struct AyWeakRef *weakrefs;  // every live weak reference (vm/weakref.c)

    // C roots (see the GC rule above)
    AyValue *roots;
    size_t nroots, caproots;

    // execution
    AyValue *stack, *stack_end;  // the value stack
    AyValue *stack_top;          // first free slot: new frames start here
    AyFrame *frame;              // innermost running frame, or NULL
    AyValue exc;                 // the pending (propagating) exception, or AY_NULL
    AyValue exc_info;            // the exception being handled (sys.exc_info), or AY_NULL
    int depth;                   // Python call depth
    int recursion_limit;
    int c_depth;                 // nested C -> Ay entries (guards the C stack)
    // What the loop must stop for at its next safepoint (back edges and
    // calls), one byte per reason so that one load tests them all.
    union {
        struct {
            bool gc_requested;       // allocation passed the threshold
            // set by ay_interrupt (async-signal/thread safe); values >=
            // AY_INTERRUPT_EXC raise exc_types[value - AY_INTERRUPT_EXC]
            volatile uint8_t interrupt;
            volatile uint8_t gil_drop_request;  // another thread waits for the lock
            bool budget_on;          // ay_set_budget: safepoints count down `budget`
        };
        volatile uint32_t attention;
    };
    int64_t budget;
    // Installed by the signal module: at a safepoint after an interrupt, runs
    // the Python handlers of the signals caught (false: one raised); without
    // it an interrupt raises KeyboardInterrupt.
    bool (*run_signal_handlers)(AyVM *vm);

    // interned strings: open-addressing set of AyStr*
    AyStr **interned;
    size_t ninterned, capinterned;

#define AY_TYPE_FIELD(f, name) AyType *t_##f;
    AY_BUILTIN_TYPES(AY_TYPE_FIELD)
#undef AY_TYPE_FIELD
    AyType *exc_types[AY_EXC_COUNT + 1];  // [AY_EXC_COUNT] is object (the root's base)
    AyType *t_file;                      // open() / sys.stdout (stdlib/fileio.c)
    AyType *std_types[AY_STD_TYPES_MAX]; // types of native stdlib modules (stdlib/stdtypes.h)
    struct {
#define AY_NAME_FIELD(n) AyStr *n;
#define AY_NAME_FIELD2(n, s) AyStr *n;
        AY_NAMES(AY_NAME_FIELD, AY_NAME_FIELD2)
#undef AY_NAME_FIELD
#undef AY_NAME_FIELD2
    } s;

    uint32_t dict_versions;      // source of AyDict.version values (unique across dicts)
    // Type attribute cache: (type, interned name) -> what the MRO lookup
    // found. Valid while the epoch is unchanged; any change to a type's
    // namespace or MRO, and every new type, starts a new epoch.
    uint64_t type_epoch;
    uint32_t type_tags;          // source of AyType.tag
    struct AyTypeCacheEntry {
        AyType *type;
        AyStr *name;
        AyValue value;
        uint64_t epoch;
    } *type_cache;               // AY_TYPE_CACHE_SIZE entries, mapped with the stack (vm/state.c)

    // asyncio and contextvars (stdlib/asyncio/): the one documented exception
    // to "the VM knows nothing of asyncio". NULL until first used.
    struct AyAioState *aio;
    // the embedding API's slots, handles and host types (vm/api*.c); NULL until first used
    struct AyApi *api;

    AyTuple *empty_tuple;
    AyStr *empty_str;
    AyValue dummy;               // set deletion marker
    AyDict *builtins;            // the builtins module dict
    AyDict *modules;             // sys.modules
    AyValue sys;                 // the sys module
    AyValue memory_error;        // preallocated MemoryError instance
    AyValue repr_stack;          // list of containers being repr'd (recursion guard)
    AyValue atexit;              // list of (func, args, kwargs) for stdlib/mod_atexit.c, or AY_NULL
    AyValue asyncgen_hooks;      // sys.set_asyncgen_hooks: tuple (firstiter, finalizer), or AY_NULL
    AyValue deprecations_shown;  // set of fingerprints of DeprecationWarnings shown once (vm/int.c)
    int max_str_digits;          // sys.set_int_max_str_digits
    uint64_t nan_serial;         // the payload of the last NaN made (vm/float.c)

    // host I/O (ay.h config); NULL = stdio
    void (*write_out)(void *ud, const char *s, size_t n);
    void (*write_err)(void *ud, const char *s, size_t n);
    void *io_ud;

    const char *module_path;     // the config's, while ay_new runs (aySys_setup makes sys.path of it)
    int argc;
    char **argv;
};

#define AY_EXC(vm, name) ((vm)->exc_types[AY_EXC_##name])
#define AY_INTERRUPT_EXC 2
_Static_assert(AY_INTERRUPT_EXC + AY_EXC_COUNT <= 255, "interrupt values fit their byte");

// ---------------------------------------------------------------------------
// Memory and GC (vm/gc.c)

void *ayMem_realloc(AyVM *vm, void *p, size_t old, size_t size);  // NULL + MemoryError on failure
void *ayMem_alloc(AyVM *vm, size_t size);
void ayMem_free(AyVM *vm, void *p, size_t size);
// A new object of `type` with `size` bytes (header included), zeroed but for
// the header. NULL + MemoryError on failure.
AyObj *ayGC_new(AyVM *vm, AyType *type, size_t size);
// A new type object (every type must be allocated this way).
AyType *ayGC_new_type(AyVM *vm, AyType *meta, size_t size);
void ayGC_mark(AyVM *vm, AyValue v);
void ayGC_mark_obj(AyVM *vm, AyObj *o);
void ayGC_collect(AyVM *vm);
void ayGC_push_root(AyVM *vm, AyValue v);
void ayGC_pop_roots(AyVM *vm, size_t n);
void ayGC_free_all(AyVM *vm);  // at VM teardown
// The asyncio state's GC hooks (stdlib/asyncio/module.c), called when vm->aio
// is set: marking its roots, settling its weakly held objects after marking
// (resurrecting those whose finalizer must run), running those finalizers
// once the collection is over, and freeing it at teardown.
void ayAio_trace(AyVM *vm);
void ayAio_after_mark(AyVM *vm);
void ayAio_run_finalizers(AyVM *vm);
void ayAio_free(AyVM *vm);
// The embedding API's slots and handles (vm/api.c), when vm->api is set.
void ayApi_trace(AyVM *vm);
void ayApi_free(AyVM *vm);
// Thread switches (vm/thread.c) keep asyncio's per-thread state: the current
// contextvars Context and the running loop.
void ayAio_save_thread(AyVM *vm, AyValue *context, AyValue *running_loop);
void ayAio_load_thread(AyVM *vm, AyValue context, AyValue running_loop);
// Runs queued finalizers and weakref callbacks (ayGC_collect calls it).
void ayGC_run_finalizers(AyVM *vm);
// The safepoint test the interpreter inlines.
static inline bool ayGC_wanted(AyVM *vm) { return vm->gc_requested; }

#define AY_NEW(vm, T, type) ((T *)ayGC_new((vm), (type), sizeof(T)))

// ---------------------------------------------------------------------------
// Type of any value

static inline AyType *ayV_type(AyVM *vm, AyValue v) {
    if (ayV_is_obj(v)) return ayV_obj(v)->type;
    if (ayV_is_int(v)) return vm->t_int;
    if (ayV_is_float(v)) return vm->t_float;
    switch (v) {
    case AY_NONE: return vm->t_NoneType;
    case AY_TRUE: case AY_FALSE: return vm->t_bool;
    case AY_NOTIMPLEMENTED: return vm->t_NotImplementedType;
    default: return vm->t_ellipsis;
    }
}
static inline bool ayV_is_type(AyVM *vm, AyValue v, AyType *t) {
    return ayV_is_obj(v) && ayV_obj(v)->type == t;
}
// Fast subclass checks through the builtin-kind flags.
static inline bool ayV_has_flag(AyVM *vm, AyValue v, uint32_t flag) {
    return ayV_is_obj(v) && (ayV_obj(v)->type->flags & flag);
}
static inline bool ayV_is_str(AyVM *vm, AyValue v) { return ayV_has_flag(vm, v, AY_TF_STR_SUB); }
static inline bool ayV_is_tuple(AyVM *vm, AyValue v) { return ayV_has_flag(vm, v, AY_TF_TUPLE_SUB); }
static inline bool ayV_is_list(AyVM *vm, AyValue v) { return ayV_has_flag(vm, v, AY_TF_LIST_SUB); }
static inline bool ayV_is_dict(AyVM *vm, AyValue v) { return ayV_has_flag(vm, v, AY_TF_DICT_SUB); }
static inline bool ayV_is_exc(AyVM *vm, AyValue v) { return ayV_has_flag(vm, v, AY_TF_EXC_SUB); }
static inline bool ayV_is_typeobj(AyVM *vm, AyValue v) { return ayV_has_flag(vm, v, AY_TF_TYPE_SUB); }
static inline bool ayV_is_bigint(AyVM *vm, AyValue v) { return ayV_is_type(vm, v, vm->t_int); }
// int, bool, big int or an int subclass instance.
static inline bool ayV_is_anyint(AyVM *vm, AyValue v) {
    return ayV_is_int(v) || v == AY_TRUE || v == AY_FALSE || ayV_has_flag(vm, v, AY_TF_INT_SUB);
}

#define AY_AS(T, v) ((T *)ayV_obj(v))

// ---------------------------------------------------------------------------
// Errors (vm/error.c)

// Raises a new exception of `type` with a message built from `fmt`. Format
// directives: %s %d %ld %lld %zd %u %c %x %%, plus %R (repr of an AyValue),
// %S (str of an AyValue), %T (type name of an AyValue), %N (name of an AyType*),
// %U (an AyStr*). Always returns AY_NULL.
AyValue ayErr_format(AyVM *vm, AyType *type, const char *fmt, ...);
AyValue ayErr_vformat(AyVM *vm, AyType *type, const char *fmt, va_list ap);
// Raises an existing exception instance or class (instantiated with no args).
AyValue ayErr_set(AyVM *vm, AyValue exc);
// Raises `type(arg)`.
AyValue ayErr_set_value(AyVM *vm, AyType *type, AyValue arg);
AyValue ayErr_nomemory(AyVM *vm);
static inline bool ayErr_occurred(AyVM *vm) { return vm->exc != AY_NULL; }
// Takes the pending exception (clearing it).
AyValue ayErr_fetch(AyVM *vm);
void ayErr_clear(AyVM *vm);
// True when the pending exception is an instance of `type`.
bool ayErr_matches(AyVM *vm, AyType *type);
// Builds an exception instance `type(*args)` without raising it; NULL on error.
AyValue ayExc_new(AyVM *vm, AyType *type, AyValue *args, int nargs);
// Records that the pending exception passes through `frame` at `lasti`.
void ayErr_add_traceback(AyVM *vm, AyCode *code, int lasti);
// Prints `exc` with its traceback and chained exceptions like CPython's
// sys.excepthook would, to the VM's stderr.
void ayErr_print(AyVM *vm, AyValue exc);
// Reports an exception that cannot propagate (finalizers, cleanup) as
// "Exception ignored in: <repr of obj>" and its traceback on stderr.
void ayErr_write_unraisable(AyVM *vm, AyValue obj);
// The OSError subclass CPython uses for an errno value (OSError itself if none).
AyType *ayErr_oserror_type(AyVM *vm, int64_t err);
// The same with CPython's context message: "Exception ignored <msg>: <repr of obj>".
void ayErr_write_unraisable_msg(AyVM *vm, const char *msg, AyValue obj);
// The ". Did you mean: 'x'?" trailer for a NameError/AttributeError, or AY_NULL.
AyValue ayErr_suggestion(AyVM *vm, AyValue exc);
// Records obj and name on a pending plain AttributeError (for the hint).
void ayErr_set_attribute_context(AyVM *vm, AyValue obj, AyStr *name);
void ayErr_warn_at(AyVM *vm, AyType *category, const char *message, AyCode *code, int lasti, const char *note);
// A warning at file:line through the warnings module's filters (once it is loaded).
// warnings.warn_explicit(message, category, file, line); false with the
// exception set when the filters made the warning an error (or it failed).
bool ayErr_warn_explicit(AyVM *vm, AyType *category, const char *message, const char *file, int line);
// Formats the same into a new str (for ay_error_traceback / traceback module).
AyValue ayErr_format_exception(AyVM *vm, AyValue exc);
void ayErr_setup(AyVM *vm);

// ---------------------------------------------------------------------------
// Writing to the VM's stdout / stderr (respects the host's callbacks)

void ayIO_write_out(AyVM *vm, const char *s, size_t n);
void ayIO_write_err(AyVM *vm, const char *s, size_t n);

// A growable byte buffer for building strings in C (malloc'd through the VM).
typedef struct AyBuf {
    char *data;
    size_t len, cap;
    AyVM *vm;
    bool failed;   // an allocation failed; MemoryError is pending
} AyBuf;

void ayBuf_init(AyBuf *b, AyVM *vm);
void ayBuf_free(AyBuf *b);
bool ayBuf_reserve(AyBuf *b, size_t extra);
void ayBuf_add(AyBuf *b, const char *s, size_t n);
void ayBuf_adds(AyBuf *b, const char *s);
void ayBuf_addc(AyBuf *b, char c);
void ayBuf_printf(AyBuf *b, const char *fmt, ...);
// Appends str(v) / repr(v); false on error.
bool ayBuf_add_str(AyBuf *b, AyValue v);
bool ayBuf_add_repr(AyBuf *b, AyValue v);
// Turns the buffer into a str (valid UTF-8 assumed) and frees it.
AyValue ayBuf_finish(AyBuf *b);

// ---------------------------------------------------------------------------
// Generic object protocol (vm/abstract.c)

AyValue ayObj_repr(AyVM *vm, AyValue v);
AyValue ayObj_str(AyVM *vm, AyValue v);
// Bytes a value takes (sys.getsizeof, object.__sizeof__): Ay's own sizes.
size_t ayObj_footprint(AyValue v);
AyValue ayObj_ascii(AyVM *vm, AyValue v);
AyValue ayObj_format(AyVM *vm, AyValue v, AyValue spec);
int64_t ayObj_hash(AyVM *vm, AyValue v);
int ayObj_truth(AyVM *vm, AyValue v);
// a == b as Python's `==` (identity first, as containers do): 0/1, -1 error.
int ayObj_eq(AyVM *vm, AyValue a, AyValue b);
AyValue ayObj_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op);
int ayObj_richcmp_bool(AyVM *vm, AyValue a, AyValue b, AyCmp op);
AyValue ayObj_binop(AyVM *vm, AyBinOp op, AyValue a, AyValue b);
// A builtin sequence's `+` with a foreign right operand: true when that
// operand's class defines an add, whose __radd__ must run before the
// sequence's concatenation error.
static inline bool ayV_defers_concat(AyVM *vm, AyValue right) {
    AyType *t = ayV_type(vm, right);
    return (t->flags & AY_TF_HEAPTYPE) && t->binop[AY_BINOP_ADD];
}
AyValue ayObj_inplace(AyVM *vm, AyBinOp op, AyValue a, AyValue b);
AyValue ayObj_neg(AyVM *vm, AyValue v);
AyValue ayObj_pos(AyVM *vm, AyValue v);
AyValue ayObj_invert(AyVM *vm, AyValue v);
AyValue ayObj_abs(AyVM *vm, AyValue v);
AyValue ayObj_index(AyVM *vm, AyValue v);           // operator.index -> int
int ayObj_as_ssize(AyVM *vm, AyValue v, int64_t *out);  // index that must fit int64
AyValue ayObj_getattr(AyVM *vm, AyValue obj, AyStr *name);
// Like getattr, but returns AY_NULL *without* an exception when absent.
AyValue ayObj_getattr_opt(AyVM *vm, AyValue obj, AyStr *name);
int ayObj_setattr(AyVM *vm, AyValue obj, AyStr *name, AyValue v);
AyValue ayObj_call(AyVM *vm, AyValue callee, AyValue *args, int nargs, AyValue kwnames);
// callable(*args, **kwargs): args a tuple, kwargs a dict with str keys or AY_NULL.
AyValue ayObj_call_ex(AyVM *vm, AyValue callable, AyValue args, AyValue kwargs);
// How messages name a callable: "module.qualname()", or "qualname()" for builtins.
AyValue ayObj_function_str(AyVM *vm, AyValue func);
AyValue ayObj_call0(AyVM *vm, AyValue callee);
AyValue ayObj_call1(AyVM *vm, AyValue callee, AyValue a);
AyValue ayObj_call2(AyVM *vm, AyValue callee, AyValue a, AyValue b);
// Calls obj.name(*args); args[0] is free for the receiver: pass nargs+1 slots.
AyValue ayObj_call_method(AyVM *vm, AyValue obj, AyStr *name, AyValue *args, int nargs);
AyValue ayObj_iter(AyVM *vm, AyValue v);
// The next item; AY_NULL with no exception pending when exhausted. A `next`
// slot may also end with StopIteration(value) pending; this clears it.
AyValue ayObj_next(AyVM *vm, AyValue it);
int64_t ayObj_len(AyVM *vm, AyValue v);
AyValue ayObj_getitem(AyVM *vm, AyValue c, AyValue key);
int ayObj_setitem(AyVM *vm, AyValue c, AyValue key, AyValue v);
int ayObj_delitem(AyVM *vm, AyValue c, AyValue key);
int ayObj_contains(AyVM *vm, AyValue c, AyValue item);
int ayObj_isinstance(AyVM *vm, AyValue v, AyValue cls);
int ayObj_issubclass(AyVM *vm, AyValue derived, AyValue cls);
bool ayType_is_subtype(AyType *a, AyType *b);
// object.__getattribute__ / object.__setattr__ (v == AY_NULL deletes).
AyValue ayObj_generic_getattr(AyVM *vm, AyValue obj, AyStr *name);
int ayObj_generic_setattr(AyVM *vm, AyValue obj, AyStr *name, AyValue v);
AyValue ayMethod_new(AyVM *vm, AyValue func, AyValue self);
// The type's name as printed in messages ("int", "Foo").
const char *ayType_name(AyType *t);
// Looks `name` up along the type's MRO (no descriptors); AY_NULL if absent.
AyValue ayType_lookup(AyVM *vm, AyType *t, AyStr *name);
// Collects an iterable into a new list.
AyValue ayObj_to_list(AyVM *vm, AyValue iterable);
// The items of a tuple or list without copying, else a new tuple of the items;
// `*items`/`*n` point into the returned sequence (which the caller must keep alive).
AyValue ayObj_sequence_items(AyVM *vm, AyValue iterable, AyValue **items, int64_t *n);

#endif
