// _thread: starting OS threads and the basic lock, which the threading
// module (lib/threading.py) builds on. Waiting for a lock lets other
// threads run (vm/thread.h).
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "containers.h"
#include "int.h"
#include "module.h"
#include "native.h"
#include "stdtypes.h"
#include "str.h"
#include "thread.h"
#include "vm.h"

// The longest timeout a lock accepts, in seconds (CPython's value on Linux).
#define TIMEOUT_MAX 9223372036.0

typedef struct AyLock {
    AyObj hdr;
    pthread_mutex_t mutex;
    pthread_cond_t unlocked;
    bool locked;
} AyLock;

static AyType *lock_type(AyVM *vm) { return AY_STD_TYPE(vm, thread_lock); }

static AyValue lock_new(AyVM *vm) {
    AyLock *l = AY_NEW(vm, AyLock, lock_type(vm));
    if (!l) return AY_NULL;
    pthread_mutex_init(&l->mutex, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&l->unlocked, &ca);
    pthread_condattr_destroy(&ca);
    return ayV_from_obj(l);
}

static void lock_finalize(AyVM *vm, AyObj *o) {
    AyLock *l = (AyLock *)o;
    pthread_mutex_destroy(&l->mutex);
    pthread_cond_destroy(&l->unlocked);
}

// Waits up to `timeout` seconds (< 0: forever) for the lock; true if taken.
static bool lock_wait(AyVM *vm, AyLock *l, double timeout) {
    pthread_mutex_lock(&l->mutex);
    if (!l->locked) {
        l->locked = true;
        pthread_mutex_unlock(&l->mutex);
        return true;
    }
    pthread_mutex_unlock(&l->mutex);
    if (timeout == 0) return false;
    struct timespec deadline;
    if (timeout > 0) {
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        double whole = floor(timeout);
        deadline.tv_sec += (time_t)whole;
        deadline.tv_nsec += (long)((timeout - whole) * 1e9);
        if (deadline.tv_nsec >= 1000000000) {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000;
        }
    }
    // the lock object stays alive: the caller holds a reference on its stack
    AyThreadState *ts = ayThread_detach(vm);
    pthread_mutex_lock(&l->mutex);
    int r = 0;
    while (l->locked && r != ETIMEDOUT)
        r = timeout > 0 ? pthread_cond_timedwait(&l->unlocked, &l->mutex, &deadline)
                        : pthread_cond_wait(&l->unlocked, &l->mutex);
    bool taken = !l->locked;
    if (taken) l->locked = true;
    pthread_mutex_unlock(&l->mutex);
    ayThread_attach(vm, ts);
    return taken;
}

// acquire(blocking=True, timeout=-1) -> bool
static AyValue m_acquire(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "acquire", args + 1, nargs - 1, kw, "| blocking timeout", a)) return AY_NULL;
    int blocking = a[0] ? ayObj_truth(vm, a[0]) : 1;
    if (blocking < 0) return AY_NULL;
    double timeout = -1;
    if (a[1] && a[1] != AY_NONE) {
        if (ayV_is_float(a[1])) timeout = ayV_float(a[1]);
        else if (ayV_is_int(a[1])) timeout = (double)ayV_int(a[1]);
        else return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", a[1]);
        if (!blocking && timeout != -1)
            return ayErr_format(vm, AY_EXC(vm, ValueError), "can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1)
            return ayErr_format(vm, AY_EXC(vm, ValueError), "timeout value must be a non-negative number");
        if (timeout > TIMEOUT_MAX) return ayErr_format(vm, AY_EXC(vm, OverflowError), "timeout value is too large");
    }
    if (!blocking) timeout = 0;
    return ayV_bool(lock_wait(vm, AY_AS(AyLock, args[0]), timeout));
}

static AyValue m_release(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyLock *l = AY_AS(AyLock, args[0]);
    pthread_mutex_lock(&l->mutex);
    bool was = l->locked;
    l->locked = false;
    if (was) pthread_cond_signal(&l->unlocked);
    pthread_mutex_unlock(&l->mutex);
    if (!was) return ayErr_format(vm, AY_EXC(vm, RuntimeError), "release unlocked lock");
    return AY_NONE;
}

static AyValue m_locked(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyLock *l = AY_AS(AyLock, args[0]);
    pthread_mutex_lock(&l->mutex);
    bool v = l->locked;
    pthread_mutex_unlock(&l->mutex);
    return ayV_bool(v);
}

