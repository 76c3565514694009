// The event loop core: the ready FIFO, the timer heap (heapq's exact
// algorithm, so equal deadlines come out in CPython's order), one iteration
// as CPython's BaseEventLoop._run_once, run_forever/stop/close, call_soon/
// call_later/call_at, create_future/create_task. The higher layers
// (run_until_complete, exception handlers, executors...) are Python methods of
// BaseEventLoop, a subclass of this type (lib/asyncio/base_events.py).
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "aio.h"
#include "code.h"
#include "gen.h"
#include "int.h"
#include "num.h"
#include "str.h"
#include "thread.h"

#define MAX_SELECT_TIMEOUT 86400.0     // seconds (CPython's MAXIMUM_SELECT_TIMEOUT)
#define MIN_SCHEDULED_TIMERS 100       // purge threshold for cancelled timers
#define CLOCK_RESOLUTION 1e-9          // time.get_clock_info('monotonic').resolution

double aioLoop_time(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

bool aioLoop_check(AyVM *vm, AyValue v) {
    return vm->aio && ayV_is_obj(v) && ayType_is_subtype(ayV_obj(v)->type, vm->aio->t_loop);
}

// {==== ready queue

static bool ready_grow(AyVM *vm, AioLoop *l) {
    size_t cap = l->ready_cap ? l->ready_cap * 2 : 64;
    AioReady *r = ayMem_alloc(vm, cap * sizeof(AioReady));
    if (!r) return false;
    for (size_t i = 0; i < l->ready_len; i++) r[i] = l->ready[(l->ready_head + i) % l->ready_cap];
    ayMem_free(vm, l->ready, l->ready_cap * sizeof(AioReady));
    l->ready = r;
    l->ready_cap = cap;
    l->ready_head = 0;
    return true;
}

bool aioLoop_push_ready(AyVM *vm, AioLoop *l, int kind, AyValue obj, AyValue arg) {
    if (l->ready_len == l->ready_cap && !ready_grow(vm, l)) return false;
    size_t i = l->ready_head + l->ready_len;
    if (i >= l->ready_cap) i -= l->ready_cap;
    (void)kind;
    l->ready[i] = (AioReady){obj, arg, AY_NULL};
    l->ready_len++;
    return true;
}

bool aioLoop_push_call(AyVM *vm, AioLoop *l, AyValue fn, AyValue arg, AyValue ctx) {
    if (!aioLoop_push_ready(vm, l, AIO_READY_HANDLE, fn, arg)) return false;
    size_t i = l->ready_head + l->ready_len - 1;
    if (i >= l->ready_cap) i -= l->ready_cap;
    l->ready[i].ctx = ctx;
    return true;
}

static AioReady ready_pop(AioLoop *l) {
    AioReady e = l->ready[l->ready_head];
    l->ready_head = l->ready_head + 1 == l->ready_cap ? 0 : l->ready_head + 1;
    l->ready_len--;
    return e;
}

static void ready_clear(AyVM *vm, AioLoop *l) {
    ayMem_free(vm, l->ready, l->ready_cap * sizeof(AioReady));
    l->ready = NULL;
    l->ready_cap = l->ready_len = l->ready_head = 0;
}

// }====
// {==== timer heap: heapq's siftdown/siftup, comparing `when` with < only

static void heap_siftdown(AioHandle **h, size_t start, size_t pos) {
    AioHandle *item = h[pos];
    while (pos > start) {
        size_t parent = (pos - 1) >> 1;
        if (!(item->when < h[parent]->when)) break;
        h[pos] = h[parent];
        pos = parent;
    }
    h[pos] = item;
}

static void heap_siftup(AioHandle **h, size_t n, size_t pos) {
    size_t start = pos;
    AioHandle *item = h[pos];
    size_t child = 2 * pos + 1;
    while (child < n) {
        size_t right = child + 1;
        if (right < n && !(h[child]->when < h[right]->when)) child = right;
        h[pos] = h[child];
        pos = child;
        child = 2 * pos + 1;
    }
    h[pos] = item;
    heap_siftdown(h, start, pos);
}

static bool heap_push(AyVM *vm, AioLoop *l, AioHandle *t) {
    if (l->ntimers == l->timers_cap) {
        size_t cap = l->timers_cap ? l->timers_cap * 2 : 64;
        AioHandle **n = ayMem_realloc(vm, l->timers, l->timers_cap * sizeof(AioHandle *), cap * sizeof(AioHandle *));
        if (!n) return false;
        l->timers = n;
        l->timers_cap = cap;
    }
    l->timers[l->ntimers++] = t;
    heap_siftdown(l->timers, 0, l->ntimers - 1);
    return true;
}

static AioHandle *heap_pop(AioLoop *l) {
    AioHandle *last = l->timers[--l->ntimers];
    if (!l->ntimers) return last;
    AioHandle *top = l->timers[0];
    l->timers[0] = last;
    heap_siftup(l->timers, l->ntimers, 0);
    return top;
}

static void heap_purge_cancelled(AioLoop *l) {
    size_t k = 0;
    for (size_t i = 0; i < l->ntimers; i++) {
        AioHandle *h = l->timers[i];
        if (h->cancelled) h->scheduled = 0;
        else l->timers[k++] = h;
    }
    l->ntimers = k;
    for (size_t i = k / 2; i-- > 0;) heap_siftup(l->timers, k, i);
    l->timer_cancelled_count = 0;
}

// }====
// {==== the object

void aioLoop_trace(AyVM *vm, AyObj *o) {
    AioLoop *l = (AioLoop *)o;
    for (size_t i = 0; i < l->ready_len; i++) {
        AioReady *e = &l->ready[(l->ready_head + i) % l->ready_cap];
        ayGC_mark(vm, e->obj);
        ayGC_mark(vm, e->arg);
        ayGC_mark(vm, e->ctx);
    }
    for (size_t i = 0; i < l->ntimers; i++) ayGC_mark_obj(vm, (AyObj *)l->timers[i]);
    ayGC_mark(vm, l->current_task);
    ayGC_mark(vm, l->exception_handler);
    ayGC_mark(vm, l->task_factory);
    ayGC_mark(vm, l->current_handle);
    if (l->uv) aioUv_trace(vm, l);
}

static void loop_finalize(AyVM *vm, AyObj *o) {
    AioLoop *l = (AioLoop *)o;
    ready_clear(vm, l);
    ayMem_free(vm, l->timers, l->timers_cap * sizeof(AioHandle *));
    l->timers = NULL;
    aioUv_close(l);
}

static AyValue loop_new(AyVM *vm, AyType *type, AyValue *args, int nargs, AyValue kwnames) {
    AioLoop *l = (AioLoop *)ayGC_new(vm, type, type->basic_size);
    if (!l) return AY_NULL;
    l->slow_callback_duration = 0.1;
    const char *env = getenv("PYTHONASYNCIODEBUG");
    l->debug = env && *env;
    ayGC_push_root(vm, ayV_from_obj(l));
    bool ok = aioUv_init(vm, l);
    ayGC_pop_roots(vm, 1);
    return ok ? ayV_from_obj(l) : AY_NULL;
}

bool aioLoop_check_closed(AyVM *vm, AioLoop *l) {
    if (!l->closed) return true;
    ayErr_format(vm, AY_EXC(vm, RuntimeError), "Event loop is closed");
    return false;
}

static AioLoop *self_loop(AyVM *vm, AyValue v) { return AY_AS(AioLoop, v); }

// }====
// {==== scheduling

AioHandle *aioLoop_call_soon(AyVM *vm, AioLoop *l, AyValue callback, const AyValue *args, int nargs,
                             AyValue context) {
    AioHandle *h = aioHandle_new(vm, vm->aio->t_handle, callback, args, nargs, ayV_from_obj(l), context);
    if (!h) return NULL;
    if (!aioLoop_push_ready(vm, l, AIO_READY_HANDLE, ayV_from_obj(h), AY_NULL)) return NULL;
    return h;
}

// The `context=` keyword of the call_* methods; false on a bad keyword.
// (Their argument errors name them as CPython's Python methods do.)
static bool context_kw(AyVM *vm, const char *fname, AyValue *args, int nargs, AyValue kwnames, AyValue *ctx) {
    *ctx = AY_NULL;
    int nkw = ayArg_nkw(kwnames);
    for (int i = 0; i < nkw; i++) {
        AyStr *k = AY_STR(AY_AS(AyTuple, kwnames)->items[i]);
        if (strcmp(k->data, "context") != 0) {
            ayErr_format(vm, AY_EXC(vm, TypeError), "BaseEventLoop.%s() got an unexpected keyword argument '%U'", fname, k);
            return false;
        }
        *ctx = args[nargs + i];
    }
    if (*ctx == AY_NONE) *ctx = AY_NULL;
    return true;
}

// In debug mode the callback is checked the way CPython's _check_callback does.
static bool check_callback(AyVM *vm, AioLoop *l, AyValue cb, const char *method) {
    if (!l->debug) return true;
    AyType *t = ayV_type(vm, cb);
    bool is_coro = t == vm->t_coroutine;
    if (!is_coro && t == vm->t_function) is_coro = (AY_AS(AyFunction, cb)->code->flags & AY_CO_COROUTINE) != 0;
    if (is_coro) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "coroutines cannot be used with %s()", method);
        return false;
    }
    if (!t->call) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "a callable object was expected by %s(), got %R", method, cb);
        return false;
    }
    return true;
}

