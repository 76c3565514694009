// asyncio.Task (as CPython's _asyncio.Task): steps its coroutine, native
// coroutines through ayGen_resume directly, and parks on the futures it
// yields. Steps and wake-ups go on the loop's ready queue without a Handle.
#include <string.h>

#include "aio.h"
#include "code.h"
#include "gen.h"
#include "str.h"

bool aioTask_check(AyVM *vm, AyValue v) {
    return vm->aio && ayV_is_obj(v) && ayType_is_subtype(ayV_obj(v)->type, vm->aio->t_task);
}

static void task_trace(AyVM *vm, AyObj *o) {
    aioFuture_trace(vm, o);
    AioTask *t = (AioTask *)o;
    ayGC_mark(vm, t->coro);
    ayGC_mark(vm, t->context);
    ayGC_mark(vm, t->fut_waiter);
}

static AioLoop *task_loop(AioTask *t) { return AY_AS(AioLoop, t->fut.loop); }

// A name other than "Task-N" (str(name) unless it is a str); false on error.
static bool set_name(AyVM *vm, AioTask *t, AyValue name) {
    AyValue n = ayV_is_str(vm, name) ? name : ayObj_str(vm, name);
    if (!n) return false;
    ayGC_push_root(vm, n);
    AioFutureExtra *x = aioFuture_extra(vm, &t->fut);
    ayGC_pop_roots(vm, 1);
    if (!x) return false;
    x->task_name = n;
    t->name_serial = 0;
    return true;
}

// A native coroutine, a generator-based coroutine, or anything shaped like
// collections.abc.Coroutine.
static bool is_coroutine(AyVM *vm, AyValue v) {
    AyType *t = ayV_type(vm, v);
    if (t == vm->t_coroutine) return true;
    if (t == vm->t_generator) return (AY_AS(AyGen, v)->frame.code->flags & AY_CO_ITERABLE_COROUTINE) != 0;
    static const char *const names[] = {"send", "throw", "close", "__await__"};
    for (int i = 0; i < 4; i++)
        if (!ayType_lookup(vm, t, ayStr_intern_c(vm, names[i]))) return false;
    return true;
}

// {==== scheduling steps

static bool schedule_step(AyVM *vm, AioTask *t, AyValue exc) {
    return aioLoop_push_ready(vm, task_loop(t), AIO_READY_STEP, ayV_from_obj(t), exc);
}

// Schedules a step that throws RuntimeError(<formatted message>) into the task.
static bool schedule_error(AyVM *vm, AioTask *t, const char *fmt, AyValue a, AyValue b) {
    AyValue msg = b ? ayStr_from_fmt(vm, fmt, a, b) : ayStr_from_fmt(vm, fmt, a);
    if (!msg) return false;
    AyValue exc = aioExc_new(vm, AY_EXC(vm, RuntimeError), msg);
    return exc && schedule_step(vm, t, exc);
}

static bool enter_task(AyVM *vm, AioLoop *l, AioTask *t) {
    if (l->current_task) {
        ayErr_format(vm, AY_EXC(vm, RuntimeError), "Cannot enter into task %R while another task %R is being executed.",
                     ayV_from_obj(t), l->current_task);
        return false;
    }
    l->current_task = ayV_from_obj(t);
    return true;
}

static bool leave_task(AyVM *vm, AioLoop *l, AioTask *t) {
    if (l->current_task != ayV_from_obj(t)) {
        ayErr_format(vm, AY_EXC(vm, RuntimeError), "Leaving task %R does not match the current task %R.",
                     ayV_from_obj(t), l->current_task ? l->current_task : AY_NONE);
        return false;
    }
    l->current_task = AY_NULL;
    return true;
}

static bool register_task(AyVM *vm, AioTask *t) {
    if (t->fut.weak_kind & (1 << AIO_WEAK_TASK)) return true;
    t->fut.weak_kind |= 1 << AIO_WEAK_TASK;
    return aioWeak_add(vm, (AyObj *)t, NULL, AIO_WEAK_TASK);
}

