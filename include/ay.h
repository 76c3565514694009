// ay.h: the public C API of Ay, an embeddable Python-language interpreter with a
// built-in asyncio event loop. This is the only header a host includes; build
// with `cc host.c $(pkg-config --cflags --libs ay)`.
//
// Ay has no global state: everything lives in an AyVM, and any number of VMs
// may exist in one process (each used by one thread at a time). Functions
// report failure through their return value (an AyStatus, or NULL/-1); they
// never abort or longjmp through the host.
//
// Values and the GC. The host never holds a pointer to an Ay object. Values
// are exchanged through numbered *slots* (as Lua's stack or Wren's slots): the
// host puts arguments into slots, calls, and reads results out of slots. The
// garbage collector sees every slot, so a value in a slot stays alive until
// the slot is overwritten. To keep a value beyond the current slot window (a
// callback to call later, a Future to complete later), take an AyHandle.
//
// Slot windows. At the top level (outside any host function) the host owns one
// window; ay_ensure_slots grows it. When Ay code calls a host function, the
// function gets a fresh window: slot 0 holds the result (None until set) and
// slots 1..nargs the arguments. Windows nest and are released when the host
// function returns, so slot numbers never refer to the caller's slots.
//
// Errors. A call that fails returns a status other than AY_OK and leaves the
// Python exception *pending*: read it with ay_error_type / ay_error_message /
// ay_error_traceback, print it with ay_print_error, or drop it with
// ay_error_clear. The next API call that can fail discards it. Inside a host
// function, return the failing status right away to raise the pending
// exception in the calling script.
//
// Strings are UTF-8. Pointers returned into Ay strings/bytes stay valid while
// the value stays in its slot.
#ifndef AY_H
#define AY_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define AY_VERSION_MAJOR 0
#define AY_VERSION_MINOR 1
#define AY_VERSION_PATCH 0
#define AY_VERSION_STRING "0.1.0"

#if defined(__GNUC__)
#define AY_API __attribute__((visibility("default")))
#define AY_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define AY_API
#define AY_PRINTF(f, a)
#endif

typedef struct AyVM AyVM;

// Result of an API call.
typedef enum AyStatus {
    AY_OK = 0,
    AY_ERR_SYNTAX = 1,     // the source did not compile; SyntaxError is pending
    AY_ERR_RUNTIME = 2,    // an exception was raised; it is pending
    AY_ERR_MEMORY = 3,     // out of memory or over the memory limit; MemoryError is pending
    AY_EXIT = 4,           // the script raised SystemExit; see ay_exit_code
    AY_ERR_INTERRUPT = 5,  // KeyboardInterrupt escaped (ay_interrupt, the budget, Ctrl-C)
    AY_ERR_USAGE = 6,      // the host misused the API (bad slot, NULL name); SystemError is pending
    AY_DONE = 7,           // ay_next: the iterator is exhausted (not an error)
} AyStatus;

// ---------------------------------------------------------------------------
// Creating and destroying VMs

// The one allocation hook: like realloc, with the old size given; `size` 0
// frees `ptr` and returns NULL. Returns NULL when out of memory.
typedef void *(*AyAllocFn)(void *ud, void *ptr, size_t old, size_t size);

// Output hook for the script's sys.stdout / sys.stderr.
typedef void (*AyWriteFn)(void *ud, const char *s, size_t n);

typedef struct AyConfig {
    AyAllocFn alloc;          // NULL: libc realloc/free
    void *alloc_ud;
    size_t mem_limit;         // bytes; 0 = no limit. Beyond it scripts get MemoryError.
    const char *module_path;  // ':'-separated directories searched by import (like PYTHONPATH),
                              // copied into sys.path by ay_new
    AyWriteFn write_out;      // NULL: the process's stdout
    AyWriteFn write_err;      // NULL: the process's stderr
    void *io_ud;
    int argc;                 // sys.argv (the strings must outlive the VM)
    char **argv;
} AyConfig;

// Fills `cfg` with the defaults.
AY_API void ay_config_init(AyConfig *cfg);

// Creates a VM; NULL when out of memory. `cfg` may be NULL for the defaults.
AY_API AyVM *ay_new(const AyConfig *cfg);

// Runs the atexit callbacks and pending finalizers, then releases the VM and
// everything it allocated (host pointers' finalizers run; handles die).
AY_API void ay_free(AyVM *vm);

// ---------------------------------------------------------------------------
// Running code

// Compiles and runs `src` (`len` bytes) as the module __main__ (file name
// `filename` in tracebacks; NULL means "<string>"). On failure the exception
// stays pending.
AY_API AyStatus ay_run_string(AyVM *vm, const char *src, size_t len, const char *filename);