// In debug mode, CPython's _check_thread: the loop's own thread only.
static bool check_thread(AyVM *vm, AioLoop *l) {
    if (!l->debug || !l->thread_id || l->thread_id == ayThread_ident()) return true;
    ayErr_format(vm, AY_EXC(vm, RuntimeError),
                 "Non-thread-safe operation invoked on an event loop other than the current one");
    return false;
}

// call_soon and call_soon_threadsafe, named `method`
static AyValue call_soon_method(AyVM *vm, AyValue *args, int nargs, AyValue kwnames, const char *method,
                                bool threadsafe) {
    AyValue ctx;
    if (!context_kw(vm, method, args, nargs, kwnames, &ctx)) return AY_NULL;
    if (nargs < 2)
        return ayErr_format(vm, AY_EXC(vm, TypeError),
                            "BaseEventLoop.%s() missing 1 required positional argument: 'callback'", method);
    AioLoop *l = self_loop(vm, args[0]);
    if (!aioLoop_check_closed(vm, l) || (!threadsafe && !check_thread(vm, l)) || !check_callback(vm, l, args[1], method))
        return AY_NULL;
    AioHandle *h = aioLoop_call_soon(vm, l, args[1], args + 2, nargs - 2, ctx);
    return h ? ayV_from_obj(h) : AY_NULL;
}

