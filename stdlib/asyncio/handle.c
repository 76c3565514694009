// Handle and TimerHandle: a callback scheduled on the loop with its arguments
// and the context it runs in. Their reprs and the error report of a failed
// callback are written in Python (lib/asyncio/events.py helpers).
#include <math.h>
#include <string.h>

#include "aio.h"
#include "containers.h"
#include "num.h"
#include "seq.h"
#include "str.h"

static void handle_trace(AyVM *vm, AyObj *o) {
    AioHandle *h = (AioHandle *)o;
    ayGC_mark(vm, h->callback);
    ayGC_mark(vm, h->context);
    ayGC_mark(vm, h->loop);
    ayGC_mark(vm, h->debug);
    for (uint32_t i = 0; i < h->nargs; i++) ayGC_mark(vm, h->args[i]);
}

static size_t handle_gc_size(AyObj *o) {
    return o->type->basic_size + sizeof(AyValue) * ((AioHandle *)o)->nargs;
}

static bool loop_debug(AyVM *vm, AyValue loop) { return aioLoop_check(vm, loop) && AY_AS(AioLoop, loop)->debug; }

// The parts of h->debug, None when absent.
static AyValue debug_part(AioHandle *h, int i) { return h->debug ? AY_AS(AyTuple, h->debug)->items[i] : AY_NONE; }

static bool set_debug(AyVM *vm, AioHandle *h, AyValue source_tb, AyValue repr) {
    AyValue d = ayTuple_pack2(vm, source_tb, repr);
    if (!d) return false;
    h->debug = d;
    return true;
}

// Debug mode: where the handle was made ("created at" in its repr), as CPython
// records it; the stack ends at the Python code that called the C method.
static bool remember_creation(AyVM *vm, AioHandle *h) {
    ayGC_push_root(vm, ayV_from_obj(h));
    AyValue tb = aioHook_call(vm, "extract_stack", NULL, 0);
    bool ok = tb && set_debug(vm, h, tb, AY_NONE);
    ayGC_pop_roots(vm, 1);
    return ok;
}

AioHandle *aioHandle_new(AyVM *vm, AyType *type, AyValue callback, const AyValue *args, int nargs, AyValue loop,
                         AyValue context) {
    AioHandle *h = (AioHandle *)ayGC_new(vm, type, type->basic_size + sizeof(AyValue) * (size_t)nargs);
    if (!h) return NULL;
    h->callback = callback;
    h->nargs = (uint32_t)nargs;
    for (int i = 0; i < nargs; i++) h->args[i] = args[i];
    h->loop = loop;
    h->context = context;
    if (!context || context == AY_NONE) {
        h->context = aioContext_snapshot(vm);
        if (!h->context) return NULL;
    }
    if (loop_debug(vm, loop) && !remember_creation(vm, h)) return NULL;
    return h;
}

void aioHandle_cancel(AyVM *vm, AioHandle *h) {
    if (h->cancelled) return;
    if (ayType_is_subtype(h->hdr.type, vm->aio->t_timer_handle)) {
        if (h->scheduled && aioLoop_check(vm, h->loop)) AY_AS(AioLoop, h->loop)->timer_cancelled_count++;
    }
    h->cancelled = 1;
    if (loop_debug(vm, h->loop)) {
        // keep the repr (a cancelled one, callback still shown): it is what
        // debug output shows after the callback is gone
        AyValue r = ayObj_repr(vm, ayV_from_obj(h));
        if (!r || !set_debug(vm, h, debug_part(h, 0), r)) ayErr_clear(vm);
    }
    h->callback = AY_NULL;
    for (uint32_t i = 0; i < h->nargs; i++) h->args[i] = AY_NONE;
}

AyValue aioHandle_report_error(AyVM *vm, AyValue handle, AyValue exc) {
    AyValue handled = vm->exc_info;
    ayGC_push_root(vm, handled);
    vm->exc_info = exc;
    AyValue a[2] = {handle, exc};
    AyValue ok = aioHook_call(vm, "handle_error", a, 2);
    vm->exc_info = handled;
    ayGC_pop_roots(vm, 1);
    return ok;
}

