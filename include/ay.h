// ay.h: the public C API of Ay, an embeddable Python-language interpreter with a
// built-in asyncio event loop. This is the only header a host includes.
//
// Ay has no global state: everything lives in an AyVM, and any number of VMs
// may exist in one process. Functions report failure through their return
// value (an AyStatus, or NULL); they never abort or longjmp through the host.
#ifndef AY_H
#define AY_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define AY_VERSION_MAJOR 0
#define AY_VERSION_MINOR 1
#define AY_VERSION_PATCH 0
#define AY_VERSION_STRING "0.1.0"

#if defined(__GNUC__)
#define AY_API __attribute__((visibility("default")))
#else
#define AY_API
#endif

typedef struct AyVM AyVM;

// Result of running code.
typedef enum AyStatus {
    AY_OK = 0,
    AY_ERR_SYNTAX = 1,   // the source did not compile; the error is pending
    AY_ERR_RUNTIME = 2,  // an exception escaped; it is pending
    AY_ERR_MEMORY = 3,   // out of memory (or over the configured limit)
    AY_EXIT = 4,         // the script raised SystemExit; see ay_exit_code
} AyStatus;

// The one allocation hook: like realloc, with the old size given; `size` 0
// frees `ptr` and returns NULL. Returns NULL when out of memory.
typedef void *(*AyAllocFn)(void *ud, void *ptr, size_t old, size_t size);

// Output hook for the script's sys.stdout / sys.stderr.
typedef void (*AyWriteFn)(void *ud, const char *s, size_t n);

typedef struct AyConfig {
    AyAllocFn alloc;          // NULL: libc realloc/free
    void *alloc_ud;
    size_t mem_limit;         // bytes; 0 = no limit. Beyond it scripts get MemoryError.
    const char *module_path;  // ':'-separated directories searched by import (like PYTHONPATH)
    AyWriteFn write_out;      // NULL: the process's stdout
    AyWriteFn write_err;      // NULL: the process's stderr
    void *io_ud;
    int argc;                 // sys.argv
    char **argv;
} AyConfig;

// Fills `cfg` with the defaults.
AY_API void ay_config_init(AyConfig *cfg);

// Creates a VM; NULL when out of memory. `cfg` may be NULL for the defaults.
AY_API AyVM *ay_new(const AyConfig *cfg);

// Releases the VM and everything it allocated.
AY_API void ay_free(AyVM *vm);

// Compiles and runs `src` as the module __main__ (file name `filename` in
// tracebacks). On failure the exception stays pending: print it with
// ay_print_error or read it with ay_error_message.
AY_API AyStatus ay_run_string(AyVM *vm, const char *src, size_t len, const char *filename);

// Reads and runs a file as __main__.
AY_API AyStatus ay_run_file(AyVM *vm, const char *path);

// Imports and runs a module as __main__ (like `python -m name`).
AY_API AyStatus ay_run_module(AyVM *vm, const char *name);

// Inserts a directory into the module search path (sys.path) at `index`
// (0 = searched first). Returns AY_ERR_MEMORY if that fails.
AY_API AyStatus ay_path_insert(AyVM *vm, int index, const char *dir);

// The class name of the pending exception ("KeyError"), or NULL if none.
// The string stays valid while the exception is pending.
AY_API const char *ay_error_type(AyVM *vm);

// Prints the pending exception with its traceback to the VM's stderr, as
// Python does for an uncaught exception, and clears it.
AY_API void ay_print_error(AyVM *vm);

// The exit status requested by SystemExit after AY_EXIT (0-255).
AY_API int ay_exit_code(AyVM *vm);

#ifdef __cplusplus
}
#endif
#endif
