// asyncio.Future (as CPython's _asyncio.Future) and its await iterator.
// Done callbacks always go through the loop's ready queue; a Task waiting on
// the future is stored as a bare wake-up marker (callback = the task, context
// AY_NULL) so waking it allocates no Handle.
#include <string.h>

#include "aio.h"
#include "seq.h"
#include "str.h"

static const char *state_names[] = {"PENDING", "CANCELLED", "FINISHED"};

bool aioFuture_check(AyVM *vm, AyValue v) {
    return vm->aio && ayV_is_obj(v) && ayType_is_subtype(ayV_obj(v)->type, vm->aio->t_future);
}

void aioFuture_trace(AyVM *vm, AyObj *o) {
    AioFuture *f = (AioFuture *)o;
    ayGC_mark(vm, f->loop);
    ayGC_mark(vm, f->result);
    ayGC_mark(vm, f->cb0);
    ayGC_mark(vm, f->ctx0);
    ayGC_mark(vm, f->extra);
}

static void extra_trace(AyVM *vm, AyObj *o) {
    AioFutureExtra *x = (AioFutureExtra *)o;
    ayGC_mark(vm, x->callbacks);
    ayGC_mark(vm, x->exc_tb);
    ayGC_mark(vm, x->cancel_msg);
    ayGC_mark(vm, x->cancelled_exc);
    ayGC_mark(vm, x->source_tb);
    ayGC_mark(vm, x->task_name);
}

AioFutureExtra *aioFuture_extra(AyVM *vm, AioFuture *f) {
    if (!f->extra) {
        AioFutureExtra *x = AY_NEW(vm, AioFutureExtra, vm->aio->t_future_extra);
        if (!x) return NULL;
        f->extra = ayV_from_obj(x);
    }
    return AY_AS(AioFutureExtra, f->extra);
}

// Sets the cancel message (AY_NULL clears it); false on MemoryError.
static bool set_cancel_msg_field(AyVM *vm, AioFuture *f, AyValue msg) {
    if (!msg && !f->extra) return true;
    AioFutureExtra *x = aioFuture_extra(vm, f);
    if (!x) return false;
    x->cancel_msg = msg;
    return true;
}

// The loop a future belongs to when none is given: get_event_loop().
static AyValue default_loop(AyVM *vm) {
    if (vm->aio->running_loop) return vm->aio->running_loop;
    AyValue r = aioHook_call(vm, "get_event_loop", NULL, 0);
    if (!r && !ayErr_occurred(vm)) ayErr_format(vm, AY_EXC(vm, RuntimeError), "no running event loop");
    return r;
}

static bool future_init(AyVM *vm, AioFuture *f, AyValue loop) {
    if (!loop || loop == AY_NONE) {
        loop = default_loop(vm);
        if (!loop) return false;
    }
    f->loop = loop;
    if (aioLoop_check(vm, loop) && AY_AS(AioLoop, loop)->debug) {
        AyValue tb = aioHook_call(vm, "extract_stack", NULL, 0);
        AioFutureExtra *x = tb ? aioFuture_extra(vm, f) : NULL;
        if (x) x->source_tb = tb;
        else ayErr_clear(vm);
    }
    return true;
}

AyValue aioFuture_new(AyVM *vm, AyValue loop) {
    AioFuture *f = AY_NEW(vm, AioFuture, vm->aio->t_future);
    if (!f) return AY_NULL;
    f->loop = loop;
    if (aioLoop_check(vm, loop) && AY_AS(AioLoop, loop)->debug) {
        ayGC_push_root(vm, ayV_from_obj(f));
        bool ok = future_init(vm, f, loop);
        ayGC_pop_roots(vm, 1);
        if (!ok) return AY_NULL;
    }
    return ayV_from_obj(f);
}

// {==== callbacks

