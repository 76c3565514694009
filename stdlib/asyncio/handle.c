// Handle and TimerHandle: a callback scheduled on the loop with its arguments
// and the context it runs in. Their reprs and the error report of a failed
// callback are written in Python (lib/asyncio/events.py helpers).
#include <math.h>

#include "aio.h"
#include "num.h"
#include "seq.h"
#include "str.h"

static void handle_trace(AyVM *vm, AyObj *o) {
    AioHandle *h = (AioHandle *)o;
    ayGC_mark(vm, h->callback);
    ayGC_mark(vm, h->args);
    ayGC_mark(vm, h->context);
    ayGC_mark(vm, h->loop);
    ayGC_mark(vm, h->repr_cache);
}

AioHandle *aioHandle_new(AyVM *vm, AyType *type, AyValue callback, AyValue args, AyValue loop, AyValue context) {
    AioHandle *h = (AioHandle *)ayGC_new(vm, type, type->basic_size);
    if (!h) return NULL;
    h->callback = callback;
    h->args = args ? args : ayV_from_obj(vm->empty_tuple);
    h->loop = loop;
    h->context = context;
    if (!context || context == AY_NONE) {
        ayGC_push_root(vm, ayV_from_obj(h));
        h->context = aioContext_copy_current(vm);
        ayGC_pop_roots(vm, 1);
        if (!h->context) return NULL;
    }
    return h;
}

static bool loop_debug(AyVM *vm, AyValue loop) { return aioLoop_check(vm, loop) && AY_AS(AioLoop, loop)->debug; }

void aioHandle_cancel(AyVM *vm, AioHandle *h) {
    if (h->cancelled) return;
    if (h->hdr.type == vm->aio->t_timer_handle || ayType_is_subtype(h->hdr.type, vm->aio->t_timer_handle)) {
        if (h->scheduled && aioLoop_check(vm, h->loop)) AY_AS(AioLoop, h->loop)->timer_cancelled_count++;
    }
    if (loop_debug(vm, h->loop) && !h->repr_cache) {
        // keep the repr: it is what debug output shows after the callback is gone
        AyValue r = ayObj_repr(vm, ayV_from_obj(h));
        if (r) h->repr_cache = r;
        else ayErr_clear(vm);
    }
    h->cancelled = 1;
    h->callback = AY_NULL;
    h->args = AY_NULL;
}

bool aioHandle_run(AyVM *vm, AioHandle *h) {
    AyValue cb = h->callback;
    AyTuple *args = AY_AS(AyTuple, h->args);
    AyValue r;
    if (h->context && h->context != AY_NONE) {
        AioContext *c = AY_AS(AioContext, h->context);
        if (!aioContext_enter(vm, c)) {
            r = AY_NULL;
        } else {
            r = ayObj_call(vm, cb, args->items, (int)args->len, AY_NULL);
            aioContext_exit(vm, c);
        }
    } else {
        r = ayObj_call(vm, cb, args->items, (int)args->len, AY_NULL);
    }
    if (r) return true;
    if (ayErr_matches(vm, AY_EXC(vm, KeyboardInterrupt)) || ayErr_matches(vm, AY_EXC(vm, SystemExit))) return false;
    AyValue exc = ayErr_fetch(vm);
    AyValue a[2] = {ayV_from_obj(h), exc};
    ayGC_push_root(vm, exc);
    AyValue ok = aioHook_call(vm, "handle_error", a, 2);
    ayGC_pop_roots(vm, 1);
    if (!ok) {
        if (ayErr_matches(vm, AY_EXC(vm, KeyboardInterrupt)) || ayErr_matches(vm, AY_EXC(vm, SystemExit)))
            return false;
        aioLog_error(vm, "Exception in callback", ayErr_fetch(vm));
    }
    return true;
}

// {==== Python-visible API

static AyValue handle_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[4];
    if (!ayArg_unpack(vm, "Handle", args, nargs, kwnames, "callback args loop | context", a)) return AY_NULL;
    AioHandle *h = aioHandle_new(vm, type, a[0], a[1] == AY_NONE ? AY_NULL : a[1], a[2], a[3]);
    return h ? ayV_from_obj(h) : AY_NULL;
}

static AyValue timer_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[5];
    if (!ayArg_unpack(vm, "TimerHandle", args, nargs, kwnames, "when callback args loop | context", a)) return AY_NULL;
    double when;
    if (ayFloat_as_double(vm, a[0], &when) < 0) return AY_NULL;
    AioHandle *h = aioHandle_new(vm, type, a[1], a[2] == AY_NONE ? AY_NULL : a[2], a[3], a[4]);
    if (!h) return AY_NULL;
    h->when = when;
    return ayV_from_obj(h);
}

static AyValue handle_repr(AyVM *vm, AyValue self) {
    AioHandle *h = AY_AS(AioHandle, self);
    if (h->repr_cache) return h->repr_cache;
    AyValue r = aioHook_call(vm, "handle_repr", &self, 1);
    if (r || ayErr_occurred(vm)) return r;
    return ayStr_from_fmt(vm, "<%s>", ayType_name(h->hdr.type));
}

static AyValue m_cancel(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    aioHandle_cancel(vm, AY_AS(AioHandle, args[0]));
    return AY_NONE;
}
static AyValue m_cancelled(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayV_bool(AY_AS(AioHandle, args[0])->cancelled);
}
static AyValue m_get_context(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue c = AY_AS(AioHandle, args[0])->context;
    return c ? c : AY_NONE;
}
static AyValue m_run(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AioHandle *h = AY_AS(AioHandle, args[0]);
    if (h->cancelled) return AY_NONE;
    return aioHandle_run(vm, h) ? AY_NONE : AY_NULL;
}
static AyValue m_when(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayV_from_float(AY_AS(AioHandle, args[0])->when);
}