// Reads and runs a file as __main__.
AY_API AyStatus ay_run_file(AyVM *vm, const char *path);

// Imports and runs a module as __main__ (like `python -m name`).
AY_API AyStatus ay_run_module(AyVM *vm, const char *name);

// Evaluates the expression `expr` in __main__'s namespace into slot `dst`.
AY_API AyStatus ay_eval(AyVM *vm, int dst, const char *expr);

// Inserts a directory into the module search path (sys.path) at `index`
// (0 = searched first; past the end or negative appends). AY_ERR_MEMORY if
// out of memory.
AY_API AyStatus ay_path_insert(AyVM *vm, int index, const char *dir);

// ---------------------------------------------------------------------------
// Errors

// The class name of the pending exception ("KeyError"), or NULL if none.
// The string stays valid while the exception is pending.
AY_API const char *ay_error_type(AyVM *vm);

// str() of the pending exception ("name 'x' is not defined"), or NULL if
// none. Valid until the next ay_error_* call or until the exception is cleared.
AY_API const char *ay_error_message(AyVM *vm);

// The pending exception formatted as Python prints it (traceback, chained
// exceptions, "Type: message" and a final newline), or NULL if none. Valid
// like ay_error_message's result.
AY_API const char *ay_error_traceback(AyVM *vm);

// Prints the pending exception with its traceback to the VM's stderr, as
// Python does for an uncaught exception (through sys.excepthook), and clears it.
AY_API void ay_print_error(AyVM *vm);

// Drops the pending exception, if any.
AY_API void ay_error_clear(AyVM *vm);

// Raises the builtin exception `type` ("ValueError", "KeyError"...; any other
// name gives RuntimeError) with a printf-formatted message. Returns
// AY_ERR_RUNTIME, so a host function can `return ay_raise(vm, ...)`.
AY_API AyStatus ay_raise(AyVM *vm, const char *type, const char *fmt, ...) AY_PRINTF(3, 4);

// Raises the exception (instance or class) held in slot `slot`.
AY_API AyStatus ay_raise_slot(AyVM *vm, int slot);

// The exit status requested by SystemExit after AY_EXIT (0-255); prints a
// non-integer exit message to stderr as Python does, and clears the exception.
AY_API int ay_exit_code(AyVM *vm);

// ---------------------------------------------------------------------------
// Slots

// The number of slots in the current window.
AY_API int ay_slot_count(AyVM *vm);

// Grows the current window to at least `n` slots (new slots hold None).
AY_API AyStatus ay_ensure_slots(AyVM *vm, int n);

// Copies slot `src` into slot `dst`.
AY_API AyStatus ay_copy(AyVM *vm, int dst, int src);

// What a slot holds. Subclasses report their base kind (a bool is
// AY_KIND_BOOL, not AY_KIND_INT); everything else is AY_KIND_OBJECT.
typedef enum AyKind {
    AY_KIND_NONE,
    AY_KIND_BOOL,
    AY_KIND_INT,
    AY_KIND_FLOAT,
    AY_KIND_STR,
    AY_KIND_BYTES,     // bytes or bytearray
    AY_KIND_LIST,
    AY_KIND_TUPLE,
    AY_KIND_DICT,
    AY_KIND_POINTER,   // a host pointer made by ay_set_pointer
    AY_KIND_OBJECT,
    AY_KIND_BAD_SLOT,  // the slot number is out of range
} AyKind;

AY_API AyKind ay_kind(AyVM *vm, int slot);

// The type name of the value in a slot ("int", "MyClass"); "" for a bad slot.
// Valid while the value's type exists.
AY_API const char *ay_type_name(AyVM *vm, int slot);

// -- putting values into slots (AY_ERR_MEMORY / AY_ERR_USAGE on failure)

AY_API AyStatus ay_set_none(AyVM *vm, int slot);
AY_API AyStatus ay_set_bool(AyVM *vm, int slot, int b);
AY_API AyStatus ay_set_int(AyVM *vm, int slot, int64_t i);
AY_API AyStatus ay_set_float(AyVM *vm, int slot, double d);
// An int of any size from its text in base 2-36, or 0 for Python's literal
// rules ("0x1f", "1_000"); ValueError if malformed.
AY_API AyStatus ay_set_int_text(AyVM *vm, int slot, const char *text, int base);
// A str from `len` bytes of UTF-8 (`len` (size_t)-1: up to the NUL);
// UnicodeDecodeError (AY_ERR_RUNTIME) if not valid UTF-8.
AY_API AyStatus ay_set_str(AyVM *vm, int slot, const char *s, size_t len);
AY_API AyStatus ay_set_bytes(AyVM *vm, int slot, const void *data, size_t len);
AY_API AyStatus ay_new_list(AyVM *vm, int slot);
AY_API AyStatus ay_new_dict(AyVM *vm, int slot);
// A tuple of the `n` values in slots first..first+n-1, into slot `dst`.
AY_API AyStatus ay_new_tuple(AyVM *vm, int dst, int first, int n);

