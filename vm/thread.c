// Threads and the global interpreter lock (see thread.h). The lock only
// exists once a second thread starts, so single-threaded programs never pay
// for it. A thread waiting for the lock asks the running one to let go after
// a 5 ms interval; the running thread does so at its next safepoint and waits
// until someone else took the lock, so the switch really happens.
#include <errno.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "code.h"
#include "containers.h"
#include "interp.h"
#include "thread.h"

#define SWITCH_INTERVAL_NS 5000000
#define THREAD_STACK_SLOTS ((size_t)1 << 18)

struct AyGil {
    pthread_mutex_t mutex;
    pthread_cond_t released;   // the lock became free
    pthread_cond_t taken;      // some thread took it (a switch happened)
    bool locked;
    int waiting;               // threads blocked in gil_take
    uint64_t switches;
};

uint64_t ayThread_ident(void) { return (uint64_t)pthread_self(); }

bool ayThread_is_main(AyVM *vm) { return !vm->current || vm->current->is_main; }

// {==== the lock

static void gil_take(AyVM *vm) {
    struct AyGil *g = vm->gil;
    pthread_mutex_lock(&g->mutex);
    g->waiting++;
    while (g->locked) {
        uint64_t seen = g->switches;
        struct timespec deadline;
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        deadline.tv_nsec += SWITCH_INTERVAL_NS;
        if (deadline.tv_nsec >= 1000000000) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000;
        }
        int r = pthread_cond_timedwait(&g->released, &g->mutex, &deadline);
        if (r == ETIMEDOUT && g->locked && g->switches == seen) vm->gil_drop_request = 1;
    }
    g->waiting--;
    g->locked = true;
    g->switches++;
    pthread_cond_broadcast(&g->taken);
    pthread_mutex_unlock(&g->mutex);
}

static void gil_drop(AyVM *vm) {
    struct AyGil *g = vm->gil;
    pthread_mutex_lock(&g->mutex);
    g->locked = false;
    pthread_cond_signal(&g->released);
    pthread_mutex_unlock(&g->mutex);
}

// }====
// {==== switching execution state

static void save(AyVM *vm, AyThreadState *ts) {
    ts->stack = vm->stack;
    ts->stack_end = vm->stack_end;
    ts->stack_top = vm->stack_top;
    ts->frame = vm->frame;
    ts->exc = vm->exc;
    ts->exc_info = vm->exc_info;
    ts->depth = vm->depth;
    ts->c_depth = vm->c_depth;
    ts->roots = vm->roots;
    ts->nroots = vm->nroots;
    ts->caproots = vm->caproots;
    ts->repr_stack = vm->repr_stack;
    if (vm->aio) ayAio_save_thread(vm, &ts->aio_context, &ts->aio_running_loop);
}

static void load(AyVM *vm, AyThreadState *ts) {
    vm->stack = ts->stack;
    vm->stack_end = ts->stack_end;
    vm->stack_top = ts->stack_top;
    vm->frame = ts->frame;
    vm->exc = ts->exc;
    vm->exc_info = ts->exc_info;
    vm->depth = ts->depth;
    vm->c_depth = ts->c_depth;
    vm->roots = ts->roots;
    vm->nroots = ts->nroots;
    vm->caproots = ts->caproots;
    vm->repr_stack = ts->repr_stack;
    if (vm->aio) ayAio_load_thread(vm, ts->aio_context, ts->aio_running_loop);
    vm->current = ts;
}

AyThreadState *ayThread_detach(AyVM *vm) {
    if (!vm->gil) return NULL;
    AyThreadState *ts = vm->current;
    save(vm, ts);
    gil_drop(vm);
    return ts;
}

void ayThread_attach(AyVM *vm, AyThreadState *ts) {
    if (!ts) return;
    gil_take(vm);
    load(vm, ts);
}

void ayThread_yield(AyVM *vm) {
    vm->gil_drop_request = 0;
    struct AyGil *g = vm->gil;
    if (!g) return;
    pthread_mutex_lock(&g->mutex);
    bool others = g->waiting > 0;
    pthread_mutex_unlock(&g->mutex);
    if (!others) return;
    AyThreadState *ts = ayThread_detach(vm);
    pthread_mutex_lock(&g->mutex);
    uint64_t mine = g->switches;
    while (g->switches == mine && g->waiting > 0) pthread_cond_wait(&g->taken, &g->mutex);
    pthread_mutex_unlock(&g->mutex);
    ayThread_attach(vm, ts);
}

// }====
// {==== starting and ending threads

static AyThreadState *new_state(AyVM *vm) {
    AyThreadState *ts = vm->alloc(vm->alloc_ud, NULL, 0, sizeof *ts);
    if (ts) memset(ts, 0, sizeof *ts);
    return ts;
}

// The first thread start makes the main thread's record and the lock (held
// by the caller, the running thread).
static bool become_threaded(AyVM *vm) {
    if (vm->gil) return true;
    AyThreadState *main = new_state(vm);
    struct AyGil *g = vm->alloc(vm->alloc_ud, NULL, 0, sizeof *g);
    if (!main || !g) {
        if (main) vm->alloc(vm->alloc_ud, main, sizeof *main, 0);
        if (g) vm->alloc(vm->alloc_ud, g, sizeof *g, 0);
        return false;
    }
    main->is_main = true;
    main->ident = ayThread_ident();
    main->native_id = (long)syscall(SYS_gettid);
    memset(g, 0, sizeof *g);
    pthread_mutex_init(&g->mutex, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&g->released, &ca);
    pthread_cond_init(&g->taken, &ca);
    pthread_condattr_destroy(&ca);
    g->locked = true;
    vm->threads = main;
    vm->current = main;
    vm->gil = g;
    return true;
}