static AyValue schedule_timer(AyVM *vm, AioLoop *l, double when, AyValue *cbargs, int ncb, AyValue ctx) {
    AioHandle *h = aioHandle_new(vm, vm->aio->t_timer_handle, cbargs[0], cbargs + 1, ncb - 1, ayV_from_obj(l), ctx);
    if (!h) return AY_NULL;
    h->when = when;
    h->scheduled = 1;
    if (!heap_push(vm, l, h)) return AY_NULL;
    return ayV_from_obj(h);
}

bool aioLoop_add_timer(AyVM *vm, AioLoop *l, AioHandle *t) {
    t->scheduled = 1;
    return heap_push(vm, l, t);
}

static bool to_time(AyVM *vm, AyValue v, double *out) {
    if (ayV_is_float(v)) {
        *out = ayV_float(v);
        return true;
    }
    if (ayV_is_int(v)) {
        *out = (double)ayV_int(v);
        return true;
    }
    return ayFloat_as_double(vm, v, out) >= 0;
}

static AyValue m_call_later(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue ctx;
    if (!context_kw(vm, "call_later", args, nargs, kwnames, &ctx)) return AY_NULL;
    if (nargs < 3)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "BaseEventLoop.call_later() missing %d required positional argument%s",
                            3 - nargs, nargs == 2 ? ": 'callback'" : "s: 'delay' and 'callback'");
    if (args[1] == AY_NONE) return ayErr_format(vm, AY_EXC(vm, TypeError), "delay must not be None");
    AioLoop *l = self_loop(vm, args[0]);
    double delay;
    if (!to_time(vm, args[1], &delay)) return AY_NULL;
    // CPython's call_later checks through call_at, whose name its message has
    if (!aioLoop_check_closed(vm, l) || !check_thread(vm, l) || !check_callback(vm, l, args[2], "call_at")) return AY_NULL;
    return schedule_timer(vm, l, aioLoop_time() + delay, args + 2, nargs - 2, ctx);
}

