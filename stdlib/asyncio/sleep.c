// asyncio.sleep() in C: one small awaitable object instead of a coroutine
// frame (and, for sleep(0), a generator); `await` drives it directly, as it
// would a coroutine, with no wrapper (AY_TF_AWAIT_SELF). It behaves like CPython's
// `async def sleep`: sleep(0) is one bare yield; a positive delay waits on a
// future completed by a call_later timer, which is cancelled if the sleep is.
#include "aio.h"
#include "gen.h"
#include "num.h"
#include "str.h"

enum { SLEEP_NEW, SLEEP_WAITING, SLEEP_DONE };

typedef struct AioSleep {
    AyObj hdr;
    AyValue result;      // what the sleep returns
    union {              // (one word each: a pending task's sleep(0) is one of these)
        AyValue origin;  // SLEEP_NEW: the code calling sleep(), for "never awaited"
        AyValue fut;     // later: the future waited on (positive delays), or AY_NULL
    };
    union {
        double delay;    // SLEEP_NEW: how long
        AyValue timer;   // later: the TimerHandle completing it, or AY_NULL
    };
    uint8_t state;
    uint32_t origin_lasti;
} AioSleep;

static void sleep_trace(AyVM *vm, AyObj *o) {
    AioSleep *s = (AioSleep *)o;
    ayGC_mark(vm, s->result);
    ayGC_mark(vm, s->fut);  // or the origin
    if (s->state != SLEEP_NEW) ayGC_mark(vm, s->timer);
}

// Leaving SLEEP_NEW: the origin is dropped and the finalizer, which only
// warns about a sleep never started, is no longer needed.
static void leave_new(AioSleep *s, uint8_t state) {
    if (s->state == SLEEP_NEW) {
        s->fut = AY_NULL;
        s->timer = AY_NULL;
        s->hdr.gc |= AY_GC_FINALIZED;
    }
    s->state = state;
}

// As for a coroutine object never awaited: CPython's warning, at the call.
static void sleep_del(AyVM *vm, AyValue self) {
    AioSleep *s = AY_AS(AioSleep, self);
    if (s->state != SLEEP_NEW || !s->origin) return;
    ayErr_warn_at(vm, AY_EXC(vm, RuntimeWarning), "coroutine 'sleep' was never awaited", AY_AS(AyCode, s->origin),
                  (int)s->origin_lasti, "RuntimeWarning: Enable tracemalloc to get the object allocation traceback");
}

static void stop_timer(AyVM *vm, AioSleep *s) {
    if (s->state == SLEEP_NEW) return;
    if (s->timer) aioHandle_cancel(vm, AY_AS(AioHandle, s->timer));
    s->timer = AY_NULL;
}

// The timer's callback: futures._set_result_unless_cancelled.
static AyValue f_set_result_unless_cancelled(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_set_result_unless_cancelled", nargs, 2, 2)) return AY_NULL;
    if (!aioFuture_check(vm, args[0])) {
        AyValue c = ayObj_call_method(vm, args[0], ayStr_intern_c(vm, "cancelled"), (AyValue[]){AY_NULL}, 0);
        if (!c) return AY_NULL;
        int t = ayObj_truth(vm, c);
        if (t) return t < 0 ? AY_NULL : AY_NONE;
        AyValue a[2] = {AY_NULL, args[1]};
        return ayObj_call_method(vm, args[0], ayStr_intern_c(vm, "set_result"), a, 1);
    }
    AioFuture *f = AY_AS(AioFuture, args[0]);
    if (f->state == AIO_CANCELLED) return AY_NONE;
    return aioFuture_set_result(vm, f, args[1]);
}

static AyValue sleep_am_send(AyVM *vm, AyValue self, AyValue value, int *done) {
    AioSleep *s = AY_AS(AioSleep, self);
    *done = 0;
    switch (s->state) {
    case SLEEP_NEW: {
        double delay = s->delay;
        leave_new(s, SLEEP_WAITING);
        if (delay <= 0) return AY_NONE;  // one turn of the loop
        AyValue loop = vm->aio->running_loop;
        if (!loop) {
            s->state = SLEEP_DONE;
            return ayErr_format(vm, AY_EXC(vm, RuntimeError), "no running event loop");
        }
        AioLoop *l = AY_AS(AioLoop, loop);
        s->fut = aioFuture_new(vm, loop);
        if (!s->fut) return AY_NULL;
        AyValue cb = vm->aio->fn_set_result_unless_cancelled;
        AyValue args[2] = {s->fut, s->result};
        AioHandle *h = aioHandle_new(vm, vm->aio->t_timer_handle, cb, args, 2, loop, AY_NULL);
        if (!h) return AY_NULL;
        h->when = aioLoop_time() + delay;
        if (!aioLoop_add_timer(vm, l, h)) return AY_NULL;
        s->timer = ayV_from_obj(h);
        AY_AS(AioFuture, s->fut)->blocking = 1;
        return s->fut;
    }
    case SLEEP_WAITING:
        s->state = SLEEP_DONE;
        *done = 1;
        if (!s->fut) return s->result;
        stop_timer(vm, s);
        return aioFuture_result(vm, AY_AS(AioFuture, s->fut));
    default:
        return ayErr_format(vm, AY_EXC(vm, RuntimeError), "cannot reuse already awaited coroutine");
    }
}