// }====
// {==== the step

// Calls fut.cancel(msg=msg) through the (possibly overridden) method.
static int call_cancel(AyVM *vm, AyValue fut, AyValue msg) {
    if (ayV_obj(fut)->type == vm->aio->t_future) return aioFuture_cancel(vm, AY_AS(AioFuture, fut), msg);
    AyValue meth = ayObj_getattr(vm, fut, ayStr_intern_c(vm, "cancel"));
    if (!meth) return -1;
    AyValue r;
    if (msg && msg != AY_NONE) {
        AyValue kn = ayTuple_from_items(vm, (AyValue[]){ayV_from_obj(ayStr_intern_c(vm, "msg"))}, 1);
        if (!kn) return -1;
        ayGC_push_root(vm, meth);
        r = ayObj_call(vm, meth, &msg, 0, kn);
        ayGC_pop_roots(vm, 1);
    } else {
        r = ayObj_call0(vm, meth);
    }
    if (!r) return -1;
    return ayObj_truth(vm, r);
}

static AyValue task_wakeup_native(AyVM *vm, AyValue *args, int nargs, AyValue kw);

// The task parks on a future that is not one of ours (duck-typed asyncio future).
static bool park_on_foreign(AyVM *vm, AioTask *t, AyValue result, AyValue blocking) {
    int b = ayObj_truth(vm, blocking);
    if (b < 0) return false;
    AyValue loop = AY_NULL;
    AyValue gl = ayObj_getattr_opt(vm, result, ayStr_intern_c(vm, "get_loop"));
    if (gl) loop = ayObj_call0(vm, gl);
    else if (!ayErr_occurred(vm)) loop = ayObj_getattr(vm, result, ayStr_intern_c(vm, "_loop"));
    if (!loop) return false;
    if (loop != t->fut.loop)
        return schedule_error(vm, t, "Task %R got Future %R attached to a different loop", ayV_from_obj(t), result);
    if (!b)
        return schedule_error(vm, t, "yield was used instead of yield from in task %R with %R", ayV_from_obj(t), result);
    if (result == ayV_from_obj(t)) return schedule_error(vm, t, "Task cannot await on itself: %R", ayV_from_obj(t), AY_NULL);
    if (ayObj_setattr(vm, result, ayStr_intern_c(vm, "_asyncio_future_blocking"), AY_FALSE) < 0) return false;
    AyValue wake = ayNative_new(vm, "task_wakeup", task_wakeup_native, ayV_from_obj(t), NULL);
    if (!wake) return false;
    ayGC_push_root(vm, wake);
    AyValue adc = ayObj_getattr(vm, result, ayStr_intern_c(vm, "add_done_callback"));
    AyValue r = AY_NULL;
    if (adc) {
        AyValue kn = ayTuple_from_items(vm, (AyValue[]){ayV_from_obj(ayStr_intern_c(vm, "context"))}, 1);
        AyValue ctx = aioContext_materialize(vm, t->context);
        if (ctx) t->context = ctx;
        AyValue a[2] = {wake, ctx};
        if (kn && ctx) r = ayObj_call(vm, adc, a, 1, kn);
    }
    ayGC_pop_roots(vm, 1);
    if (!r) return false;
    t->fut_waiter = result;
    if (t->fut.task_must_cancel) {
        int c = call_cancel(vm, result, aioFuture_cancel_msg(&t->fut));
        if (c < 0) return false;
        if (c) t->fut.task_must_cancel = 0;
    }
    return true;
}