static AyValue get_callback(AyVM *vm, AyValue self) {
    AyValue v = AY_AS(AioHandle, self)->callback;
    return v ? v : AY_NONE;
}
static AyValue get_args(AyVM *vm, AyValue self) {
    AyValue v = AY_AS(AioHandle, self)->args;
    return v ? v : AY_NONE;
}
static AyValue get_cancelled(AyVM *vm, AyValue self) { return ayV_bool(AY_AS(AioHandle, self)->cancelled); }
static AyValue get_loop(AyVM *vm, AyValue self) { return AY_AS(AioHandle, self)->loop; }
static AyValue get_context(AyVM *vm, AyValue self) {
    AyValue c = AY_AS(AioHandle, self)->context;
    return c ? c : AY_NONE;
}
static AyValue get_when(AyVM *vm, AyValue self) { return ayV_from_float(AY_AS(AioHandle, self)->when); }
static AyValue get_scheduled(AyVM *vm, AyValue self) { return ayV_bool(AY_AS(AioHandle, self)->scheduled); }
static AyValue get_source_tb(AyVM *vm, AyValue self) { return AY_NONE; }
static AyValue get_repr(AyVM *vm, AyValue self) {
    AyValue r = AY_AS(AioHandle, self)->repr_cache;
    return r ? r : AY_NONE;
}

static const AyGetSetDef handle_getsets[] = {
    {"_callback", get_callback, NULL},
    {"_args", get_args, NULL},
    {"_cancelled", get_cancelled, NULL},
    {"_loop", get_loop, NULL},
    {"_context", get_context, NULL},
    {"_source_traceback", get_source_tb, NULL},
    {"_repr", get_repr, NULL},
    {NULL},
};

static const AyGetSetDef timer_getsets[] = {
    {"_when", get_when, NULL},
    {"_scheduled", get_scheduled, NULL},
    {NULL},
};

static const AyMethodDef handle_methods[] = {
    {"cancel", m_cancel, 0, NULL},
    {"cancelled", m_cancelled, 0, NULL},
    {"get_context", m_get_context, 0, NULL},
    {"_run", m_run, 0, NULL},
    {NULL},
};

static const AyMethodDef timer_methods[] = {
    {"when", m_when, 0, NULL},
    {NULL},
};

// TimerHandle ordering compares deadlines only; equality also compares the
// callback, its arguments and the cancelled flag (CPython's rules).
static AyValue timer_richcmp(AyVM *vm, AyValue a, AyValue b, AyCmp op) {
    AyType *tt = vm->aio->t_timer_handle;
    if (!ayV_is_obj(b) || !ayType_is_subtype(ayV_obj(b)->type, tt)) return AY_NOTIMPLEMENTED;
    AioHandle *x = AY_AS(AioHandle, a), *y = AY_AS(AioHandle, b);
    switch (op) {
    case AY_LT: return ayV_bool(x->when < y->when);
    case AY_LE: return ayV_bool(x->when < y->when || x == y || x->when == y->when);
    case AY_GT: return ayV_bool(x->when > y->when);
    case AY_GE: return ayV_bool(x->when > y->when || x == y || x->when == y->when);
    default: break;
    }
    bool eq = x == y;
    if (!eq && x->when == y->when && x->cancelled == y->cancelled) {
        AyValue ca = x->callback ? x->callback : AY_NONE, cb = y->callback ? y->callback : AY_NONE;
        AyValue aa = x->args ? x->args : AY_NONE, ab = y->args ? y->args : AY_NONE;
        int r = ayObj_eq(vm, ca, cb);
        if (r < 0) return AY_NULL;
        if (r) {
            r = ayObj_eq(vm, aa, ab);
            if (r < 0) return AY_NULL;
        }
        eq = r != 0;
    }
    return ayV_bool(op == AY_EQ ? eq : !eq);
}

static int64_t timer_hash(AyVM *vm, AyValue self) { return ayFloat_hash(AY_AS(AioHandle, self)->when); }

// }====

void aioHandle_setup(AyVM *vm, AyAioState *st) {
    AyValue modname = ayV_from_obj(ayStr_intern_c(vm, "asyncio.events"));
    AyType *t = ayType_new_builtin(vm, "Handle", vm->t_object, sizeof(AioHandle), AY_TF_BASETYPE);
    t->module = modname;
    t->tp_new = handle_new;
    t->trace = handle_trace;
    t->repr = handle_repr;
    ayType_add_methods(vm, t, handle_methods);
    ayType_add_getsets(vm, t, handle_getsets);
    ayType_ready(vm, t);
    st->t_handle = t;

    t = ayType_new_builtin(vm, "TimerHandle", st->t_handle, sizeof(AioHandle), AY_TF_BASETYPE);
    t->module = modname;
    t->tp_new = timer_new;
    t->richcmp = timer_richcmp;
    t->hash = timer_hash;
    ayType_add_methods(vm, t, timer_methods);
    ayType_add_getsets(vm, t, timer_getsets);
    ayType_ready(vm, t);
    aySeq_add_slot_methods(vm, t, "__lt__ __le__ __gt__ __ge__ __eq__ __ne__ __hash__");
    st->t_timer_handle = t;
}
