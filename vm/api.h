// The embedding API's per-VM state (vm/api*.c implement include/ay.h).
#ifndef AY_API_INTERNAL_H
#define AY_API_INTERNAL_H

#include "vm.h"

// The slot array is reserved up front (pages are touched as windows grow) so
// that pointers into it stay valid while Ay code runs and windows nest.
#define AY_API_MAX_SLOTS ((size_t)1 << 20)

struct AyHandle {
    AyValue value;
    struct AyHandle *prev, *next;
};

typedef struct AyApi {
    AyValue *slots;          // every window, innermost last; [0, top) are GC roots
    int base, top;           // the current window is slots[base, top)
    struct AyHandle *handles;
    AyValue error_text;      // the last string ay_error_message/_traceback returned
    AyType *t_hostfn;        // functions made by ay_def_function
    AyType *t_pointer;       // values made by ay_set_pointer
} AyApi;

// The state, created on first use; NULL (MemoryError pending) on failure.
AyApi *ayApi(AyVM *vm);
// GC roots (called by the collector when vm->api is set) and teardown.
void ayApi_trace(AyVM *vm);
void ayApi_free(AyVM *vm);

// The slot `slot` of the current window, or NULL with SystemError pending
// ("<fn>: slot N is out of range ...") when there is no such slot. Every API
// function resolves its slots first, which discards a stale exception.
AyValue *ayApi_slot(AyVM *vm, int slot, const char *fn);

// The AyStatus for the pending exception (AY_OK when none).
AyStatus ayApi_status(AyVM *vm);
// Raises SystemError for a misuse of the API and returns AY_ERR_USAGE.
AyStatus ayApi_usage(AyVM *vm, const char *fmt, ...);
// The status to return after ayApi_slot failed (AY_ERR_USAGE, or
// AY_ERR_MEMORY if the state could not be made).
AyStatus ayApi_slot_error(AyVM *vm);

// The module dict of __main__, created on first use; NULL on MemoryError.
AyDict *ayApi_main_dict(AyVM *vm);

// ay_run_string for code given as a string rather than read from a file
// (`ay -c`): as in CPython, syntax error columns then count characters.
AyStatus ayApi_run_string_input(AyVM *vm, const char *src, size_t len, const char *filename);

#endif