// What the coroutine yielded decides how the task waits.
static bool handle_yield(AyVM *vm, AioTask *t, AyValue result) {
    AyValue self = ayV_from_obj(t);
    if (aioFuture_check(vm, result)) {
        AioFuture *f = AY_AS(AioFuture, result);
        if (f->loop != t->fut.loop)
            return schedule_error(vm, t, "Task %R got Future %R attached to a different loop", self, result);
        if (!f->blocking)
            return schedule_error(vm, t, "yield was used instead of yield from in task %R with %R", self, result);
        if (f == &t->fut) return schedule_error(vm, t, "Task cannot await on itself: %R", self, AY_NULL);
        AyValue adc = ayType_lookup(vm, f->hdr.type, ayStr_intern_c(vm, "add_done_callback"));
        AyValue ours = ayType_lookup(vm, vm->aio->t_future, ayStr_intern_c(vm, "add_done_callback"));
        if (adc != ours) return park_on_foreign(vm, t, result, AY_TRUE);
        f->blocking = 0;
        if (f->state != AIO_PENDING) {
            if (!aioLoop_push_ready(vm, task_loop(t), AIO_READY_WAKEUP, self, result)) return false;
        } else if (!aioFuture_add_callback(vm, f, self, AY_NULL)) {
            return false;
        }
        t->fut_waiter = result;
        if (t->fut.task_must_cancel) {
            ayGC_push_root(vm, result);
            int c = call_cancel(vm, result, aioFuture_cancel_msg(&t->fut));
            ayGC_pop_roots(vm, 1);
            if (c < 0) return false;
            if (c) t->fut.task_must_cancel = 0;
        }
        return true;
    }
    if (result == AY_NONE) return schedule_step(vm, t, AY_NULL);
    AyValue blocking = ayObj_getattr_opt(vm, result, ayStr_intern_c(vm, "_asyncio_future_blocking"));
    if (!blocking && ayErr_occurred(vm)) return false;
    if (blocking && blocking != AY_NONE) {
        ayGC_push_root(vm, result);
        bool ok = park_on_foreign(vm, t, result, blocking);
        ayGC_pop_roots(vm, 1);
        return ok;
    }
    if (ayV_is_type(vm, result, vm->t_generator))
        return schedule_error(vm, t, "yield was used instead of yield from for generator in task %R with %R", self,
                              result);
    return schedule_error(vm, t, "Task got bad yield: %R", result, AY_NULL);
}

// Records how the coroutine ended (exception pending) on the task.
static bool handle_error(AyVM *vm, AioTask *t) {
    if (ayErr_matches(vm, AY_EXC(vm, StopIteration))) {
        AyValue exc = ayErr_fetch(vm);
        ayGC_push_root(vm, exc);
        AyValue v = ayObj_getattr(vm, exc, vm->s.value);
        ayGC_pop_roots(vm, 1);
        if (!v) return false;
        if (t->fut.task_must_cancel) {
            t->fut.task_must_cancel = 0;
            aioFuture_cancel(vm, &t->fut, aioFuture_cancel_msg(&t->fut));
            return !ayErr_occurred(vm);
        }
        return aioFuture_set_result(vm, &t->fut, v) != AY_NULL;
    }
    if (ayErr_matches(vm, vm->aio->t_cancelled_error)) {
        AyValue exc = ayErr_fetch(vm);
        ayGC_push_root(vm, exc);
        AioFutureExtra *x = aioFuture_extra(vm, &t->fut);
        ayGC_pop_roots(vm, 1);
        if (!x) return false;
        x->cancelled_exc = exc;
        aioFuture_cancel(vm, &t->fut, AY_NULL);
        return !ayErr_occurred(vm);
    }
    bool fatal = ayErr_matches(vm, AY_EXC(vm, KeyboardInterrupt)) || ayErr_matches(vm, AY_EXC(vm, SystemExit));
    AyValue exc = ayErr_fetch(vm);
    ayGC_push_root(vm, exc);
    bool ok = aioFuture_set_exception(vm, &t->fut, exc) != AY_NULL;
    ayGC_pop_roots(vm, 1);
    if (!ok) return false;
    if (fatal) {
        ayErr_set(vm, exc);
        return false;
    }
    return true;
}