static bool schedule_one(AyVM *vm, AioFuture *f, AyValue fn, AyValue ctx) {
    if (!ctx) {
        // a Task's wake-up (its step runs in the task's own context)
        return aioLoop_push_ready(vm, AY_AS(AioLoop, AY_AS(AioFuture, fn)->loop), AIO_READY_WAKEUP, fn,
                                  ayV_from_obj(f));
    }
    if (aioLoop_check(vm, f->loop)) return aioLoop_push_call(vm, AY_AS(AioLoop, f->loop), fn, ayV_from_obj(f), ctx);
    ctx = aioContext_materialize(vm, ctx);
    if (!ctx) return false;
    AyValue kn = ayTuple_from_items(vm, (AyValue[]){ayV_from_obj(ayStr_intern_c(vm, "context"))}, 1);
    if (!kn) return false;
    AyValue a[4] = {AY_NULL, fn, ayV_from_obj(f), ctx};
    AyValue meth = ayObj_getattr(vm, f->loop, ayStr_intern_c(vm, "call_soon"));
    if (!meth) return false;
    return ayObj_call(vm, meth, a + 1, 2, kn) != AY_NULL;
}

bool aioFuture_schedule_callbacks(AyVM *vm, AioFuture *f) {
    AyValue rest = aioFuture_callbacks(f);
    if (!f->cb0 && !rest) return true;
    AyValue fn = f->cb0, ctx = f->ctx0;
    f->cb0 = f->ctx0 = AY_NULL;
    if (rest) AIO_EXTRA(f)->callbacks = AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(f));
    ayGC_push_root(vm, rest);
    bool ok = true;
    if (fn) ok = schedule_one(vm, f, fn, ctx);
    if (ok && rest) {
        AyList *l = AY_AS(AyList, rest);
        for (int64_t i = 0; ok && i + 1 < l->len; i += 2) {
            AyValue c = l->items[i + 1];
            ok = schedule_one(vm, f, l->items[i], c == AY_NONE ? AY_NULL : c);
        }
    }
    ayGC_pop_roots(vm, 2);
    return ok;
}

bool aioFuture_add_callback(AyVM *vm, AioFuture *f, AyValue fn, AyValue ctx) {
    if (!f->cb0 && !aioFuture_callbacks(f)) {
        f->cb0 = fn;
        f->ctx0 = ctx;
        return true;
    }
    if (!aioFuture_callbacks(f)) {
        ayGC_push_root(vm, fn);
        ayGC_push_root(vm, ctx);
        AioFutureExtra *x = aioFuture_extra(vm, f);
        AyList *l = x ? ayList_new(vm, 4) : NULL;
        ayGC_pop_roots(vm, 2);
        if (!l) return false;
        x->callbacks = ayV_from_obj(l);
    }
    AyList *l = AY_AS(AyList, aioFuture_callbacks(f));
    return ayList_append(vm, l, fn) && ayList_append(vm, l, ctx ? ctx : AY_NONE);
}

// }====
// {==== state changes

AyValue aioFuture_cancelled_error(AyVM *vm, AioFuture *f) {
    AioFutureExtra *x = f->extra ? AY_AS(AioFutureExtra, f->extra) : NULL;
    if (x && x->cancelled_exc) {
        AyValue e = x->cancelled_exc;
        x->cancelled_exc = AY_NULL;
        return e;
    }
    AyValue msg = x && x->cancel_msg && x->cancel_msg != AY_NONE ? x->cancel_msg : AY_NULL;
    return aioExc_new(vm, vm->aio->t_cancelled_error, msg);
}

static AyValue raise_cancelled(AyVM *vm, AioFuture *f) {
    AyValue e = aioFuture_cancelled_error(vm, f);
    return e ? ayErr_set(vm, e) : AY_NULL;
}

static AyValue invalid_state(AyVM *vm, const char *msg) {
    return ayErr_format(vm, vm->aio->t_invalid_state_error, "%s", msg);
}

AyValue aioFuture_set_result(AyVM *vm, AioFuture *f, AyValue result) {
    if (f->state != AIO_PENDING) return invalid_state(vm, "invalid state");
    f->result = result;
    f->state = AIO_FINISHED;
    return aioFuture_schedule_callbacks(vm, f) ? AY_NONE : AY_NULL;
}

