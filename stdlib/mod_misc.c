// Small built-in modules: gc and _ay (interpreter internals for tests).
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