static AyValue sleep_next(AyVM *vm, AyValue self) {
    int done;
    AyValue r = sleep_am_send(vm, self, AY_NONE, &done);
    if (!r || !done) return r;
    if (r == AY_NONE) return AY_NULL;
    AyValue exc = ayExc_new(vm, AY_EXC(vm, StopIteration), &r, 1);
    return exc ? ayErr_set(vm, exc) : AY_NULL;
}

static AyValue m_send(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "send", nargs - 1, 1, 1)) return AY_NULL;
    AioSleep *s = AY_AS(AioSleep, args[0]);
    if (s->state == SLEEP_NEW && args[1] != AY_NONE)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "can't send non-None value to a just-started coroutine");
    AyValue r = sleep_next(vm, args[0]);
    if (!r && !ayErr_occurred(vm)) return ayErr_set(vm, ayV_from_obj(AY_EXC(vm, StopIteration)));
    return r;
}

static AyValue m_throw(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "throw", nargs - 1, 1, 3)) return AY_NULL;
    AioSleep *s = AY_AS(AioSleep, args[0]);
    AyValue exc = args[1];
    if (ayV_is_typeobj(vm, exc)) {
        AyValue val = nargs > 2 ? args[2] : AY_NONE;
        exc = ayExc_new(vm, AY_AS(AyType, exc), &val, val == AY_NONE ? 0 : 1);
        if (!exc) return AY_NULL;
    } else if (!ayV_is_exc(vm, exc)) {
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "exceptions must be classes or instances deriving from BaseException, not %T", exc);
    }
    stop_timer(vm, s);
    leave_new(s, SLEEP_DONE);
    return ayErr_set(vm, exc);
}

static AyValue m_close(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AioSleep *s = AY_AS(AioSleep, args[0]);
    stop_timer(vm, s);
    leave_new(s, SLEEP_DONE);
    return AY_NONE;
}

static AyValue m_await(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayCoroWrapper_new(vm, args[0]); }

static AyValue name_get(AyVM *vm, AyValue self) { return ayV_from_obj(ayStr_intern_c(vm, "sleep")); }
static AyValue running_get(AyVM *vm, AyValue self) { return AY_FALSE; }

static AyValue sleep_repr(AyVM *vm, AyValue self) {
    return ayStr_from_fmt(vm, "<coroutine object sleep at %p>", (void *)ayV_obj(self));
}

// sleep(delay, result=None)
static AyValue f_sleep(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "sleep", args, nargs, kw, "delay | result", a)) return AY_NULL;
    double delay;
    if (ayV_is_int(a[0])) delay = (double)ayV_int(a[0]);
    else if (ayV_is_float(a[0])) delay = ayV_float(a[0]);
    else if (ayFloat_as_double(vm, a[0], &delay) < 0) return AY_NULL;
    AioSleep *s = AY_NEW(vm, AioSleep, vm->aio->t_sleep);
    if (!s) return AY_NULL;
    s->delay = delay;
    s->result = a[1] ? a[1] : AY_NONE;
    if (vm->frame) {
        s->origin = ayV_from_obj(vm->frame->code);
        s->origin_lasti = (uint32_t)(vm->frame->ip - vm->frame->code->code - 1);
    }
    return ayV_from_obj(s);
}

static const AyMethodDef sleep_methods[] = {
    {"send", m_send, 0, NULL},
    {"throw", m_throw, 0, NULL},
    {"close", m_close, 0, NULL},
    {"__await__", m_await, 0, NULL},
    {NULL},
};

static const AyGetSetDef sleep_getsets[] = {
    {"__name__", name_get, NULL},
    {"__qualname__", name_get, NULL},
    {"cr_running", running_get, NULL},
    {NULL},
};

static const AyMethodDef module_funcs[] = {
    {"sleep", f_sleep, 0, NULL},
    {"_set_result_unless_cancelled", f_set_result_unless_cancelled, 0, NULL},
    {NULL},
};

void aioSleep_setup(AyVM *vm, AyAioState *st) {
    AyType *t = ayType_new_builtin(vm, "coroutine", vm->t_object, sizeof(AioSleep), AY_TF_AWAIT_SELF);
    // named as the coroutine type it stands for: type(asyncio.sleep(0)) prints <class 'coroutine'>
    t->module = ayV_from_obj(ayStr_intern_c(vm, "builtins"));
    t->trace = sleep_trace;
    t->del = sleep_del;
    t->repr = sleep_repr;
    t->next = sleep_next;
    t->send = sleep_am_send;
    ayType_add_methods(vm, t, sleep_methods);
    ayType_add_getsets(vm, t, sleep_getsets);
    ayType_ready(vm, t);
    st->t_sleep = t;
}

void aioSleep_add_functions(AyVM *vm, AyModule *m) {
    ayNative_add_all(vm, m->dict, module_funcs, ayV_from_obj(m));
    vm->aio->fn_set_result_unless_cancelled = ayDict_get_cstr(vm, m->dict, "_set_result_unless_cancelled");
}
