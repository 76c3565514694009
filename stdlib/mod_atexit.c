// atexit: callbacks run (last registered first) when the VM shuts down,
// before module globals are cleared and finalizers run (see ay_free).
#include "containers.h"
#include "module.h"
#include "native.h"
#include "vm.h"

static AyList *handlers(AyVM *vm) {
    if (!vm->atexit) vm->atexit = ayV_from_obj(ayList_new(vm, 0));
    return vm->atexit ? AY_AS(AyList, vm->atexit) : NULL;
}

// register(func, *args, **kwargs): stores (func, args, kwargs) and returns func.
static AyValue ae_register(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (nargs < 1) return ayErr_format(vm, AY_EXC(vm, TypeError), "register() takes at least 1 argument (0 given)");
    if (!ayV_type(vm, args[0])->call)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "the first argument must be callable");
    int nkw = ayArg_nkw(kw);
    AyDict *kwargs = ayDict_new(vm);
    if (!kwargs) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(kwargs));
    for (int i = 0; i < nkw; i++)
        if (ayDict_set(vm, kwargs, AY_AS(AyTuple, kw)->items[i], args[nargs + i]) < 0) {
            ayGC_pop_roots(vm, 1);
            return AY_NULL;
        }
    AyValue rest = ayTuple_from_items(vm, args + 1, nargs - 1);
    AyValue entry[3] = {args[0], rest, ayV_from_obj(kwargs)};
    AyValue t = rest ? ayTuple_from_items(vm, entry, 3) : AY_NULL;
    AyList *l = t ? handlers(vm) : NULL;
    bool ok = l && ayList_append(vm, l, t);
    ayGC_pop_roots(vm, 1);
    return ok ? args[0] : AY_NULL;
}

static AyValue ae_unregister(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_no_kw(vm, "unregister", kw) || !ayArg_count(vm, "unregister", nargs, 1, 1)) return AY_NULL;
    AyList *l = handlers(vm);
    if (!l) return AY_NULL;
    for (int64_t i = l->len; i-- > 0;) {
        int eq = ayObj_eq(vm, AY_AS(AyTuple, l->items[i])->items[0], args[0]);
        if (eq < 0) return AY_NULL;
        if (eq) {
            for (int64_t j = i; j + 1 < l->len; j++) l->items[j] = l->items[j + 1];
            l->len--;
        }
    }
    return AY_NONE;
}

void ayAtexit_run(AyVM *vm) {
    while (vm->atexit && AY_AS(AyList, vm->atexit)->len) {
        AyList *l = AY_AS(AyList, vm->atexit);
        AyValue h = l->items[--l->len];
        ayGC_push_root(vm, h);
        AyTuple *t = AY_AS(AyTuple, h);
        AyValue r = ayObj_call_ex(vm, t->items[0], t->items[1], t->items[2]);
        if (!r) ayErr_write_unraisable_msg(vm, "in atexit callback", t->items[0]);
        ayGC_pop_roots(vm, 1);
    }
}

static AyValue ae_run(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    ayAtexit_run(vm);
    return AY_NONE;
}

static AyValue ae_clear(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyList *l = handlers(vm);
    if (l) l->len = 0;
    return l ? AY_NONE : AY_NULL;
}

static AyValue ae_ncallbacks(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyList *l = handlers(vm);
    return l ? ayV_small(l->len) : AY_NULL;
}

static const AyMethodDef atexit_funcs[] = {
    {"register", ae_register, 0, "Register a function to be executed upon normal program termination."},
    {"unregister", ae_unregister, 0, "Unregister an exit function which was previously registered."},
    {"_run_exitfuncs", ae_run, 0, NULL},
    {"_clear", ae_clear, 0, NULL},
    {"_ncallbacks", ae_ncallbacks, 0, NULL},
    {NULL},
};

AyValue ayMod_atexit(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "atexit", atexit_funcs);
    return m ? ayV_from_obj(m) : AY_NULL;
}
