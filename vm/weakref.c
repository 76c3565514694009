// Weak references: weakref.ref and the proxies, and the _weakref module the
// Python-level weakref module (lib/weakref.py) builds on. The collector
// (vm/gc.c) clears a reference when its referent becomes unreachable and
// queues its callback.
#include "containers.h"
#include "int.h"
#include "module.h"
#include "native.h"
#include "str.h"
#include "vm.h"
#include "weakref.h"

bool ayWeakRef_check(AyVM *vm, AyValue v) {
    if (!ayV_is_obj(v)) return false;
    AyType *t = ayV_obj(v)->type;
    return ayType_is_subtype(t, vm->t_weakref) || t == vm->t_weakproxy || t == vm->t_weakcallableproxy;
}

static AyWeakRef *new_ref(AyVM *vm, AyType *type, AyValue obj, AyValue callback) {
    if (!ayV_is_obj(obj) || !(ayV_type(vm, obj)->flags & AY_TF_WEAKREFABLE)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "cannot create weak reference to '%T' object", obj);
        return NULL;
    }
    AyWeakRef *w = (AyWeakRef *)ayGC_new(vm, type, type->basic_size);
    if (!w) return NULL;
    w->referent = ayV_obj(obj);
    w->callback = callback == AY_NONE ? AY_NULL : callback;
    w->hash = -1;
    w->next = vm->weakrefs;
    vm->weakrefs = w;
    return w;
}

static AyValue referent(AyWeakRef *w) { return w->referent ? ayV_from_obj(w->referent) : AY_NONE; }

static void ref_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((AyWeakRef *)o)->callback); }

// {==== weakref.ref

static AyValue ref_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[2] = {AY_NULL, AY_NONE};
    if (!ayArg_count(vm, type->name ? type->name->data : "ref", nargs, 1, 2)) return AY_NULL;
    a[0] = args[0];
    if (nargs > 1) a[1] = args[1];
    AyWeakRef *w = new_ref(vm, type, a[0], a[1]);
    return w ? ayV_from_obj(w) : AY_NULL;
}

// Subclasses may take extra arguments in __init__ (WeakMethod); ref's own ignores them.
static AyValue ref_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) { return AY_NONE; }

static AyValue ref_call(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_count(vm, "weakref", nargs, 0, 0)) return AY_NULL;
    return referent(AY_AS(AyWeakRef, self));
}

static int64_t ref_hash(AyVM *vm, AyValue self) {
    AyWeakRef *w = AY_AS(AyWeakRef, self);
    if (w->hash != -1) return w->hash;
    if (!w->referent) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "weak object has gone away");
        return -1;
    }
    w->hash = ayObj_hash(vm, ayV_from_obj(w->referent));
    return w->hash;
}

// Live references compare their referents; dead ones compare by identity.
static AyValue ref_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    if ((op != AY_EQ && op != AY_NE) || !ayV_is_obj(b) || !ayType_is_subtype(ayV_type(vm, b), vm->t_weakref))
        return AY_NOTIMPLEMENTED;
    AyWeakRef *x = AY_AS(AyWeakRef, a), *y = AY_AS(AyWeakRef, b);
    if (!x->referent || !y->referent) return ayV_bool((a == b) == (op == AY_EQ));
    return ayObj_richcmp(vm, referent(x), referent(y), op);
}

static AyValue ref_repr(AyVM *vm, AyValue self) {
    AyWeakRef *w = AY_AS(AyWeakRef, self);
    if (!w->referent) return ayStr_from_fmt(vm, "<weakref at %p; dead>", (void *)w);
    AyValue obj = referent(w);
    AyValue name = ayObj_getattr_opt(vm, obj, vm->s.__name__);
    if (name && ayV_is_str(vm, name))
        return ayStr_from_fmt(vm, "<weakref at %p; to '%T' at %p (%U)>", (void *)w, obj, (void *)w->referent,
                              AY_STR(name));
    ayErr_clear(vm);
    return ayStr_from_fmt(vm, "<weakref at %p; to '%T' at %p>", (void *)w, obj, (void *)w->referent);
}

static AyValue ref_callback_get(AyVM *vm, AyValue self) {
    AyValue cb = AY_AS(AyWeakRef, self)->callback;
    return cb ? cb : AY_NONE;
}

static const AyGetSetDef ref_getsets[] = {
    {"__callback__", ref_callback_get, NULL},
    {NULL},
};

// }====
// {==== proxies: every operation goes to the live referent