static AyValue m_call_at(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue ctx;
    if (!context_kw(vm, "call_at", args, nargs, kwnames, &ctx)) return AY_NULL;
    if (nargs < 3)
        return ayErr_format(vm, AY_EXC(vm, TypeError), "BaseEventLoop.call_at() missing %d required positional argument%s",
                            3 - nargs, nargs == 2 ? ": 'callback'" : "s: 'when' and 'callback'");
    if (args[1] == AY_NONE) return ayErr_format(vm, AY_EXC(vm, TypeError), "when cannot be None");
    AioLoop *l = self_loop(vm, args[0]);
    double when;
    if (!to_time(vm, args[1], &when)) return AY_NULL;
    if (!aioLoop_check_closed(vm, l) || !check_thread(vm, l) || !check_callback(vm, l, args[2], "call_at")) return AY_NULL;
    return schedule_timer(vm, l, when, args + 2, nargs - 2, ctx);
}

static AyValue m_call_soon(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    return call_soon_method(vm, args, nargs, kwnames, "call_soon", false);
}

static AyValue m_call_soon_threadsafe(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue r = call_soon_method(vm, args, nargs, kwnames, "call_soon_threadsafe", true);
    if (r) aioUv_wakeup(self_loop(vm, args[0]));
    return r;
}

static AyValue m_time(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayV_from_float(aioLoop_time()); }

static AyValue m_timer_handle_cancelled(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_timer_handle_cancelled", nargs - 1, 1, 1)) return AY_NULL;
    if (ayV_is_obj(args[1]) && ayType_is_subtype(ayV_obj(args[1])->type, vm->aio->t_timer_handle) &&
        AY_AS(AioHandle, args[1])->scheduled)
        self_loop(vm, args[0])->timer_cancelled_count++;
    return AY_NONE;
}

static AyValue m_create_future(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "create_future", nargs - 1, 0, 0)) return AY_NULL;
    return aioFuture_new(vm, args[0]);
}

static AyValue m_create_task(AyVM *vm, AyValue *args, int nargs, AyValue kwnames) {
    AyValue a[3];
    if (!ayArg_unpack(vm, "create_task", args + 1, nargs - 1, kwnames, "coro $ name context", a)) return AY_NULL;
    AioLoop *l = self_loop(vm, args[0]);
    if (!aioLoop_check_closed(vm, l)) return AY_NULL;
    AyValue name = a[1] ? a[1] : AY_NONE, ctx = a[2] ? a[2] : AY_NONE;
    if (!l->task_factory) return aioTask_new(vm, vm->aio->t_task, a[0], args[0], name, ctx, false);
    AyValue task;
    if (ctx == AY_NONE) {
        AyValue fa[2] = {args[0], a[0]};
        task = ayObj_call(vm, l->task_factory, fa, 2, AY_NULL);
    } else {
        AyValue fa[3] = {args[0], a[0], ctx};
        AyValue kn = ayTuple_from_items(vm, (AyValue[]){ayV_from_obj(ayStr_intern_c(vm, "context"))}, 1);
        if (!kn) return AY_NULL;
        task = ayObj_call(vm, l->task_factory, fa, 2, kn);
    }
    if (!task || name == AY_NONE) return task;
    ayGC_push_root(vm, task);
    AyValue setter = ayObj_getattr_opt(vm, task, ayStr_intern_c(vm, "set_name"));
    AyValue r = setter ? ayObj_call1(vm, setter, name) : (ayErr_occurred(vm) ? AY_NULL : AY_NONE);
    ayGC_pop_roots(vm, 1);
    return r ? task : AY_NULL;
}

// }====
// {==== running

// The sys asyncgen hooks while a loop runs: the loop's Python methods.
static AyValue swap_asyncgen_hooks(AyVM *vm, AyValue hooks) {
    AyValue old = vm->asyncgen_hooks;
    vm->asyncgen_hooks = hooks;
    return old;
}