// The body of a step, with the task already current.
static bool step_impl(AyVM *vm, AioTask *t, AyValue exc) {
    if (t->fut.state != AIO_PENDING) {
        ayErr_format(vm, vm->aio->t_invalid_state_error, "_step(): already done: %R, %R", ayV_from_obj(t),
                     exc ? exc : AY_NONE);
        return false;
    }
    if (t->fut.task_must_cancel) {
        if (!exc || !ayType_is_subtype(ayV_type(vm, exc), vm->aio->t_cancelled_error)) {
            exc = aioFuture_cancelled_error(vm, &t->fut);
            if (!exc) return false;
        }
        t->fut.task_must_cancel = 0;
    }
    t->fut_waiter = AY_NULL;
    AyValue coro = t->coro;
    AyValue result;
    if (!exc && ayV_is_type(vm, coro, vm->t_coroutine)) {
        AyGenResult res = ayGen_resume(vm, AY_AS(AyGen, coro), AY_NONE, AY_NULL, &result);
        if (res == AY_GEN_RETURN) {
            if (t->fut.task_must_cancel) {
                t->fut.task_must_cancel = 0;
                aioFuture_cancel(vm, &t->fut, aioFuture_cancel_msg(&t->fut));
                return !ayErr_occurred(vm);
            }
            return aioFuture_set_result(vm, &t->fut, result) != AY_NULL;
        }
        if (res == AY_GEN_ERROR) return handle_error(vm, t);
    } else if (exc) {
        ayGC_push_root(vm, exc);
        AyValue a[2] = {AY_NULL, exc};
        result = ayObj_call_method(vm, coro, vm->s.throw, a, 1);
        ayGC_pop_roots(vm, 1);
        if (!result) return handle_error(vm, t);
    } else {
        AyType *ct = ayV_type(vm, coro);
        if (ct->send) {
            int done;
            result = ct->send(vm, coro, AY_NONE, &done);
            if (result && done) {
                if (t->fut.task_must_cancel) {
                    t->fut.task_must_cancel = 0;
                    aioFuture_cancel(vm, &t->fut, aioFuture_cancel_msg(&t->fut));
                    return !ayErr_occurred(vm);
                }
                return aioFuture_set_result(vm, &t->fut, result) != AY_NULL;
            }
            if (!result) return handle_error(vm, t);
        } else if (ct->next) {
            result = ct->next(vm, coro);
        } else {
            AyValue a[2] = {AY_NULL, AY_NONE};
            result = ayObj_call_method(vm, coro, vm->s.send, a, 1);
        }
        if (!result) {
            if (!ayErr_occurred(vm)) ayErr_set(vm, ayV_from_obj(AY_EXC(vm, StopIteration)));
            return handle_error(vm, t);
        }
    }
    ayGC_push_root(vm, result);
    bool ok = handle_yield(vm, t, result);
    ayGC_pop_roots(vm, 1);
    return ok;
}

bool aioTask_step(AyVM *vm, AioTask *t, AyValue exc) {
    AioLoop *l = task_loop(t);
    if (!enter_task(vm, l, t)) return false;
    ayGC_push_root(vm, ayV_from_obj(t));
    bool ok = step_impl(vm, t, exc);
    if (!leave_task(vm, l, t) && ok) ok = false;
    ayGC_pop_roots(vm, 1);
    return ok;
}

bool aioTask_wakeup(AyVM *vm, AioTask *t, AyValue fut) {
    if (aioFuture_check(vm, fut)) {
        AioFuture *f = AY_AS(AioFuture, fut);
        if (f->state == AIO_CANCELLED) {
            AyValue exc = aioFuture_cancelled_error(vm, f);
            return exc && aioTask_step(vm, t, exc);
        }
        if (f->state == AIO_FINISHED) {
            f->log_tb = 0;
            return aioTask_step(vm, t, aioFuture_exception(f));
        }
    }
    AyValue a[1] = {AY_NULL};
    AyValue r = ayObj_call_method(vm, fut, ayStr_intern_c(vm, "result"), a, 0);
    if (r) return aioTask_step(vm, t, AY_NULL);
    AyValue exc = ayErr_fetch(vm);
    ayGC_push_root(vm, exc);
    bool ok = aioTask_step(vm, t, exc);
    ayGC_pop_roots(vm, 1);
    return ok;
}