// Wraps a host pointer as an opaque Ay value. `finalize` (may be NULL) is
// called once with `p` when the value is collected or the VM is freed.
typedef void (*AyFinalizeFn)(void *p);
AY_API AyStatus ay_set_pointer(AyVM *vm, int slot, void *p, AyFinalizeFn finalize);

// -- reading values out of slots (TypeError / OverflowError when the value
//    does not fit; ints and bools convert to floats)

// Python truth value (may run __bool__ / __len__).
AY_API AyStatus ay_get_bool(AyVM *vm, int slot, int *out);
AY_API AyStatus ay_get_int(AyVM *vm, int slot, int64_t *out);
AY_API AyStatus ay_get_float(AyVM *vm, int slot, double *out);
// The UTF-8 text of a str (NUL-terminated; `len` may be NULL); NULL with
// TypeError pending if the slot holds something else.
AY_API const char *ay_get_str(AyVM *vm, int slot, size_t *len);
// The contents of bytes or bytearray (a bytearray's pointer is valid until it
// is resized); NULL with TypeError pending otherwise.
AY_API const void *ay_get_bytes(AyVM *vm, int slot, size_t *len);
// The pointer given to ay_set_pointer; NULL with TypeError pending otherwise.
AY_API void *ay_get_pointer(AyVM *vm, int slot);
// str(value) / repr(value) of slot `src` as a str into slot `dst` (read it
// with ay_get_str; works for big ints).
AY_API AyStatus ay_to_str(AyVM *vm, int dst, int src);
AY_API AyStatus ay_repr(AyVM *vm, int dst, int src);

// -- containers and attributes

// len(value), or -1 with an exception pending.
AY_API int64_t ay_len(AyVM *vm, int slot);
// list.append
AY_API AyStatus ay_list_append(AyVM *vm, int list, int value);
// dst = container[key]; container[key] = value; (any mapping or sequence)
AY_API AyStatus ay_get_item(AyVM *vm, int dst, int container, int key);
AY_API AyStatus ay_set_item(AyVM *vm, int container, int key, int value);
// dst = sequence[index] (negative indexes count from the end)
AY_API AyStatus ay_get_index(AyVM *vm, int dst, int sequence, int64_t index);
// dst = iter(value); then ay_next(vm, dst2, dst) until it returns AY_DONE.
AY_API AyStatus ay_iter(AyVM *vm, int dst, int value);
AY_API AyStatus ay_next(AyVM *vm, int dst, int iterator);
// dst = obj.name; obj.name = value
AY_API AyStatus ay_get_attr(AyVM *vm, int dst, int obj, const char *name);
AY_API AyStatus ay_set_attr(AyVM *vm, int obj, const char *name, int value);
// Module globals; `module` NULL means __main__. ay_get_global raises NameError
// when the name is missing; a module that is not imported yet is imported.
AY_API AyStatus ay_get_global(AyVM *vm, int dst, const char *module, const char *name);
AY_API AyStatus ay_set_global(AyVM *vm, const char *module, const char *name, int value);
// dst = the module `name`, imported if needed (`import name`).
AY_API AyStatus ay_import(AyVM *vm, int dst, const char *name);

// ---------------------------------------------------------------------------
// Calling Ay

// Calls the callable in slot `fn` with the `nargs` arguments in slots
// fn+1..fn+nargs; the result replaces the callable in slot `fn`.
AY_API AyStatus ay_call(AyVM *vm, int fn, int nargs);
// The same with keyword arguments from the dict in slot `kwargs`.
AY_API AyStatus ay_call_kw(AyVM *vm, int fn, int nargs, int kwargs);
// Calls method `name` of the object in slot `obj` with the arguments in slots
// obj+1..obj+nargs; the result replaces the object in slot `obj`.
AY_API AyStatus ay_call_method(AyVM *vm, int obj, const char *name, int nargs);

// ---------------------------------------------------------------------------
// Handles: values kept alive outside any slot window until released

typedef struct AyHandle AyHandle;

// A handle on the value in `slot`; NULL when out of memory.
AY_API AyHandle *ay_handle_new(AyVM *vm, int slot);
// Puts the handle's value into `slot`.
AY_API AyStatus ay_handle_get(AyVM *vm, int slot, AyHandle *h);
// Releases a handle (NULL is ignored). Handles still held die with the VM.
AY_API void ay_handle_free(AyVM *vm, AyHandle *h);