static AyValue loop_hooks(AyVM *vm, AyValue loop) {
    AyValue fi = ayObj_getattr_opt(vm, loop, ayStr_intern_c(vm, "_asyncgen_firstiter_hook"));
    if (!fi) return AY_NULL;
    ayGC_push_root(vm, fi);
    AyValue fz = ayObj_getattr_opt(vm, loop, ayStr_intern_c(vm, "_asyncgen_finalizer_hook"));
    ayGC_pop_roots(vm, 1);
    if (!fz) return AY_NULL;
    return ayTuple_pack2(vm, fi, fz);
}

static void log_slow(AyVM *vm, AioLoop *l, AioReady *e, double dt) {
    AyValue r = ayObj_repr(vm, e->obj);
    if (!r) {
        ayErr_clear(vm);
        return;
    }
    char secs[32];  // (ayStr_from_fmt has no float conversions)
    snprintf(secs, sizeof secs, "%.3f", dt);
    AyValue msg = ayStr_from_fmt(vm, "Executing %U took %s seconds\n", AY_STR(r), secs);
    if (msg) ayIO_write_err(vm, AY_CSTR(msg), (size_t)AY_STR(msg)->size);
    else ayErr_clear(vm);
}

static bool is_handle(AyVM *vm, AyValue v) {
    AyType *t = ayV_obj(v)->type;
    return t == vm->aio->t_handle || t == vm->aio->t_timer_handle || ayType_is_subtype(t, vm->aio->t_handle);
}

// A done callback fn(fut) queued without a Handle; one is made only to report an error.
static bool run_call(AyVM *vm, AioLoop *l, AioReady *e) {
    AyValue r = AY_NULL;
    AioContext *c = aioContext_enter_any(vm, e->ctx);
    if (c) {
        AyValue *buf = vm->stack_top;
        buf[0] = e->arg;
        vm->stack_top++;
        r = ayObj_call(vm, e->obj, buf, 1, AY_NULL);
        vm->stack_top = buf;
        aioContext_exit(vm, c);
    }
    if (r) return true;
    if (ayErr_matches(vm, AY_EXC(vm, KeyboardInterrupt)) || ayErr_matches(vm, AY_EXC(vm, SystemExit))) return false;
    AyValue exc = ayErr_fetch(vm);
    ayGC_push_root(vm, exc);
    AioHandle *h = aioHandle_new(vm, vm->aio->t_handle, e->obj, &e->arg, 1, ayV_from_obj(l), e->ctx);
    AyValue ok = h ? aioHandle_report_error(vm, ayV_from_obj(h), exc) : AY_NULL;
    ayGC_pop_roots(vm, 1);
    if (!ok) {
        if (ayErr_matches(vm, AY_EXC(vm, KeyboardInterrupt)) || ayErr_matches(vm, AY_EXC(vm, SystemExit)))
            return false;
        aioLog_error(vm, "Exception in callback", ayErr_occurred(vm) ? ayErr_fetch(vm) : exc);
    }
    return true;
}

static bool run_entry(AyVM *vm, AioLoop *l, AioReady *e) {
    if (e->ctx) return run_call(vm, l, e);
    if (is_handle(vm, e->obj)) {
        AioHandle *h = AY_AS(AioHandle, e->obj);
        if (h->cancelled) return true;
        return aioHandle_run(vm, h);
    }
    AioTask *t = AY_AS(AioTask, e->obj);
    bool wakeup = e->arg && aioFuture_check(vm, e->arg);
    AioContext *c = aioTask_enter_context(vm, t);
    if (!c) {
        AyValue exc = ayErr_fetch(vm);
        aioLog_error(vm, "Exception in callback Task.task_wakeup()", exc);
        return true;
    }
    bool ok = wakeup ? aioTask_wakeup(vm, t, e->arg) : aioTask_step(vm, t, e->arg);
    aioTask_exit_context(vm, t, c);
    if (ok) return true;
    if (ayErr_matches(vm, AY_EXC(vm, KeyboardInterrupt)) || ayErr_matches(vm, AY_EXC(vm, SystemExit))) return false;
    // an internal error of the step: reported like a failing callback
    AyValue exc = ayErr_fetch(vm);
    ayGC_push_root(vm, exc);
    AyDict *ctxd = ayDict_new(vm);
    if (ctxd) {
        ayGC_push_root(vm, ayV_from_obj(ctxd));
        AyValue msg = ayStr_from_fmt(vm, "Exception in callback %s", wakeup ? "Task.task_wakeup()" : "TaskStepMethWrapper()");
        if (msg) ayDict_set_cstr(vm, ctxd, "message", msg);
        ayDict_set_cstr(vm, ctxd, "exception", exc);
        aioLoop_report(vm, ayV_from_obj(l), ayV_from_obj(ctxd));
        ayGC_pop_roots(vm, 1);
    }
    ayGC_pop_roots(vm, 1);
    return !ayErr_occurred(vm);
}