// A task runs its steps in its context. A task's context is kept as a
// snapshot dict until someone needs the Context object; its steps then run in
// the shared scratch context and whatever they set is kept as the new snapshot.
AioContext *aioTask_enter_context(AyVM *vm, AioTask *t) { return aioContext_enter_any(vm, t->context); }

void aioTask_exit_context(AyVM *vm, AioTask *t, AioContext *c) {
    if (ayV_from_obj(c) != t->context) {
        if (aioContext_check(vm, t->context)) AY_AS(AioContext, t->context)->vars = c->vars;
        else t->context = ayV_from_obj(c->vars);
    }
    aioContext_exit(vm, c);
}

// The wake-up callable given to futures that are not ours.
static AyValue task_wakeup_native(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    // bound natives receive their `self` first
    if (nargs != 2) return ayErr_format(vm, AY_EXC(vm, TypeError), "task_wakeup() takes exactly one argument");
    return aioTask_wakeup(vm, AY_AS(AioTask, args[0]), args[1]) ? AY_NONE : AY_NULL;
}

// CPython's task_eager_start: the first step runs now, inside create_task.
static bool eager_start(AyVM *vm, AioTask *t) {
    AioLoop *l = task_loop(t);
    AyValue prev = l->current_task;
    l->current_task = ayV_from_obj(t);
    ayGC_push_root(vm, prev);
    ayGC_push_root(vm, ayV_from_obj(t));
    AioContext *c = aioTask_enter_context(vm, t);
    bool ok = c != NULL;
    if (ok) {
        ok = step_impl(vm, t, AY_NULL);
        aioTask_exit_context(vm, t, c);
    }
    l->current_task = prev;
    if (t->fut.state == AIO_PENDING) {
        if (!register_task(vm, t)) ok = false;
    } else {
        t->coro = AY_NULL;
    }
    ayGC_pop_roots(vm, 2);
    return ok;
}

// }====
// {==== construction

static bool task_init(AyVM *vm, AioTask *t, AyValue coro, AyValue loop, AyValue name, AyValue context, bool eager) {
    if (!loop || loop == AY_NONE) {
        loop = vm->aio->running_loop;
        if (!loop) {
            loop = aioHook_call(vm, "get_event_loop", NULL, 0);
            if (!loop) return false;
        }
    }
    t->fut.loop = loop;
    if (!is_coroutine(vm, coro)) {
        t->fut.task_log_destroy_pending = 0;
        ayErr_format(vm, AY_EXC(vm, TypeError), "a coroutine was expected, got %R", coro);
        return false;
    }
    if (!aioLoop_check(vm, loop)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "Task requires an event loop created by asyncio, got %R", loop);
        return false;
    }
    if (AY_AS(AioLoop, loop)->debug) {
        AyValue tb = aioHook_call(vm, "extract_stack", NULL, 0);
        AioFutureExtra *x = tb ? aioFuture_extra(vm, &t->fut) : NULL;
        if (x) x->source_tb = tb;
        else ayErr_clear(vm);
    }
    if (!context || context == AY_NONE) {
        context = aioContext_snapshot(vm);
        if (!context) return false;
    } else if (!aioContext_check(vm, context)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "an instance of Context was expected, got %R", context);
        return false;
    }
    t->context = context;
    t->fut.task_must_cancel = 0;
    t->fut.task_log_destroy_pending = 1;
    t->num_cancels_requested = 0;
    t->coro = coro;
    if (!name || name == AY_NONE) {
        int64_t n = ++vm->aio->task_counter;
        if (n <= UINT32_MAX) t->name_serial = (uint32_t)n;
        else if (!(name = ayStr_from_fmt(vm, "Task-%lld", (long long)n))) return false;
    }
    if (name && name != AY_NONE && !set_name(vm, t, name)) return false;
    if (eager && AY_AS(AioLoop, loop)->running) return eager_start(vm, t);
    if (!schedule_step(vm, t, AY_NULL)) return false;
    return register_task(vm, t);
}