static void unlink_state(AyVM *vm, AyThreadState *ts) {
    for (AyThreadState **p = &vm->threads; *p; p = &(*p)->next)
        if (*p == ts) {
            *p = ts->next;
            return;
        }
}

static void free_state(AyVM *vm, AyThreadState *ts) {
    if (!ts->is_main) {
        if (ts->stack) munmap(ts->stack, THREAD_STACK_SLOTS * sizeof(AyValue));
        if (ts->roots) vm->alloc(vm->alloc_ud, ts->roots, ts->caproots * sizeof(AyValue), 0);
    }
    vm->alloc(vm->alloc_ud, ts, sizeof *ts, 0);
}

typedef struct StartArg {
    AyVM *vm;
    AyThreadState *ts;
} StartArg;

static void *thread_main(void *p) {
    StartArg start = *(StartArg *)p;
    free(p);
    AyVM *vm = start.vm;
    AyThreadState *ts = start.ts;
    ts->native_id = (long)syscall(SYS_gettid);
    ayThread_attach(vm, ts);
    AyValue r = ayObj_call_ex(vm, ts->func, ts->args, ts->kwargs);
    if (!r) {
        if (ayErr_matches(vm, AY_EXC(vm, SystemExit))) ayErr_clear(vm);
        else ayErr_write_unraisable_msg(vm, "in thread started by", ts->func);
    }
    // gone while still holding the lock; the next thread loads its own state
    save(vm, ts);
    unlink_state(vm, ts);
    free_state(vm, ts);
    vm->frame = NULL;
    vm->current = NULL;
    gil_drop(vm);
    return NULL;
}

uint64_t ayThread_start(AyVM *vm, AyValue func, AyValue args, AyValue kwargs) {
    AyThreadState *ts = become_threaded(vm) ? new_state(vm) : NULL;
    StartArg *arg = ts ? malloc(sizeof *arg) : NULL;
    void *stack = arg ? mmap(NULL, THREAD_STACK_SLOTS * sizeof(AyValue), PROT_READ | PROT_WRITE,
                             MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
                      : MAP_FAILED;
    if (stack == MAP_FAILED) {
        free(arg);
        if (ts) vm->alloc(vm->alloc_ud, ts, sizeof *ts, 0);
        ayErr_format(vm, AY_EXC(vm, RuntimeError), "can't start new thread");
        return 0;
    }
    ts->stack = ts->stack_top = stack;
    ts->stack_end = ts->stack + THREAD_STACK_SLOTS;
    ts->func = func;
    ts->args = args;
    ts->kwargs = kwargs;
    ts->repr_stack = ayList_from_items(vm, NULL, 0);
    if (!ts->repr_stack) {
        munmap(stack, THREAD_STACK_SLOTS * sizeof(AyValue));
        free(arg);
        vm->alloc(vm->alloc_ud, ts, sizeof *ts, 0);
        return 0;
    }
    arg->vm = vm;
    arg->ts = ts;
    // after main, so main stays first
    ts->next = vm->threads->next;
    vm->threads->next = ts;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t tid;
    // the new thread cannot run Ay code before this one lets go of the lock
    int err = pthread_create(&tid, &attr, thread_main, arg);
    pthread_attr_destroy(&attr);
    if (err) {
        unlink_state(vm, ts);
        free(arg);
        free_state(vm, ts);
        ayErr_format(vm, AY_EXC(vm, RuntimeError), "can't start new thread");
        return 0;
    }
    ts->ident = (uint64_t)tid;
    return ts->ident;
}

// }====

void ayThread_trace(AyVM *vm) {
    for (AyThreadState *ts = vm->threads; ts; ts = ts->next) {
        ayGC_mark(vm, ts->func);
        ayGC_mark(vm, ts->args);
        ayGC_mark(vm, ts->kwargs);
        if (ts == vm->current) continue;  // its state is in the VM's own fields
        for (AyFrame *f = ts->frame; f; f = f->prev) ayGC_mark_frame(vm, f);
        for (size_t i = 0; i < ts->nroots; i++) ayGC_mark(vm, ts->roots[i]);
        ayGC_mark(vm, ts->exc);
        ayGC_mark(vm, ts->exc_info);
        ayGC_mark(vm, ts->repr_stack);
        ayGC_mark(vm, ts->aio_context);
        ayGC_mark(vm, ts->aio_running_loop);
    }
}

void ayThread_free_all(AyVM *vm) {
    while (vm->threads) {
        AyThreadState *ts = vm->threads;
        vm->threads = ts->next;
        free_state(vm, ts);
    }
    if (vm->gil) {
        pthread_mutex_destroy(&vm->gil->mutex);
        pthread_cond_destroy(&vm->gil->released);
        pthread_cond_destroy(&vm->gil->taken);
        vm->alloc(vm->alloc_ud, vm->gil, sizeof *vm->gil, 0);
        vm->gil = NULL;
    }
    vm->current = NULL;
}