static bool run_once(AyVM *vm, AioLoop *l) {
    if (l->ntimers > MIN_SCHEDULED_TIMERS && (double)l->timer_cancelled_count / (double)l->ntimers > 0.5) {
        heap_purge_cancelled(l);
    } else {
        while (l->ntimers && l->timers[0]->cancelled) {
            l->timer_cancelled_count--;
            heap_pop(l)->scheduled = 0;
        }
    }
    double timeout = -1;
    if (l->ready_len || l->stopping) {
        timeout = 0;
    } else if (l->ntimers) {
        timeout = l->timers[0]->when - aioLoop_time();
        if (timeout < 0) timeout = 0;
        if (timeout > MAX_SELECT_TIMEOUT) timeout = MAX_SELECT_TIMEOUT;
    }
    if (!aioUv_poll(vm, l, timeout)) return false;
    double end = aioLoop_time() + CLOCK_RESOLUTION;
    while (l->ntimers && l->timers[0]->when < end) {
        AioHandle *h = heap_pop(l);
        h->scheduled = 0;
        if (!aioLoop_push_ready(vm, l, AIO_READY_HANDLE, ayV_from_obj(h), AY_NULL)) return false;
    }
    size_t ntodo = l->ready_len;
    for (size_t i = 0; i < ntodo && l->ready_len; i++) {
        AioReady e = ready_pop(l);
        ayGC_push_root(vm, e.obj);
        ayGC_push_root(vm, e.arg);
        ayGC_push_root(vm, e.ctx);
        bool ok;
        if (l->debug) {
            double t0 = aioLoop_time();
            ok = run_entry(vm, l, &e);
            double dt = aioLoop_time() - t0;
            if (ok && dt >= l->slow_callback_duration) log_slow(vm, l, &e, dt);
        } else {
            ok = run_entry(vm, l, &e);
        }
        ayGC_pop_roots(vm, 3);
        if (!ok) return false;
    }
    return true;
}

static AyValue m_run_once(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return run_once(vm, self_loop(vm, args[0])) ? AY_NONE : AY_NULL;
}

static bool check_running(AyVM *vm, AioLoop *l) {
    if (l->running) {
        ayErr_format(vm, AY_EXC(vm, RuntimeError), "This event loop is already running");
        return false;
    }
    if (vm->aio->running_loop) {
        ayErr_format(vm, AY_EXC(vm, RuntimeError), "Cannot run the event loop while another loop is running");
        return false;
    }
    return true;
}

static AyValue m_run_forever(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "run_forever", nargs - 1, 0, 0)) return AY_NULL;
    AioLoop *l = self_loop(vm, args[0]);
    if (!aioLoop_check_closed(vm, l) || !check_running(vm, l)) return AY_NULL;
    AyValue hooks = loop_hooks(vm, args[0]);
    if (!hooks && ayErr_occurred(vm)) return AY_NULL;
    AyValue old_hooks = hooks ? swap_asyncgen_hooks(vm, hooks) : AY_NULL;
    ayGC_push_root(vm, old_hooks);
    l->running = 1;
    l->thread_id = ayThread_ident();
    vm->aio->running_loop = args[0];
    bool ok = true;
    while (ok) {
        ok = run_once(vm, l);
        if (l->stopping) break;
    }
    l->stopping = 0;
    l->running = 0;
    l->thread_id = 0;
    vm->aio->running_loop = AY_NULL;
    if (hooks) {
        AyValue exc = ayErr_fetch(vm);
        swap_asyncgen_hooks(vm, old_hooks);
        if (exc) ayErr_set(vm, exc);
    }
    ayGC_pop_roots(vm, 1);
    return ok ? AY_NONE : AY_NULL;
}