AyValue aioTask_new(AyVM *vm, AyType *type, AyValue coro, AyValue loop, AyValue name, AyValue context, bool eager) {
    AioTask *t = (AioTask *)ayGC_new(vm, type, type->basic_size);
    if (!t) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(t));
    bool ok = task_init(vm, t, coro, loop, name, context, eager);
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(t) : AY_NULL;
}

static AyValue task_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AioTask *t = (AioTask *)ayGC_new(vm, type, type->basic_size);
    return t ? ayV_from_obj(t) : AY_NULL;
}

static AyValue task_tp_init(AyVM *vm, AyValue self, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[5];
    if (!ayArg_unpack(vm, "Task", args, nargs, kwnames, "coro / $ loop name context eager_start", a)) return AY_NULL;
    bool eager = false;
    if (a[4]) {
        int e = ayObj_truth(vm, a[4]);
        if (e < 0) return AY_NULL;
        eager = e;
    }
    return task_init(vm, AY_AS(AioTask, self), a[0], a[1], a[2], a[3], eager) ? AY_NONE : AY_NULL;
}

static AyValue m_init(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    return task_tp_init(vm, args[0], args + 1, nargs - 1, kwnames);
}

// }====
// {==== methods

#define SELF AY_AS(AioTask, args[0])

static AyValue task_name(AyVM *vm, AioTask *t) {
    if (t->name_serial) return ayStr_from_fmt(vm, "Task-%lld", (long long)t->name_serial);
    return AIO_EXTRA(&t->fut)->task_name;
}

static AyValue m_get_name(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return task_name(vm, SELF); }

static AyValue m_set_name(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "set_name", nargs - 1, 1, 1)) return AY_NULL;
    return set_name(vm, SELF, args[1]) ? AY_NONE : AY_NULL;
}

static AyValue m_get_coro(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return SELF->coro ? SELF->coro : AY_NONE; }
static AyValue m_get_context(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue c = aioContext_materialize(vm, SELF->context);
    if (c) SELF->context = c;
    return c;
}

static AyValue m_cancel(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "cancel", args + 1, nargs - 1, kw, "| msg", a)) return AY_NULL;
    AioTask *t = SELF;
    t->fut.log_tb = 0;
    if (t->fut.state != AIO_PENDING) return AY_FALSE;
    t->num_cancels_requested++;
    if (t->fut_waiter) {
        int c = call_cancel(vm, t->fut_waiter, a[0]);
        if (c < 0) return AY_NULL;
        if (c) return AY_TRUE;
    }
    t->fut.task_must_cancel = 1;
    AyValue msg = a[0] && a[0] != AY_NONE ? a[0] : AY_NULL;
    if (msg || t->fut.extra) {
        AioFutureExtra *x = aioFuture_extra(vm, &t->fut);
        if (!x) return AY_NULL;
        x->cancel_msg = msg;
    }
    return AY_TRUE;
}

static AyValue m_cancelling(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayV_small(SELF->num_cancels_requested);
}

static AyValue m_uncancel(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AioTask *t = SELF;
    if (t->num_cancels_requested > 0) t->num_cancels_requested--;
    return ayV_small(t->num_cancels_requested);
}

static AyValue m_set_result(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayErr_format(vm, AY_EXC(vm, RuntimeError), "Task does not support set_result operation");
}
static AyValue m_set_exception(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return ayErr_format(vm, AY_EXC(vm, RuntimeError), "Task does not support set_exception operation");
}