bool aioHandle_run(AyVM *vm, AioHandle *h) {
    AyValue r = AY_NULL;
    AioContext *c = aioContext_enter_any(vm, h->context);
    if (c) {
        // callees may write to their argument array: pass a copy on the VM stack
        AyValue *buf = vm->stack_top;
        memcpy(buf, h->args, sizeof(AyValue) * h->nargs);
        vm->stack_top += h->nargs;
        r = ayObj_call(vm, h->callback, buf, (int)h->nargs, AY_NULL);
        vm->stack_top = buf;
        aioContext_exit(vm, c);
    }
    if (r) return true;
    if (ayErr_matches(vm, AY_EXC(vm, KeyboardInterrupt)) || ayErr_matches(vm, AY_EXC(vm, SystemExit))) return false;
    AyValue exc = ayErr_fetch(vm);
    ayGC_push_root(vm, exc);
    AyValue ok = aioHandle_report_error(vm, ayV_from_obj(h), exc);
    ayGC_pop_roots(vm, 1);
    if (!ok) {
        if (ayErr_matches(vm, AY_EXC(vm, KeyboardInterrupt)) || ayErr_matches(vm, AY_EXC(vm, SystemExit)))
            return false;
        aioLog_error(vm, "Exception in callback", ayErr_fetch(vm));
    }
    return true;
}

// {==== Python-visible API

// Handle(callback, args, loop, context=None): `args` is any sequence.
static AyValue make_handle(AyVM *vm, AyType *type, AyValue cb, AyValue args, AyValue loop, AyValue ctx) {
    AyValue *items = NULL;
    int64_t n = 0;
    AyValue seq = AY_NULL;
    if (args && args != AY_NONE) {
        seq = ayObj_sequence_items(vm, args, &items, &n);
        if (!seq) return AY_NULL;
    }
    ayGC_push_root(vm, seq);
    AioHandle *h = aioHandle_new(vm, type, cb, items, (int)n, loop, ctx);
    ayGC_pop_roots(vm, 1);
    return h ? ayV_from_obj(h) : AY_NULL;
}

static AyValue handle_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[4];
    if (!ayArg_unpack(vm, "Handle", args, nargs, kwnames, "callback args loop | context", a)) return AY_NULL;
    return make_handle(vm, type, a[0], a[1], a[2], a[3]);
}

static AyValue timer_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[5];
    if (!ayArg_unpack(vm, "TimerHandle", args, nargs, kwnames, "when callback args loop | context", a)) return AY_NULL;
    double when;
    if (ayFloat_as_double(vm, a[0], &when) < 0) return AY_NULL;
    AyValue h = make_handle(vm, type, a[1], a[2], a[3], a[4]);
    if (h) AY_AS(AioHandle, h)->when = when;
    return h;
}

static AyValue handle_repr(AyVM *vm, AyValue self) {
    AioHandle *h = AY_AS(AioHandle, self);
    if (debug_part(h, 1) != AY_NONE) return debug_part(h, 1);
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
// The handle's Context, made from its captured variables the first time.
static AyValue handle_context(AyVM *vm, AyValue self) {
    AioHandle *h = AY_AS(AioHandle, self);
    if (!h->context) return AY_NONE;
    AyValue c = aioContext_materialize(vm, h->context);
    if (c) h->context = c;
    return c;
}
static AyValue m_get_context(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return handle_context(vm, args[0]); }
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
    AioHandle *h = AY_AS(AioHandle, self);
    if (!h->callback) return AY_NONE;  // dropped by cancel() (after its debug-mode repr)
    return ayTuple_from_items(vm, h->args, h->nargs);
}
static AyValue get_cancelled(AyVM *vm, AyValue self) { return ayV_bool(AY_AS(AioHandle, self)->cancelled); }
static AyValue get_loop(AyVM *vm, AyValue self) { return AY_AS(AioHandle, self)->loop; }
static AyValue get_when(AyVM *vm, AyValue self) { return ayV_from_float(AY_AS(AioHandle, self)->when); }
static AyValue get_scheduled(AyVM *vm, AyValue self) { return ayV_bool(AY_AS(AioHandle, self)->scheduled); }
static AyValue get_source_tb(AyVM *vm, AyValue self) { return debug_part(AY_AS(AioHandle, self), 0); }
static AyValue get_repr(AyVM *vm, AyValue self) { return debug_part(AY_AS(AioHandle, self), 1); }

static const AyGetSetDef handle_getsets[] = {
    {"_callback", get_callback, NULL},
    {"_args", get_args, NULL},
    {"_cancelled", get_cancelled, NULL},
    {"_loop", get_loop, NULL},
    {"_context", handle_context, NULL},
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
        int r = ayObj_eq(vm, ca, cb);
        if (r < 0) return AY_NULL;
        if (r && x->nargs != y->nargs) r = 0;
        for (uint32_t i = 0; r && i < x->nargs; i++) {
            r = ayObj_eq(vm, x->args[i], y->args[i]);
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
    t->gc_size = handle_gc_size;
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
    ayType_add_slot_wrappers(vm, t);
    st->t_timer_handle = t;
}