AyValue aioFuture_set_exception(AyVM *vm, AioFuture *f, AyValue exc) {
    if (f->state != AIO_PENDING) return invalid_state(vm, "invalid state");
    if (ayV_is_typeobj(vm, exc) && ayType_is_subtype(AY_AS(AyType, exc), AY_EXC(vm, BaseException))) {
        exc = ayObj_call0(vm, exc);
        if (!exc) return AY_NULL;
        if (!ayV_is_exc(vm, exc)) return ayErr_format(vm, AY_EXC(vm, TypeError), "invalid exception object");
    } else if (!ayV_is_exc(vm, exc)) {
        return ayErr_format(vm, AY_EXC(vm, TypeError), "invalid exception object");
    }
    if (ayType_is_subtype(ayV_type(vm, exc), AY_EXC(vm, StopIteration)))
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "StopIteration interacts badly with generators and cannot be raised into a Future");
    AyTraceback *tb = AY_AS(AyExc, exc)->traceback;
    if (tb) {
        ayGC_push_root(vm, exc);
        AioFutureExtra *x = aioFuture_extra(vm, f);
        ayGC_pop_roots(vm, 1);
        if (!x) return AY_NULL;
        x->exc_tb = ayV_from_obj(tb);
    } else if (f->extra) {
        AIO_EXTRA(f)->exc_tb = AY_NULL;
    }
    f->result = exc;
    f->has_exc = 1;
    f->state = AIO_FINISHED;
    f->log_tb = 1;
    if (!(f->weak_kind & (1 << AIO_WEAK_FUTURE_EXC))) {
        f->weak_kind |= 1 << AIO_WEAK_FUTURE_EXC;
        if (!aioWeak_add(vm, (AyObj *)f, NULL, AIO_WEAK_FUTURE_EXC)) return AY_NULL;
    }
    return aioFuture_schedule_callbacks(vm, f) ? AY_NONE : AY_NULL;
}

bool aioFuture_cancel(AyVM *vm, AioFuture *f, AyValue msg) {
    f->log_tb = 0;
    if (f->state != AIO_PENDING) return false;
    f->state = AIO_CANCELLED;
    if (!set_cancel_msg_field(vm, f, msg && msg != AY_NONE ? msg : AY_NULL)) return true;
    aioFuture_schedule_callbacks(vm, f);
    return true;
}

AyValue aioFuture_result(AyVM *vm, AioFuture *f) {
    if (f->state == AIO_CANCELLED) return raise_cancelled(vm, f);
    if (f->state != AIO_FINISHED) return invalid_state(vm, "Result is not set.");
    f->log_tb = 0;
    if (f->has_exc) {
        AyExc *e = AY_AS(AyExc, f->result);
        AyValue tb = f->extra ? AIO_EXTRA(f)->exc_tb : AY_NULL;
        e->traceback = tb ? AY_AS(AyTraceback, tb) : NULL;
        return ayErr_set(vm, f->result);
    }
    return f->result;
}

// }====
// {==== methods

#define SELF AY_AS(AioFuture, args[0])

static AyValue future_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AioFuture *f = (AioFuture *)ayGC_new(vm, type, type->basic_size);
    return f ? ayV_from_obj(f) : AY_NULL;
}

static AyValue future_tp_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "Future", args, nargs, kwnames, "$ loop", a)) return AY_NULL;
    AioFuture *f = AY_AS(AioFuture, self);
    return future_init(vm, f, a[0]) ? AY_NONE : AY_NULL;
}

static AyValue m_init(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    return future_tp_init(vm, args[0], args + 1, nargs - 1, kwnames);
}

static AyValue m_result(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "result", nargs - 1, 0, 0)) return AY_NULL;
    return aioFuture_result(vm, SELF);
}

static AyValue m_exception(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "exception", nargs - 1, 0, 0)) return AY_NULL;
    AioFuture *f = SELF;
    if (f->state == AIO_CANCELLED) return raise_cancelled(vm, f);
    if (f->state != AIO_FINISHED) return invalid_state(vm, "Exception is not set.");
    f->log_tb = 0;
    return f->has_exc ? f->result : AY_NONE;
}

static AyValue m_set_result(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "set_result", nargs - 1, 1, 1)) return AY_NULL;
    return aioFuture_set_result(vm, SELF, args[1]);
}

static AyValue m_set_exception(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "set_exception", nargs - 1, 1, 1)) return AY_NULL;
    return aioFuture_set_exception(vm, SELF, args[1]);
}

static AyValue m_cancel(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "cancel", args + 1, nargs - 1, kw, "| msg", a)) return AY_NULL;
    AioFuture *f = SELF;
    if (f->state != AIO_PENDING) {
        f->log_tb = 0;
        return AY_FALSE;
    }
    bool r = aioFuture_cancel(vm, f, a[0]);
    if (ayErr_occurred(vm)) return AY_NULL;
    return ayV_bool(r);
}