static AyValue live(AyVM *vm, AyValue proxy) {
    AyWeakRef *w = AY_AS(AyWeakRef, proxy);
    if (!w->referent)
        return ayErr_format(vm, AY_EXC(vm, ReferenceError), "weakly-referenced object no longer exists");
    return ayV_from_obj(w->referent);
}

#define UNWRAP(v) (ayV_is_obj(v) && (ayV_type(vm, v) == vm->t_weakproxy || ayV_type(vm, v) == vm->t_weakcallableproxy) ? live(vm, v) : (v))

static AyValue proxy_getattr(AyVM *vm, AyValue self, AyStr *name) {
    AyValue o = live(vm, self);
    return o ? ayObj_getattr(vm, o, name) : AY_NULL;
}
static int proxy_setattr(AyVM *vm, AyValue self, AyStr *name, AyValue v) {
    AyValue o = live(vm, self);
    return o ? ayObj_setattr(vm, o, name, v) : -1;
}
static AyValue proxy_repr(AyVM *vm, AyValue self) {
    AyWeakRef *w = AY_AS(AyWeakRef, self);
    if (!w->referent) return ayStr_from_fmt(vm, "<weakproxy at %p; dead>", (void *)w);
    return ayStr_from_fmt(vm, "<weakproxy at %p; to '%T' at %p>", (void *)w, referent(w), (void *)w->referent);
}
static AyValue proxy_str(AyVM *vm, AyValue self) {
    AyValue o = live(vm, self);
    return o ? ayObj_str(vm, o) : AY_NULL;
}
static AyValue proxy_call(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyValue o = live(vm, self);
    return o ? ayObj_call(vm, o, args, nargs, kwnames) : AY_NULL;
}
static AyValue proxy_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    AyValue x = UNWRAP(a), y = x ? UNWRAP(b) : AY_NULL;
    return y ? ayObj_richcmp(vm, x, y, op) : AY_NULL;
}
static int proxy_truth(AyVM *vm, AyValue self) {
    AyValue o = live(vm, self);
    return o ? ayObj_truth(vm, o) : -1;
}
static int64_t proxy_len(AyVM *vm, AyValue self) {
    AyValue o = live(vm, self);
    return o ? ayObj_len(vm, o) : -1;
}
static AyValue proxy_getitem(AyVM *vm, AyValue self, AyValue k) {
    AyValue o = live(vm, self);
    return o ? ayObj_getitem(vm, o, k) : AY_NULL;
}
static int proxy_setitem(AyVM *vm, AyValue self, AyValue k, AyValue v) {
    AyValue o = live(vm, self);
    if (!o) return -1;
    return v ? ayObj_setitem(vm, o, k, v) : ayObj_delitem(vm, o, k);
}
static int proxy_contains(AyVM *vm, AyValue self, AyValue item) {
    AyValue o = live(vm, self);
    return o ? ayObj_contains(vm, o, item) : -1;
}
static AyValue proxy_iter(AyVM *vm, AyValue self) {
    AyValue o = live(vm, self);
    return o ? ayObj_iter(vm, o) : AY_NULL;
}
static AyValue proxy_next(AyVM *vm, AyValue self) {
    AyValue o = live(vm, self);
    return o ? ayObj_next(vm, o) : AY_NULL;
}

#define PROXY_BINOP(NAME, sym, d, r, i) \
    static AyValue proxy_##NAME(AyVM *vm, AyValue a, AyValue b) { \
        AyValue x = UNWRAP(a), y = x ? UNWRAP(b) : AY_NULL; \
        return y ? ayObj_binop(vm, AY_BINOP_##NAME, x, y) : AY_NULL; \
    } \
    static AyValue proxy_i##NAME(AyVM *vm, AyValue a, AyValue b) { \
        AyValue x = UNWRAP(a), y = x ? UNWRAP(b) : AY_NULL; \
        if (!y) return AY_NULL; \
        return ayObj_inplace(vm, AY_BINOP_##NAME, x, y) ? a : AY_NULL; \
    }
AY_BINOPS(PROXY_BINOP)
#undef PROXY_BINOP