static AyValue m_stop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    self_loop(vm, args[0])->stopping = 1;
    return AY_NONE;
}

static AyValue m_is_running(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayV_bool(self_loop(vm, args[0])->running); }
static AyValue m_is_closed(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayV_bool(self_loop(vm, args[0])->closed); }

// The C part of close(): the Python override handles the executor.
static AyValue m_close(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AioLoop *l = self_loop(vm, args[0]);
    if (l->running) return ayErr_format(vm, AY_EXC(vm, RuntimeError), "Cannot close a running event loop");
    if (l->closed) return AY_NONE;
    l->closed = 1;
    ready_clear(vm, l);
    l->ntimers = 0;
    aioTcp_loop_closing(vm, l);
    aioUv_close(l);
    return AY_NONE;
}

static AyValue m_check_closed(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return aioLoop_check_closed(vm, self_loop(vm, args[0])) ? AY_NONE : AY_NULL;
}

static AyValue m_check_running(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return check_running(vm, self_loop(vm, args[0])) ? AY_NONE : AY_NULL;
}

static AyValue m_get_debug(AyVM *vm, AyValue *args, int nargs, AyValue kw) { return ayV_bool(self_loop(vm, args[0])->debug); }

static AyValue m_set_debug(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "set_debug", nargs - 1, 1, 1)) return AY_NULL;
    int t = ayObj_truth(vm, args[1]);
    if (t < 0) return AY_NULL;
    self_loop(vm, args[0])->debug = (uint8_t)t;
    return AY_NONE;
}

static AyValue loop_repr(AyVM *vm, AyValue self) {
    AioLoop *l = self_loop(vm, self);
    return ayStr_from_fmt(vm, "<%s running=%s closed=%s debug=%s>", ayType_name(ayV_type(vm, self)),
                          l->running ? "True" : "False", l->closed ? "True" : "False", l->debug ? "True" : "False");
}

// }====
// {==== attributes the Python layers read and write

#define VALUE_ATTR(field, name)                                                          \
    static AyValue get_##field(AyVM *vm, AyValue self) {                                 \
        AyValue v = self_loop(vm, self)->field;                                          \
        return v ? v : AY_NONE;                                                          \
    }                                                                                    \
    static int set_##field(AyVM *vm, AyValue self, AyValue v) {                          \
        self_loop(vm, self)->field = v && v != AY_NONE ? v : AY_NULL;                    \
        return 0;                                                                        \
    }
VALUE_ATTR(exception_handler, "_exception_handler")
VALUE_ATTR(task_factory, "_task_factory")
VALUE_ATTR(current_handle, "_current_handle")
#undef VALUE_ATTR

#define FLAG_ATTR(field)                                                                 \
    static AyValue get_##field(AyVM *vm, AyValue self) { return ayV_bool(self_loop(vm, self)->field); } \
    static int set_##field(AyVM *vm, AyValue self, AyValue v) {                          \
        int t = v ? ayObj_truth(vm, v) : 0;                                              \
        if (t < 0) return -1;                                                            \
        self_loop(vm, self)->field = (uint8_t)t;                                         \
        return 0;                                                                        \
    }
FLAG_ATTR(stopping)
FLAG_ATTR(closed)
FLAG_ATTR(debug)
#undef FLAG_ATTR