static AyValue m_cancelled(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayV_bool(SELF->state == AIO_CANCELLED); }
static AyValue m_done(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayV_bool(SELF->state != AIO_PENDING); }
static AyValue m_get_loop(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return SELF->loop ? SELF->loop : AY_NONE; }

static AyValue m_add_done_callback(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "add_done_callback", args + 1, nargs - 1, kw, "fn / $ context", a)) return AY_NULL;
    AioFuture *f = SELF;
    AyValue ctx = a[1] && a[1] != AY_NONE ? a[1] : AY_NULL;
    if (!ctx) {
        ctx = aioContext_snapshot(vm);
        if (!ctx) return AY_NULL;
    }
    if (f->state != AIO_PENDING) return schedule_one(vm, f, a[0], ctx) ? AY_NONE : AY_NULL;
    return aioFuture_add_callback(vm, f, a[0], ctx) ? AY_NONE : AY_NULL;
}

// cb == fn as CPython's PyObject_RichCompareBool (identity first).
static int same_callback(AyVM *vm, AyValue cb, AyValue ctx, AyValue fn) {
    if (!ctx) return 0;  // a task wake-up is not a user callback
    return ayObj_eq(vm, cb, fn);
}

static AyValue m_remove_done_callback(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "remove_done_callback", nargs - 1, 1, 1)) return AY_NULL;
    AioFuture *f = SELF;
    AyValue fn = args[1];
    int64_t removed = 0;
    if (f->cb0) {
        int r = same_callback(vm, f->cb0, f->ctx0, fn);
        if (r < 0) return AY_NULL;
        if (r) {
            f->cb0 = f->ctx0 = AY_NULL;
            removed++;
        }
    }
    if (aioFuture_callbacks(f)) {
        AyValue list = aioFuture_callbacks(f);
        ayGC_push_root(vm, list);
        AyList *l = AY_AS(AyList, list);
        int64_t k = 0;
        for (int64_t i = 0; i + 1 < l->len; i += 2) {
            AyValue cb = l->items[i], ctx = l->items[i + 1];
            int r = same_callback(vm, cb, ctx == AY_NONE ? AY_NULL : ctx, fn);
            if (r < 0) {
                ayGC_pop_roots(vm, 1);
                return AY_NULL;
            }
            if (r) {
                removed++;
                continue;
            }
            l->items[k++] = cb;
            l->items[k++] = ctx;
        }
        l->len = k;
        if (!k) AIO_EXTRA(f)->callbacks = AY_NULL;
        ayGC_pop_roots(vm, 1);
    }
    return ayV_small(removed);
}

static AyValue m_make_cancelled_error(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return aioFuture_cancelled_error(vm, SELF);
}

// __await__ / __iter__: the FutureIter.
typedef struct FutureIter {
    AyObj hdr;
    AyValue fut;   // AY_NULL once finished
} FutureIter;

static void fi_trace(AyVM *vm, AyObj *o) { ayGC_mark(vm, ((FutureIter *)o)->fut); }

static AyValue m_await(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    FutureIter *it = AY_NEW(vm, FutureIter, vm->aio->t_future_iter);
    if (!it) return AY_NULL;
    it->fut = args[0];
    return ayV_from_obj(it);
}

// The send slot: yields the pending future once, then returns its result.
static AyValue fi_am_send(AyVM *vm, AyValue self, AyValue value, int *done) {
    FutureIter *it = AY_AS(FutureIter, self);
    *done = 1;
    if (!it->fut) return AY_NONE;
    AioFuture *f = AY_AS(AioFuture, it->fut);
    if (f->state == AIO_PENDING) {
        if (!f->blocking) {
            f->blocking = 1;
            *done = 0;
            return it->fut;
        }
        return ayErr_format(vm, AY_EXC(vm, RuntimeError), "await wasn't used with future");
    }
    it->fut = AY_NULL;
    return aioFuture_result(vm, f);
}

static AyValue fi_next(AyVM *vm, AyValue self) {
    int done;
    AyValue r = fi_am_send(vm, self, AY_NONE, &done);
    if (!r || !done || r == AY_NONE) return done ? AY_NULL : r;
    AyValue exc = ayExc_new(vm, AY_EXC(vm, StopIteration), &r, 1);
    return exc ? ayErr_set(vm, exc) : AY_NULL;
}

