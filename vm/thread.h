// OS threads running Ay code, one at a time under a global interpreter lock
// per VM (vm/thread.c). The running thread's execution state lives in the
// AyVM fields the interpreter uses (stack, frame, exception, depths, C
// roots); switching threads saves them into the outgoing thread's
// AyThreadState and loads the incoming one's.
#ifndef AY_THREAD_H
#define AY_THREAD_H

#include <pthread.h>

#include "vm.h"

struct AyThreadState {
    struct AyThreadState *next;      // vm->threads list, main thread first
    uint64_t ident;                  // threading.get_ident()
    long native_id;                  // the kernel's thread id
    bool is_main;
    // saved while another thread runs
    AyValue *stack, *stack_end, *stack_top;
    AyFrame *frame;
    AyValue exc, exc_info;
    int depth, c_depth;
    AyValue *roots;
    size_t nroots, caproots;
    AyValue repr_stack;
    AyValue aio_context, aio_running_loop;  // asyncio's per-thread state (vm->aio), AY_NULL in a new thread
    // what a new thread runs: func(*args, **kwargs)
    AyValue func, args, kwargs;
};

// Lets other threads run while this one blocks outside the VM (sleep, I/O,
// waiting on a lock). Between the two calls the caller must not touch any
// VM object. Cheap no-ops while the VM has a single thread.
AyThreadState *ayThread_detach(AyVM *vm);
void ayThread_attach(AyVM *vm, AyThreadState *ts);

// Called at safepoints when another thread asked for the lock.
void ayThread_yield(AyVM *vm);

// Starts func(*args, **kwargs) on a new OS thread; returns its ident or 0
// with an exception set.
uint64_t ayThread_start(AyVM *vm, AyValue func, AyValue args, AyValue kwargs);

uint64_t ayThread_ident(void);
bool ayThread_is_main(AyVM *vm);
// GC: marks the saved state of every thread but the running one.
void ayThread_trace(AyVM *vm);
// Teardown: frees thread records (other threads must have finished).
void ayThread_free_all(AyVM *vm);

#endif