static AyValue get_slow(AyVM *vm, AyValue self) { return ayV_from_float(self_loop(vm, self)->slow_callback_duration); }
static int set_slow(AyVM *vm, AyValue self, AyValue v) {
    double d;
    if (!v) return ayErr_format(vm, AY_EXC(vm, AttributeError), "cannot delete attribute"), -1;
    if (!to_time(vm, v, &d)) return -1;
    self_loop(vm, self)->slow_callback_duration = d;
    return 0;
}
static AyValue get_thread_id(AyVM *vm, AyValue self) {
    AioLoop *l = self_loop(vm, self);
    return l->thread_id ? ayInt_from_u64(vm, l->thread_id) : AY_NONE;
}
static AyValue get_ready_count(AyVM *vm, AyValue self) { return ayV_small((int64_t)self_loop(vm, self)->ready_len); }
static AyValue get_scheduled(AyVM *vm, AyValue self) {
    AioLoop *l = self_loop(vm, self);
    AyList *list = ayList_new(vm, (int64_t)l->ntimers);
    if (!list) return AY_NULL;
    for (size_t i = 0; i < l->ntimers; i++) list->items[i] = ayV_from_obj(l->timers[i]);
    list->len = (int64_t)l->ntimers;
    return ayV_from_obj(list);
}
static AyValue get_clock_resolution(AyVM *vm, AyValue self) { return ayV_from_float(CLOCK_RESOLUTION); }

static const AyGetSetDef loop_getsets[] = {
    {"_exception_handler", get_exception_handler, set_exception_handler},
    {"_task_factory", get_task_factory, set_task_factory},
    {"_current_handle", get_current_handle, set_current_handle},
    {"_stopping", get_stopping, set_stopping},
    {"_closed", get_closed, set_closed},
    {"_debug", get_debug, set_debug},
    {"slow_callback_duration", get_slow, set_slow},
    {"_thread_id", get_thread_id, NULL},
    {"_ready_count", get_ready_count, NULL},
    {"_scheduled", get_scheduled, NULL},
    {"_clock_resolution", get_clock_resolution, NULL},
    {NULL},
};

static const AyMethodDef loop_methods[] = {
    {"call_soon", m_call_soon, 0, NULL},
    {"call_later", m_call_later, 0, NULL},
    {"call_at", m_call_at, 0, NULL},
    {"call_soon_threadsafe", m_call_soon_threadsafe, 0, NULL},
    {"time", m_time, 0, NULL},
    {"create_future", m_create_future, 0, NULL},
    {"create_task", m_create_task, 0, NULL},
    {"run_forever", m_run_forever, 0, NULL},
    {"_run_once", m_run_once, 0, NULL},
    {"stop", m_stop, 0, NULL},
    {"is_running", m_is_running, 0, NULL},
    {"is_closed", m_is_closed, 0, NULL},
    {"close", m_close, 0, NULL},
    {"_check_closed", m_check_closed, 0, NULL},
    {"_check_running", m_check_running, 0, NULL},
    {"get_debug", m_get_debug, 0, NULL},
    {"set_debug", m_set_debug, 0, NULL},
    {"_timer_handle_cancelled", m_timer_handle_cancelled, 0, NULL},
    {NULL},
};

// }====

void aioLoop_report(AyVM *vm, AyValue loop, AyValue context) {
    AyValue saved = ayErr_fetch(vm);
    ayGC_push_root(vm, saved);
    AyValue a[2] = {AY_NULL, context};
    AyValue r = ayObj_call_method(vm, loop, ayStr_intern_c(vm, "call_exception_handler"), a, 1);
    if (!r) {
        if (!ayErr_matches(vm, AY_EXC(vm, KeyboardInterrupt)) && !ayErr_matches(vm, AY_EXC(vm, SystemExit)))
            aioLog_error(vm, "Exception in default exception handler", ayErr_fetch(vm));
    } else if (saved) {
        ayErr_set(vm, saved);
    }
    ayGC_pop_roots(vm, 1);
}

void aioLoop_setup(AyVM *vm) {
    AyAioState *st = vm->aio;
    AyType *t = ayType_new_builtin(vm, "Loop", vm->t_object, sizeof(AioLoop), AY_TF_BASETYPE);
    t->module = ayV_from_obj(ayStr_intern_c(vm, "_asyncio"));
    t->tp_new = loop_new;
    t->trace = aioLoop_trace;
    t->finalize = loop_finalize;
    t->repr = loop_repr;
    ayType_add_methods(vm, t, loop_methods);
    ayType_add_getsets(vm, t, loop_getsets);
    aioLoopIO_setup(vm, t);
    aioTcp_setup(vm, st, t);
    ayType_ready(vm, t);
    st->t_loop = t;
}