static AyValue fi_send(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "send", nargs - 1, 1, 1)) return AY_NULL;
    AyValue r = fi_next(vm, args[0]);
    if (!r && !ayErr_occurred(vm)) return ayErr_set(vm, ayV_from_obj(AY_EXC(vm, StopIteration)));
    return r;
}

static AyValue fi_throw(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "throw", nargs - 1, 1, 3)) return AY_NULL;
    AyValue typ = args[1], val = nargs > 2 ? args[2] : AY_NONE;
    AyValue exc;
    if (ayV_is_typeobj(vm, typ) && ayType_is_subtype(AY_AS(AyType, typ), AY_EXC(vm, BaseException))) {
        if (ayV_is_exc(vm, val)) exc = val;
        else exc = ayExc_new(vm, AY_AS(AyType, typ), &val, val == AY_NONE ? 0 : 1);
        if (!exc) return AY_NULL;
    } else if (ayV_is_exc(vm, typ)) {
        exc = typ;
    } else {
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "exceptions must be classes deriving BaseException not %T", typ);
    }
    AY_AS(FutureIter, args[0])->fut = AY_NULL;
    return ayErr_set(vm, exc);
}

static AyValue fi_close(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AY_AS(FutureIter, args[0])->fut = AY_NULL;
    return AY_NONE;
}

static AyValue fi_iter(AyVM *vm, AyValue self) { return self; }

static const AyMethodDef fi_methods[] = {
    {"send", fi_send, 0, NULL},
    {"throw", fi_throw, 0, NULL},
    {"close", fi_close, 0, NULL},
    {NULL},
};

static AyValue future_iter_slot(AyVM *vm, AyValue self) {
    AyValue a[1] = {self};
    return m_await(vm, a, 1, AY_NULL);
}

static AyValue future_repr(AyVM *vm, AyValue self) {
    AyValue r = aioHook_call(vm, "future_repr", &self, 1);
    if (r || ayErr_occurred(vm)) return r;
    return ayStr_from_fmt(vm, "<%s %s>", ayType_name(ayV_type(vm, self)), state_names[AY_AS(AioFuture, self)->state]);
}

// }====
// {==== attributes

#define F AY_AS(AioFuture, self)
static AyValue orn(AyValue v) { return v ? v : AY_NONE; }
static AyValue get_state(AyVM *vm, AyValue self) { return ayV_from_obj(ayStr_intern_c(vm, state_names[F->state])); }
static AyValue get_result(AyVM *vm, AyValue self) { return F->has_exc ? AY_NONE : orn(F->result); }
static AyValue get_exception(AyVM *vm, AyValue self) { return orn(aioFuture_exception(F)); }
static AyValue get_loop(AyVM *vm, AyValue self) { return orn(F->loop); }
static AyValue get_source_tb(AyVM *vm, AyValue self) {
    return F->extra ? orn(AY_AS(AioFutureExtra, F->extra)->source_tb) : AY_NONE;
}
static AyValue get_cancel_msg(AyVM *vm, AyValue self) { return orn(aioFuture_cancel_msg(F)); }
static int set_cancel_msg(AyVM *vm, AyValue self, AyValue v) {
    return set_cancel_msg_field(vm, F, v && v != AY_NONE ? v : AY_NULL) ? 0 : -1;
}
static AyValue get_log_tb(AyVM *vm, AyValue self) { return ayV_bool(F->log_tb); }
static int set_log_tb(AyVM *vm, AyValue self, AyValue v) {
    int t = v ? ayObj_truth(vm, v) : 0;
    if (t < 0) return -1;
    if (t) {
        ayErr_format(vm, AY_EXC(vm, ValueError), "_log_traceback can only be set to False");
        return -1;
    }
    F->log_tb = 0;
    return 0;
}
static AyValue get_blocking(AyVM *vm, AyValue self) { return ayV_bool(F->blocking); }
static int set_blocking(AyVM *vm, AyValue self, AyValue v) {
    int t = v ? ayObj_truth(vm, v) : 0;
    if (t < 0) return -1;
    F->blocking = (uint8_t)t;
    return 0;
}

static AyValue wakeup_method(AyVM *vm, AyValue task);