static AyValue m_get_stack(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "get_stack", args + 1, nargs - 1, kw, "$ limit", a)) return AY_NULL;
    AyValue h[2] = {args[0], a[0] ? a[0] : AY_NONE};
    return aioHook_call(vm, "task_get_stack", h, 2);
}

static AyValue m_print_stack(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[2];
    if (!ayArg_unpack(vm, "print_stack", args + 1, nargs - 1, kw, "$ limit file", a)) return AY_NULL;
    AyValue h[3] = {args[0], a[0] ? a[0] : AY_NONE, a[1] ? a[1] : AY_NONE};
    return aioHook_call(vm, "task_print_stack", h, 3);
}

static AyValue m_step(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue exc = nargs > 1 && args[1] != AY_NONE ? args[1] : AY_NULL;
    return aioTask_step(vm, SELF, exc) ? AY_NONE : AY_NULL;
}

static AyValue task_repr(AyVM *vm, AyValue self) {
    AyValue r = aioHook_call(vm, "task_repr", &self, 1);
    if (r || ayErr_occurred(vm)) return r;
    AyValue name = task_name(vm, AY_AS(AioTask, self));
    return name ? ayStr_from_fmt(vm, "<%s name=%R>", ayType_name(ayV_type(vm, self)), name) : AY_NULL;
}

#define T AY_AS(AioTask, self)
static AyValue get_coro(AyVM *vm, AyValue self) { return T->coro ? T->coro : AY_NONE; }
static AyValue get_fut_waiter(AyVM *vm, AyValue self) { return T->fut_waiter ? T->fut_waiter : AY_NONE; }
static AyValue get_must_cancel(AyVM *vm, AyValue self) { return ayV_bool(T->fut.task_must_cancel); }
static AyValue get_num_cancels(AyVM *vm, AyValue self) { return ayV_small(T->num_cancels_requested); }
static AyValue get_log_destroy(AyVM *vm, AyValue self) { return ayV_bool(T->fut.task_log_destroy_pending); }
static int set_log_destroy(AyVM *vm, AyValue self, AyValue v) {
    int b = v ? ayObj_truth(vm, v) : 0;
    if (b < 0) return -1;
    T->fut.task_log_destroy_pending = (uint8_t)b;
    return 0;
}
#undef T

static const AyGetSetDef task_getsets[] = {
    {"_coro", get_coro, NULL},
    {"_fut_waiter", get_fut_waiter, NULL},
    {"_must_cancel", get_must_cancel, NULL},
    {"_num_cancels_requested", get_num_cancels, NULL},
    {"_log_destroy_pending", get_log_destroy, set_log_destroy},
    {NULL},
};

static const AyMethodDef task_methods[] = {
    {"__init__", m_init, 0, NULL},
    {"get_name", m_get_name, 0, NULL},
    {"set_name", m_set_name, 0, NULL},
    {"get_coro", m_get_coro, 0, NULL},
    {"get_context", m_get_context, 0, NULL},
    {"cancel", m_cancel, 0, NULL},
    {"cancelling", m_cancelling, 0, NULL},
    {"uncancel", m_uncancel, 0, NULL},
    {"set_result", m_set_result, 0, NULL},
    {"set_exception", m_set_exception, 0, NULL},
    {"get_stack", m_get_stack, 0, NULL},
    {"print_stack", m_print_stack, 0, NULL},
    {"_Task__step", m_step, 0, NULL},
    {NULL},
};

// }====

void aioTask_setup(AyVM *vm) {
    AyAioState *st = vm->aio;
    AyType *t = ayType_new_builtin(vm, "Task", st->t_future, sizeof(AioTask), AY_TF_BASETYPE);
    t->module = ayV_from_obj(ayStr_intern_c(vm, "_asyncio"));
    t->tp_new = task_new;
    t->tp_init = task_tp_init;
    t->trace = task_trace;
    t->repr = task_repr;
    ayType_add_methods(vm, t, task_methods);
    ayType_add_getsets(vm, t, task_getsets);
    ayType_ready(vm, t);
    st->t_task = t;
}