static AyValue m_exit(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return m_release(vm, args, 1, AY_NULL); }

static AyValue lock_repr(AyVM *vm, AyValue self) {
    AyLock *l = AY_AS(AyLock, self);
    return ayStr_from_fmt(vm, "<%s _thread.lock object at %p>", l->locked ? "locked" : "unlocked", (void *)l);
}

static const AyMethodDef lock_methods[] = {
    {"acquire", m_acquire, 0, NULL},
    {"acquire_lock", m_acquire, 0, NULL},
    {"release", m_release, 0, NULL},
    {"release_lock", m_release, 0, NULL},
    {"locked", m_locked, 0, NULL},
    {"locked_lock", m_locked, 0, NULL},
    {"__enter__", m_acquire, 0, NULL},
    {"__exit__", m_exit, 0, NULL},
    {NULL},
};

// {==== module functions

static AyValue t_start_new_thread(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "start_new_thread", args, nargs, kw, "function args | kwargs", a)) return AY_NULL;
    if (!ayV_type(vm, a[0])->call) return ayErr_format(vm, AY_EXC(vm, TypeError), "first arg must be callable");
    if (!ayV_is_tuple(vm, a[1])) return ayErr_format(vm, AY_EXC(vm, TypeError), "2nd arg must be a tuple");
    AyValue kwargs = a[2] && a[2] != AY_NONE ? a[2] : AY_NULL;
    if (kwargs && !ayV_is_dict(vm, kwargs))
        return ayErr_format(vm, AY_EXC(vm, TypeError), "optional 3rd arg must be a dictionary");
    uint64_t ident = ayThread_start(vm, a[0], a[1], kwargs);
    return ident ? ayInt_from_u64(vm, ident) : AY_NULL;
}

static AyValue t_allocate_lock(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "allocate_lock", nargs, 0, 0)) return AY_NULL;
    return lock_new(vm);
}

static AyValue lock_tp_new(AyVM *vm, AyType *t, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "lock", nargs, 0, 0)) return AY_NULL;
    return lock_new(vm);
}

static AyValue t_get_ident(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayInt_from_u64(vm, ayThread_ident());
}

static AyValue t_get_native_id(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayInt_from_i64(vm, (int64_t)syscall(SYS_gettid));
}

static AyValue t_count(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    int64_t n = 0;
    for (AyThreadState *ts = vm->threads; ts; ts = ts->next) n += !ts->is_main;
    return ayV_small(n);
}

static AyValue t_is_main(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayV_bool(ayThread_is_main(vm)); }

static AyValue t_stack_size(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "stack_size", nargs, 0, 1)) return AY_NULL;
    if (nargs && args[0] != ayV_small(0))
        return ayErr_format(vm, AY_EXC(vm, ValueError), "setting stack size not supported");
    return ayV_small(0);
}

static const AyMethodDef thread_funcs[] = {
    {"start_new_thread", t_start_new_thread, 0, NULL},
    {"start_new", t_start_new_thread, 0, NULL},
    {"allocate_lock", t_allocate_lock, 0, NULL},
    {"allocate", t_allocate_lock, 0, NULL},
    {"get_ident", t_get_ident, 0, NULL},
    {"get_native_id", t_get_native_id, 0, NULL},
    {"_count", t_count, 0, NULL},
    {"_is_main_interpreter_thread", t_is_main, 0, NULL},
    {"stack_size", t_stack_size, 0, NULL},
    {NULL},
};

// }====

AyValue ayMod_thread(AyVM *vm) {
    AyType *t = ayStd_new_type(vm, AY_STD_thread_lock, "_thread", "_thread.lock", vm->t_object, sizeof(AyLock), 0);
    if (!t) return AY_NULL;
    t->finalize = lock_finalize;
    t->repr = lock_repr;
    t->tp_new = lock_tp_new;
    ayType_ready(vm, t);
    ayType_add_methods(vm, t, lock_methods);
    AyModule *m = ayModule_new_native(vm, "_thread", thread_funcs);
    if (!m) return AY_NULL;
    ayModule_add(vm, m, "LockType", ayV_from_obj(t));
    ayModule_add(vm, m, "lock", ayV_from_obj(t));
    ayModule_add(vm, m, "error", ayV_from_obj(AY_EXC(vm, RuntimeError)));
    ayModule_add(vm, m, "TIMEOUT_MAX", ayV_from_float(TIMEOUT_MAX));
    return ayV_from_obj(m);
}
