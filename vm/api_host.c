// The embedding API: host functions and modules, host pointers, and the
// limits a host puts on scripts (interrupt, budget, memory).
#include <string.h>

#include "api.h"
#include "containers.h"
#include "module.h"
#include "native.h"
#include "str.h"

// {==== host functions

// A builtin function whose body is an AyCFunction. Its AyNative part gives it
// the builtin function's repr and attributes; name and doc point into the strs
// it holds.
typedef struct AyHostFn {
    AyNative native;
    AyCFunction fn;
    void *ud;
    AyStr *name;
    AyStr *doc;
} AyHostFn;

// Runs the host function in a fresh window: slot 0 the result, then the arguments.
static AyValue hostfn_call(AyVM *vm, AyValue callee, AyValue *args, int nargs, AyValue kwnames) {
    AyHostFn *f = AY_AS(AyHostFn, callee);
    if (!ayArg_no_kw(vm, f->native.name, kwnames)) return AY_NULL;
    AyApi *a = vm->api;
    int saved_base = a->base, saved_top = a->top;
    if ((size_t)saved_top + 1 + (size_t)nargs > AY_API_MAX_SLOTS) return ayErr_nomemory(vm);
    AyValue *w = a->slots + saved_top;
    w[0] = AY_NONE;
    if (nargs) memcpy(w + 1, args, sizeof(AyValue) * (size_t)nargs);
    a->base = saved_top;
    a->top = saved_top + 1 + nargs;
    AyStatus s = f->fn(vm, nargs, f->ud);
    AyValue r = w[0];
    a->base = saved_base;
    a->top = saved_top;
    if (s == AY_OK) {
        ayErr_clear(vm);  // an error the function handled itself
        return r;
    }
    if (!vm->exc)
        ayErr_format(vm, AY_EXC(vm, SystemError), "%s() returned an error status (%d) without setting an exception",
                     f->native.name, (int)s);
    return AY_NULL;
}

static void hostfn_trace(AyVM *vm, AyObj *o) {
    AyHostFn *f = (AyHostFn *)o;
    ayGC_mark(vm, f->native.self);
    ayGC_mark_obj(vm, (AyObj *)f->name);
    ayGC_mark_obj(vm, (AyObj *)f->doc);
}

static AyType *hostfn_type(AyVM *vm, AyApi *a) {
    if (a->t_hostfn) return a->t_hostfn;
    AyType *t = ayType_new_builtin(vm, "builtin_function_or_method", vm->t_builtin_function, sizeof(AyHostFn), 0);
    if (!t) return NULL;
    t->call = hostfn_call;
    t->trace = hostfn_trace;
    ayType_ready(vm, t);
    t->tp_new = NULL;  // made by ay_def_function/ay_def_module only: an empty one has no C function
    a->t_hostfn = t;
    return t;
}

// A host function bound to `module` (AY_NULL: none), or AY_NULL on error.
static AyValue new_hostfn(AyVM *vm, const char *name, AyCFunction fn, void *ud, const char *doc, AyValue module) {
    AyApi *a = ayApi(vm);
    AyType *t = a ? hostfn_type(vm, a) : NULL;
    if (!t) return AY_NULL;
    AyValue n = ayCodec_decode(vm, name, strlen(name), "utf-8", "strict");
    if (!n) return AY_NULL;
    ayGC_push_root(vm, n);
    AyValue d = doc ? ayCodec_decode(vm, doc, strlen(doc), "utf-8", "strict") : AY_NONE;
    AyHostFn *f = d ? AY_NEW(vm, AyHostFn, t) : NULL;
    ayGC_pop_roots(vm, 1);
    if (!f) return AY_NULL;
    f->fn = fn;
    f->ud = ud;
    f->name = AY_STR(n);
    f->native.name = f->name->data;
    if (doc) {
        f->doc = AY_STR(d);
        f->native.doc = f->doc->data;
    }
    f->native.self = module;
    return ayV_from_obj(f);
}

AY_API AyStatus ay_def_function(AyVM *vm, int dst, const char *name, AyCFunction fn, void *ud) {
    AyValue *d = ayApi_slot(vm, dst, __func__);
    if (!d) return ayApi_slot_error(vm);
    if (!name || !fn) return ayApi_usage(vm, "ay_def_function: NULL %s", name ? "function" : "name");
    AyValue f = new_hostfn(vm, name, fn, ud, NULL, AY_NULL);
    if (!f) return ayApi_status(vm);
    *d = f;
    return AY_OK;
}