// ---------------------------------------------------------------------------
// Host functions and modules

// A C function callable from Ay. On entry the window holds the result slot 0
// (None) and the arguments in slots 1..nargs; `ud` is the pointer given when
// the function was defined. Return AY_OK with the result in slot 0, or an
// error status with an exception pending (ay_raise, or the status of a
// failed API call), which the caller sees raised. Keyword arguments are
// refused with TypeError.
typedef AyStatus (*AyCFunction)(AyVM *vm, int nargs, void *ud);

// One entry of a module's function table, which ends with {NULL}.
typedef struct AyFunctionDef {
    const char *name;
    AyCFunction fn;
    const char *doc;   // __doc__, or NULL
} AyFunctionDef;

// Makes an Ay function object calling `fn` into slot `dst`. `name` is copied.
AY_API AyStatus ay_def_function(AyVM *vm, int dst, const char *name, AyCFunction fn, void *ud);

// Creates module `name` with the functions of `defs` (all given `ud`) and
// registers it in sys.modules, so scripts `import name`. The module is put in
// slot `dst` (pass -1 to skip) for adding more attributes with ay_set_attr.
// Defining a module that exists replaces it.
AY_API AyStatus ay_def_module(AyVM *vm, int dst, const char *name, const AyFunctionDef *defs, void *ud);

// ---------------------------------------------------------------------------
// Limits

// Asks the running script to stop: at its next safepoint (a call or a loop
// iteration) KeyboardInterrupt is raised, as for Ctrl-C. Safe to call from
// any thread and from a signal handler; a blocked event loop is woken.
AY_API void ay_interrupt(AyVM *vm);

// The same with another builtin exception ("TimeoutError", "SystemExit"...).
// Returns AY_ERR_USAGE (and does nothing) for an unknown name. Thread safe.
AY_API AyStatus ay_interrupt_with(AyVM *vm, const char *exc_type);

// Limits how much more code runs: `ticks` counts calls and loop iterations
// (backward jumps), the places a runaway script must pass. When it runs out,
// KeyboardInterrupt("instruction budget exhausted") is raised, and raised
// again at every later tick until the host sets a new budget. A negative
// `ticks` removes the limit (the default).
AY_API void ay_set_budget(AyVM *vm, int64_t ticks);
// Ticks left (-1: unlimited).
AY_API int64_t ay_budget(AyVM *vm);

// Changes the memory limit (0: none); bytes in use now.
AY_API void ay_set_mem_limit(AyVM *vm, size_t bytes);
AY_API size_t ay_mem_used(AyVM *vm);

// ---------------------------------------------------------------------------
// The event loop (asyncio) from a host's own main loop
//
// "The loop" is the VM's current asyncio event loop (asyncio.get_event_loop(),
// created if there is none). A host that polls waits on ay_loop_backend_fd
// becoming readable for at most ay_loop_timeout seconds, then calls
// ay_loop_run_once(vm, 0); or it lets ay_loop_run_once wait itself.

// Turns the coroutine (or awaitable) in `slot` into a Task on the loop; the
// Task replaces it in `slot`. The Task runs as the loop runs.
AY_API AyStatus ay_loop_spawn(AyVM *vm, int slot);

// Runs one iteration of the loop: waits up to `timeout` seconds (0: not at
// all; < 0: until something happens) for I/O or a timer, then runs the
// callbacks that are ready. The loop counts as running meanwhile.
AY_API AyStatus ay_loop_run_once(AyVM *vm, double timeout);

// A file descriptor that becomes readable when the loop has I/O to process
// (libuv's backend fd), or -1 (with an exception pending) if there is none.
AY_API int ay_loop_backend_fd(AyVM *vm);

// Seconds until the loop has work: 0 when callbacks are ready, the delay of
// the earliest timer, or -1 when nothing is scheduled (only I/O can wake it).
AY_API double ay_loop_timeout(AyVM *vm);

// The Future type's operations for awaitable host functions: a host function
// returns a new Future in slot 0 (ay_future_new), keeps a handle on it, and
// completes it later from its main loop; the awaiting script resumes at the
// next ay_loop_run_once.
AY_API AyStatus ay_future_new(AyVM *vm, int dst);
AY_API AyStatus ay_future_set_result(AyVM *vm, int future, int value);
// Fails the future with the builtin exception `type` and a message.
AY_API AyStatus ay_future_set_error(AyVM *vm, int future, const char *type, const char *message);

#ifdef __cplusplus
}
#endif
#endif