static void proxy_type_setup(AyVM *vm, AyType *t) {
    t->basic_size = sizeof(AyWeakRef);
    t->trace = ref_trace;
    t->getattr = proxy_getattr;
    t->setattr = proxy_setattr;
    t->repr = proxy_repr;
    t->str = proxy_str;
    t->richcmp = proxy_richcmp;
    t->truth = proxy_truth;
    t->len = proxy_len;
    t->getitem = proxy_getitem;
    t->setitem = proxy_setitem;
    t->contains = proxy_contains;
    t->iter = proxy_iter;
    t->next = proxy_next;
#define SET_BINOP(NAME, sym, d, r, i) \
    t->binop[AY_BINOP_##NAME] = proxy_##NAME; \
    t->binop[AY_BINOP_COUNT + AY_BINOP_##NAME] = proxy_i##NAME;
    AY_BINOPS(SET_BINOP)
#undef SET_BINOP
}

// }====
// {==== the _weakref module

static AyValue w_proxy(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_count(vm, "proxy", nargs, 1, 2)) return AY_NULL;
    AyValue obj = args[0];
    AyType *t = ayV_type(vm, obj)->call ? vm->t_weakcallableproxy : vm->t_weakproxy;
    AyWeakRef *w = new_ref(vm, t, obj, nargs > 1 ? args[1] : AY_NONE);
    return w ? ayV_from_obj(w) : AY_NULL;
}

static AyValue w_getweakrefcount(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_count(vm, "getweakrefcount", nargs, 1, 1)) return AY_NULL;
    int64_t n = 0;
    for (AyWeakRef *w = vm->weakrefs; w; w = w->next)
        if (w->referent && ayV_from_obj(w->referent) == args[0]) n++;
    return ayV_small(n);
}

AyValue ayWeakRef_first(AyVM *vm, AyValue obj) {
    for (AyWeakRef *w = vm->weakrefs; w; w = w->next)
        if (w->referent && ayV_from_obj(w->referent) == obj) return ayV_from_obj(w);
    return AY_NULL;
}

static AyValue w_getweakrefs(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    if (!ayArg_count(vm, "getweakrefs", nargs, 1, 1)) return AY_NULL;
    AyValue list = ayList_from_items(vm, NULL, 0);
    if (!list) return AY_NULL;
    for (AyWeakRef *w = vm->weakrefs; w; w = w->next)
        if (w->referent && ayV_from_obj(w->referent) == args[0] && !ayList_append(vm, AY_AS(AyList, list), ayV_from_obj(w)))
            return AY_NULL;
    return list;
}

static const AyMethodDef weakref_funcs[] = {
    {"proxy", w_proxy, 0, NULL},
    {"getweakrefcount", w_getweakrefcount, 0, NULL},
    {"getweakrefs", w_getweakrefs, 0, NULL},
    {NULL},
};

AyValue ayMod_weakref(AyVM *vm) {
    AyModule *m = ayModule_new_native(vm, "_weakref", weakref_funcs);
    if (!m) return AY_NULL;
    ayModule_add(vm, m, "ref", ayV_from_obj(vm->t_weakref));
    ayModule_add(vm, m, "ReferenceType", ayV_from_obj(vm->t_weakref));
    ayModule_add(vm, m, "ProxyType", ayV_from_obj(vm->t_weakproxy));
    ayModule_add(vm, m, "CallableProxyType", ayV_from_obj(vm->t_weakcallableproxy));
    return ayV_from_obj(m);
}

// }====

void ayWeakRef_setup(AyVM *vm) {
    AyType *t = vm->t_weakref;
    AyValue modname = ayV_from_obj(ayStr_intern_c(vm, "weakref"));
    t->module = vm->t_weakproxy->module = vm->t_weakcallableproxy->module = modname;
    t->basic_size = sizeof(AyWeakRef);
    t->flags |= AY_TF_BASETYPE;
    t->trace = ref_trace;
    t->tp_new = ref_new;
    t->tp_init = ref_init;
    t->call = ref_call;
    t->hash = ref_hash;
    t->richcmp = ref_richcmp;
    t->repr = ref_repr;
    ayType_add_getsets(vm, t, ref_getsets);
    proxy_type_setup(vm, vm->t_weakproxy);
    proxy_type_setup(vm, vm->t_weakcallableproxy);
    vm->t_weakcallableproxy->call = proxy_call;
    // the builtin kinds whose instances can be weakly referenced
    AyType *weakrefable[] = {vm->t_type, vm->t_function, vm->t_builtin_function, vm->t_set, vm->t_frozenset,
                             vm->t_generator, vm->t_coroutine, vm->t_async_generator, vm->t_code,
                             vm->t_module, vm->t_method};
    for (size_t i = 0; i < sizeof weakrefable / sizeof *weakrefable; i++) weakrefable[i]->flags |= AY_TF_WEAKREFABLE;
}
