// Small built-in modules: gc, time, and _ay (interpreter internals for tests).
#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "containers.h"
#include "int.h"
#include "module.h"
#include "native.h"
#include "str.h"
#include "vm.h"

// {==== gc

static AyValue gc_collect(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ayGC_collect(vm);
    return ayV_small(0);
}
static AyValue gc_enable(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    vm->gc_disabled = 0;
    return AY_NONE;
}
static AyValue gc_disable(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    vm->gc_disabled = 1;
    return AY_NONE;
}
static AyValue gc_isenabled(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayV_bool(!vm->gc_disabled); }

static const AyMethodDef gc_funcs[] = {
    {"collect", gc_collect, 0, NULL},
    {"enable", gc_enable, 0, NULL},
    {"disable", gc_disable, 0, NULL},
    {"isenabled", gc_isenabled, 0, NULL},
    {NULL},
};

AyValue ayMod_gc(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "gc", gc_funcs);
    return m ? ayV_from_obj(m) : AY_NULL;
}

// }====
// {==== time (the clock functions; struct_time and strftime live in mod_time.c)

static double now(clockid_t c) {
    struct timespec ts;
    clock_gettime(c, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
static int64_t now_ns(clockid_t c) {
    struct timespec ts;
    clock_gettime(c, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static AyValue t_time(AyVM *vm, AyValue *a, int n, AyValue k) { return ayV_from_float(now(CLOCK_REALTIME)); }
static AyValue t_time_ns(AyVM *vm, AyValue *a, int n, AyValue k) { return ayInt_from_i64(vm, now_ns(CLOCK_REALTIME)); }
static AyValue t_monotonic(AyVM *vm, AyValue *a, int n, AyValue k) { return ayV_from_float(now(CLOCK_MONOTONIC)); }
static AyValue t_monotonic_ns(AyVM *vm, AyValue *a, int n, AyValue k) { return ayInt_from_i64(vm, now_ns(CLOCK_MONOTONIC)); }
static AyValue t_perf_counter(AyVM *vm, AyValue *a, int n, AyValue k) { return ayV_from_float(now(CLOCK_MONOTONIC)); }
static AyValue t_perf_counter_ns(AyVM *vm, AyValue *a, int n, AyValue k) { return ayInt_from_i64(vm, now_ns(CLOCK_MONOTONIC)); }
static AyValue t_process_time(AyVM *vm, AyValue *a, int n, AyValue k) { return ayV_from_float(now(CLOCK_PROCESS_CPUTIME_ID)); }

static AyValue t_sleep(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "sleep", nargs, 1, 1)) return AY_NULL;
    double secs;
    if (ayV_is_float(args[0])) secs = ayV_float(args[0]);
    else if (ayV_is_anyint(vm, args[0])) {
        if (ayInt_as_double(vm, ayInt_exact(vm, args[0]), &secs) < 0) return AY_NULL;
    } else {
        return ayErr_format(vm, AY_EXC(vm, TypeError), "'%T' object cannot be interpreted as an integer", args[0]);
    }
    if (secs < 0) return ayErr_format(vm, AY_EXC(vm, ValueError), "sleep length must be non-negative");
    struct timespec ts = {(time_t)secs, (long)((secs - floor(secs)) * 1e9)};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
        if (vm->interrupt) {
            vm->interrupt = 0;
            return ayErr_set(vm, ayV_from_obj(AY_EXC(vm, KeyboardInterrupt)));
        }
    }
    return AY_NONE;
}

static const AyMethodDef time_funcs[] = {
    {"time", t_time, 0, NULL},
    {"time_ns", t_time_ns, 0, NULL},
    {"monotonic", t_monotonic, 0, NULL},
    {"monotonic_ns", t_monotonic_ns, 0, NULL},
    {"perf_counter", t_perf_counter, 0, NULL},
    {"perf_counter_ns", t_perf_counter_ns, 0, NULL},
    {"process_time", t_process_time, 0, NULL},
    {"sleep", t_sleep, 0, NULL},
    {NULL},
};

AyValue ayMod_time(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "time", time_funcs);
    return m ? ayV_from_obj(m) : AY_NULL;
}

// }====
// {==== _ay

static AyValue ay_gc_count(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayInt_from_u64(vm, vm->gc_count); }
static AyValue ay_bytes_live(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayInt_from_u64(vm, vm->bytes); }

static const AyMethodDef ay_funcs[] = {
    {"gc_count", ay_gc_count, 0, NULL},
    {"bytes_live", ay_bytes_live, 0, NULL},
    {NULL},
};

AyValue ayMod_ay(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_ay", ay_funcs);
    return m ? ayV_from_obj(m) : AY_NULL;
}