AY_API AyStatus ay_def_module(AyVM *vm, int dst, const char *name, const AyFunctionDef *defs, void *ud) {
    AyValue *d = dst >= 0 ? ayApi_slot(vm, dst, __func__) : NULL;
    if (dst >= 0 && !d) return ayApi_slot_error(vm);
    if (!name) return ayApi_usage(vm, "ay_def_module: NULL name");
    for (const AyFunctionDef *def = defs; def && def->name; def++)
        if (!def->fn) return ayApi_usage(vm, "ay_def_module: NULL function for '%s'", def->name);
    AyModule *m = ayModule_new(vm, name);
    if (!m) return ayApi_status(vm);
    m->origin = AY_MODULE_BUILTIN;
    ayGC_push_root(vm, ayV_from_obj(m));
    AyStatus s = AY_OK;
    for (const AyFunctionDef *def = defs; def && def->name && s == AY_OK; def++) {
        AyValue f = new_hostfn(vm, def->name, def->fn, ud, def->doc, ayV_from_obj(m));
        if (!f || ayDict_set_cstr(vm, m->dict, def->name, f) < 0) s = ayApi_status(vm);
    }
    if (s == AY_OK && ayDict_set(vm, vm->modules, ayV_from_obj(m->name), ayV_from_obj(m)) < 0) s = ayApi_status(vm);
    ayGC_pop_roots(vm, 1);
    if (s == AY_OK && d) *d = ayV_from_obj(m);
    return s;
}

// }====
// {==== host pointers

typedef struct AyHostPointer {
    AyObj hdr;
    void *p;
    AyFinalizeFn finalize;
} AyHostPointer;

static void pointer_finalize(AyVM *vm, AyObj *o) {
    AyHostPointer *hp = (AyHostPointer *)o;
    if (hp->finalize) hp->finalize(hp->p);
    hp->finalize = NULL;
}

static AyValue pointer_repr(AyVM *vm, AyValue v) {
    return ayStr_from_fmt(vm, "<host pointer %p>", AY_AS(AyHostPointer, v)->p);
}

AY_API AyStatus ay_set_pointer(AyVM *vm, int slot, void *p, AyFinalizeFn finalize) {
    AyValue *s = ayApi_slot(vm, slot, __func__);
    if (!s) return ayApi_slot_error(vm);
    AyApi *a = vm->api;
    if (!a->t_pointer) {
        AyType *t = ayType_new_builtin(vm, "host_pointer", vm->t_object, sizeof(AyHostPointer), 0);
        if (!t) return ayApi_status(vm);
        t->finalize = pointer_finalize;
        t->repr = pointer_repr;
        ayType_ready(vm, t);
        t->tp_new = NULL;  // made by ay_set_pointer only
        a->t_pointer = t;
    }
    AyHostPointer *hp = AY_NEW(vm, AyHostPointer, a->t_pointer);
    if (!hp) return ayApi_status(vm);
    hp->p = p;
    hp->finalize = finalize;
    *s = ayV_from_obj(hp);
    return AY_OK;
}

AY_API void *ay_get_pointer(AyVM *vm, int slot) {
    AyValue *s = ayApi_slot(vm, slot, __func__);
    if (!s) return NULL;
    AyApi *a = vm->api;
    if (!a->t_pointer || !ayV_is_type(vm, *s, a->t_pointer)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "expected a host pointer, got %T", *s);
        return NULL;
    }
    return AY_AS(AyHostPointer, *s)->p;
}

// }====
// {==== limits

void ayApi_wake_loop(AyVM *vm);  // vm/api_loop.c

AY_API void ay_interrupt(AyVM *vm) {
    vm->interrupt = 1;
    ayApi_wake_loop(vm);
}

// The exception names in AY_EXCEPTIONS order: constant data, so other threads
// may search it without touching the VM.
static const char *const exception_names[] = {
#define EXC_NAME(name, base) #name,
    AY_EXCEPTIONS(EXC_NAME)
#undef EXC_NAME
};

AY_API AyStatus ay_interrupt_with(AyVM *vm, const char *exc_type) {
    for (int i = 0; exc_type && i < AY_EXC_COUNT; i++) {
        if (strcmp(exception_names[i], exc_type) == 0) {
            vm->interrupt = AY_INTERRUPT_EXC + i;
            ayApi_wake_loop(vm);
            return AY_OK;
        }
    }
    return AY_ERR_USAGE;
}

AY_API void ay_set_budget(AyVM *vm, int64_t ticks) {
    vm->budget_on = ticks >= 0;
    vm->budget = ticks >= 0 ? ticks : 0;
}

AY_API int64_t ay_budget(AyVM *vm) { return vm->budget_on ? vm->budget : -1; }

AY_API void ay_set_mem_limit(AyVM *vm, size_t bytes) { vm->mem_limit = bytes; }

AY_API size_t ay_mem_used(AyVM *vm) { return vm->bytes; }

// }====