static AyValue get_callbacks(AyVM *vm, AyValue self) {
    AioFuture *f = F;
    AyList *out = ayList_new(vm, 4);
    if (!out) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(out));
    bool ok = true;
    if (f->cb0) {
        AyValue fn = f->ctx0 ? f->cb0 : wakeup_method(vm, f->cb0);
        AyValue ctx = f->ctx0 ? aioContext_materialize(vm, f->ctx0) : AY_NONE;
        AyValue pair = fn && ctx ? ayTuple_pack2(vm, fn, ctx) : AY_NULL;
        ok = pair && ayList_append(vm, out, pair);
    }
    if (ok && aioFuture_callbacks(f)) {
        AyList *l = AY_AS(AyList, aioFuture_callbacks(f));
        for (int64_t i = 0; ok && i + 1 < l->len; i += 2) {
            AyValue fn = l->items[i], c = l->items[i + 1];
            if (c == AY_NONE) fn = wakeup_method(vm, fn);
            else c = aioContext_materialize(vm, c);
            AyValue pair = fn && c ? ayTuple_pack2(vm, fn, c) : AY_NULL;
            ok = pair && ayList_append(vm, out, pair);
        }
    }
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(out) : AY_NULL;
}
#undef F

static AyValue task_wakeup_fn(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    // a bound native: the receiver is the task (stored as `self` of the native)
    if (!ayArg_count(vm, "task_wakeup", nargs, 1, 1)) return AY_NULL;
    return AY_NONE;
}

static AyValue wakeup_method(AyVM *vm, AyValue task) {
    return ayNative_new(vm, "task_wakeup", task_wakeup_fn, task, NULL);
}

static const AyGetSetDef future_getsets[] = {
    {"_state", get_state, NULL},
    {"_result", get_result, NULL},
    {"_exception", get_exception, NULL},
    {"_loop", get_loop, NULL},
    {"_source_traceback", get_source_tb, NULL},
    {"_cancel_message", get_cancel_msg, set_cancel_msg},
    {"_log_traceback", get_log_tb, set_log_tb},
    {"_asyncio_future_blocking", get_blocking, set_blocking},
    {"_callbacks", get_callbacks, NULL},
    {NULL},
};

static const AyMethodDef future_methods[] = {
    {"__init__", m_init, 0, NULL},
    {"result", m_result, 0, NULL},
    {"exception", m_exception, 0, NULL},
    {"set_result", m_set_result, 0, NULL},
    {"set_exception", m_set_exception, 0, NULL},
    {"cancel", m_cancel, 0, NULL},
    {"cancelled", m_cancelled, 0, NULL},
    {"done", m_done, 0, NULL},
    {"get_loop", m_get_loop, 0, NULL},
    {"add_done_callback", m_add_done_callback, 0, NULL},
    {"remove_done_callback", m_remove_done_callback, 0, NULL},
    {"_make_cancelled_error", m_make_cancelled_error, 0, NULL},
    {"__await__", m_await, 0, NULL},
    {"__iter__", m_await, 0, NULL},
    {"__class_getitem__", ayGenericAlias_class_getitem, AY_NATIVE_CLASSMETHOD, NULL},
    {NULL},
};

// }====

void aioFuture_setup(AyVM *vm) {
    AyAioState *st = vm->aio;
    AyValue modname = ayV_from_obj(ayStr_intern_c(vm, "_asyncio"));
    AyType *t = ayType_new_builtin(vm, "Future", vm->t_object, sizeof(AioFuture), AY_TF_BASETYPE);
    t->module = modname;
    t->tp_new = future_new;
    t->tp_init = future_tp_init;
    t->trace = aioFuture_trace;
    t->repr = future_repr;
    t->iter = future_iter_slot;
    ayType_add_methods(vm, t, future_methods);
    ayType_add_getsets(vm, t, future_getsets);
    ayType_ready(vm, t);
    ayType_add_slot_wrappers(vm, t);
    st->t_future = t;

    t = ayType_new_builtin(vm, "FutureIter", vm->t_object, sizeof(FutureIter), 0);
    t->module = modname;
    t->trace = fi_trace;
    t->iter = fi_iter;
    t->next = fi_next;
    t->send = fi_am_send;
    ayType_add_methods(vm, t, fi_methods);
    ayType_ready(vm, t);
    ayType_add_slot_wrappers(vm, t);
    st->t_future_iter = t;

    t = ayType_new_builtin(vm, "FutureExtra", vm->t_object, sizeof(AioFutureExtra), 0);
    t->module = modname;
    t->trace = extra_trace;
    ayType_ready(vm, t);
    st->t_future_extra = t;
}
