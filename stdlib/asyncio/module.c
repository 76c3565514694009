// The per-VM asyncio state, the weak registry that gives tasks and futures
// CPython-like finalization messages under a tracing GC, and the _asyncio
// module's functions (running loop, current task, helpers for the Python layers).
#include <string.h>

#include "aio.h"
#include "code.h"
#include "gen.h"
#include "module.h"
#include "str.h"

void aioContext_setup(AyVM *vm, AyAioState *st);
void aioHandle_setup(AyVM *vm, AyAioState *st);

// {==== state

static AyType *new_exc_type(AyVM *vm, const char *name, AyType *base) {
    AyType *t = ayType_new_builtin(vm, name, base, base->basic_size, AY_TF_BASETYPE);
    t->module = ayV_from_obj(ayStr_intern_c(vm, "asyncio.exceptions"));
    t->dict_offset = base->dict_offset;
    ayType_ready(vm, t);
    return t;
}

AyAioState *aioState(AyVM *vm) {
    if (vm->aio) return vm->aio;
    AyAioState *st = ayMem_alloc(vm, sizeof *st);
    if (!st) return NULL;
    memset(st, 0, sizeof *st);
    vm->aio = st;
    int saved_gc = vm->gc_disabled;
    vm->gc_disabled = 1;  // the types below are only reachable through vm->aio once complete
    aioContext_setup(vm, st);
    aioHandle_setup(vm, st);
    aioLoop_setup(vm);
    aioFuture_setup(vm);
    aioTask_setup(vm);
    aioSleep_setup(vm, st);
    st->t_cancelled_error = new_exc_type(vm, "CancelledError", AY_EXC(vm, BaseException));
    st->t_invalid_state_error = new_exc_type(vm, "InvalidStateError", AY_EXC(vm, Exception));
    st->finalize_queue = ayV_from_obj(ayList_new(vm, 0));
    vm->gc_disabled = saved_gc;
    return st;
}

void ayAio_trace(AyVM *vm) {
    AyAioState *st = vm->aio;
    AyType *types[] = {st->t_context, st->t_contextvar, st->t_token, st->t_loop, st->t_handle, st->t_timer_handle,
                       st->t_future, st->t_future_iter, st->t_task, st->t_cancelled_error, st->t_invalid_state_error,
                       st->t_sleep, st->t_uvstream, st->t_future_extra};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) ayGC_mark_obj(vm, (AyObj *)types[i]);
    ayGC_mark(vm, st->ctx_current);
    ayGC_mark(vm, st->ctx_scratch);
    ayGC_mark(vm, st->running_loop);
    ayGC_mark(vm, st->hooks);
    ayGC_mark(vm, st->token_missing);
    ayGC_mark(vm, st->contextvars_mod);
    ayGC_mark(vm, st->asyncio_mod);
    ayGC_mark(vm, st->finalize_queue);
    ayGC_mark(vm, st->warned);
    ayGC_mark(vm, st->fn_set_result_unless_cancelled);
    ayGC_mark(vm, st->uvstreams);
}

void ayAio_save_thread(AyVM *vm, AyValue *context, AyValue *running_loop) {
    *context = vm->aio->ctx_current;
    *running_loop = vm->aio->running_loop;
}

void ayAio_load_thread(AyVM *vm, AyValue context, AyValue running_loop) {
    vm->aio->ctx_current = context;
    vm->aio->running_loop = running_loop;
}

void ayAio_free(AyVM *vm) {
    AyAioState *st = vm->aio;
    if (!st) return;
    ayMem_free(vm, st->weak, st->capweak * sizeof(AioWeak));
    ayMem_free(vm, st, sizeof *st);
    vm->aio = NULL;
}

// }====
// {==== weak registry and finalization

bool aioWeak_add(AyVM *vm, AyObj *obj, AyObj *owner, int kind) {
    AyAioState *st = vm->aio;
    if (st->nweak + 2 > st->capweak) {
        size_t cap = st->capweak ? st->capweak * 2 : 256;
        AioWeak *w = ayMem_realloc(vm, st->weak, st->capweak * sizeof(AioWeak), cap * sizeof(AioWeak));
        if (!w) return false;
        st->weak = w;
        st->capweak = cap;
    }
    st->weak[st->nweak++] = (uintptr_t)obj | (uintptr_t)kind;
    if (kind == AIO_WEAK_ASYNCGEN) st->weak[st->nweak++] = (uintptr_t)owner;
    return true;
}

// The words the entry at `w` takes.
static size_t weak_words(const AioWeak *w) { return AIO_WEAK_KIND(*w) == AIO_WEAK_ASYNCGEN ? 2 : 1; }

// The owner of the entry at `w` (an async generator's loop), or NULL.
static AyObj *weak_owner(const AioWeak *w) { return AIO_WEAK_KIND(*w) == AIO_WEAK_ASYNCGEN ? (AyObj *)w[1] : NULL; }

// Moves the entry at word i down to word k (compaction, k <= i); returns where the next one goes.
static size_t weak_move(AyAioState *st, size_t i, size_t k) {
    size_t n = weak_words(&st->weak[i]);
    for (size_t j = 0; j < n; j++) st->weak[k + j] = st->weak[i + j];
    return k + n;
}

// Whether a registered object still needs its finalizer (or its registration).
static bool weak_wanted(AyVM *vm, AioWeak w) {
    switch (AIO_WEAK_KIND(w)) {
    case AIO_WEAK_TASK: {
        AioTask *t = (AioTask *)AIO_WEAK_OBJ(w);
        return t->fut.state == AIO_PENDING;
    }
    case AIO_WEAK_FUTURE_EXC: return ((AioFuture *)AIO_WEAK_OBJ(w))->log_tb;
    case AIO_WEAK_ASYNCGEN: return ((AyGen *)AIO_WEAK_OBJ(w))->state != AY_GEN_CLOSED;
    }
    return false;
}

static void weak_drop(AioWeak w) {
    int kind = AIO_WEAK_KIND(w);
    if (kind == AIO_WEAK_TASK || kind == AIO_WEAK_FUTURE_EXC) ((AioFuture *)AIO_WEAK_OBJ(w))->weak_kind &= ~(1 << kind);
}

// After marking, before sweeping: entries of dead objects leave the registry;
// those whose finalizer must run are marked again (resurrected) and queued.
void ayAio_after_mark(AyVM *vm) {
    AyAioState *st = vm->aio;
    AyList *q = AY_AS(AyList, st->finalize_queue);
    size_t k = 0;
    for (size_t i = 0, n; i < st->nweak; i += n) {
        AioWeak *w = &st->weak[i];
        n = weak_words(w);
        int kind = AIO_WEAK_KIND(*w);
        AyObj *obj = AIO_WEAK_OBJ(*w), *owner = weak_owner(w);
        bool alive = (obj->gc & AY_GC_MARK) != 0;
        bool owner_alive = !owner || (owner->gc & AY_GC_MARK);
        bool wanted = weak_wanted(vm, *w);
        if (!alive && wanted && kind == AIO_WEAK_TASK) {
            // A pending task lives as long as its loop is usable: CPython would
            // find it only at a later cycle collection, typically after shutdown
            // cancelled it.
            AyValue loop = ((AioTask *)obj)->fut.loop;
            if (aioLoop_check(vm, loop) && (ayV_obj(loop)->gc & AY_GC_MARK) && !AY_AS(AioLoop, loop)->closed) {
                ayGC_mark_obj(vm, obj);
                alive = true;
            }
        }
        if (alive && owner_alive && wanted) {
            k = weak_move(st, i, k);
            continue;
        }
        weak_drop(*w);
        if (alive || !wanted) continue;
        bool report = true;
        if (kind == AIO_WEAK_TASK) report = ((AioTask *)obj)->fut.task_log_destroy_pending;
        if (kind == AIO_WEAK_ASYNCGEN) report = owner_alive && ((AyGen *)obj)->hooks_finalizer;
        if (!report) continue;
        // The queue list is marked already: items appended now are marked by hand.
        AyValue item[3] = {ayV_small(kind), ayV_from_obj(obj), owner ? ayV_from_obj(owner) : AY_NONE};
        for (int j = 0; j < 3; j++) {
            if (!ayList_append(vm, q, item[j])) {
                ayErr_clear(vm);
                break;
            }
            ayGC_mark(vm, item[j]);
        }
    }
    st->nweak = k;
}

static void run_one_finalizer(AyVM *vm, int kind, AyValue obj, AyValue owner) {
    AyValue r = AY_NONE;
    if (kind == AIO_WEAK_TASK) {
        AioTask *t = AY_AS(AioTask, obj);
        if (t->fut.state != AIO_PENDING || !t->fut.task_log_destroy_pending) return;
        // CPython finalizes the coroutine first (it was allocated before the task)
        if (ayV_is_type(vm, t->coro, vm->t_coroutine)) ayGen_close_unraisable(vm, AY_AS(AyGen, t->coro));
        r = aioHook_call(vm, "report_destroyed_task", &obj, 1);
    } else if (kind == AIO_WEAK_FUTURE_EXC) {
        if (!AY_AS(AioFuture, obj)->log_tb) return;
        r = aioHook_call(vm, "report_never_retrieved", &obj, 1);
    } else if (kind == AIO_WEAK_ASYNCGEN) {
        AyGen *g = AY_AS(AyGen, obj);
        if (g->state == AY_GEN_CLOSED || !g->hooks_finalizer) return;
        r = ayObj_call1(vm, g->hooks_finalizer, obj);
    }
    if (!r && ayErr_occurred(vm)) {
        extern void ayErr_write_unraisable(AyVM * vm, AyValue obj);
        ayErr_write_unraisable(vm, obj);
    }
}

void ayAio_run_finalizers(AyVM *vm) {
    AyAioState *st = vm->aio;
    if (st->finalizing) return;
    AyList *q = AY_AS(AyList, st->finalize_queue);
    if (!q->len) return;
    st->finalizing = true;
    AyValue saved = ayErr_fetch(vm);
    ayGC_push_root(vm, saved);
    while (q->len >= 3) {
        AyValue kind = q->items[0], obj = q->items[1], owner = q->items[2];
        memmove(q->items, q->items + 3, sizeof(AyValue) * (size_t)(q->len - 3));
        q->len -= 3;
        ayGC_push_root(vm, obj);
        run_one_finalizer(vm, (int)ayV_int(kind), obj, owner);
        ayErr_clear(vm);
        ayGC_pop_roots(vm, 1);
    }
    if (saved) ayErr_set(vm, saved);
    ayGC_pop_roots(vm, 1);
    st->finalizing = false;
}

// }====
// {==== helpers for the C types

AyValue aioHook(AyVM *vm, const char *name) {
    AyAioState *st = vm->aio;
    if (!st || !st->hooks) return AY_NULL;
    return ayDict_get_cstr(vm, AY_AS(AyDict, st->hooks), name);
}

AyValue aioHook_call(AyVM *vm, const char *name, AyValue *args, int nargs) {
    AyValue fn = aioHook(vm, name);
    if (!fn) return AY_NULL;
    return ayObj_call(vm, fn, args, nargs, AY_NULL);
}

AyValue aioExc_new(AyVM *vm, AyType *type, AyValue arg) {
    return ayExc_new(vm, type, &arg, arg ? 1 : 0);
}

bool aioIs_cancelled_error(AyVM *vm, AyValue exc) {
    return ayV_is_obj(exc) && ayType_is_subtype(ayV_type(vm, exc), vm->aio->t_cancelled_error);
}

void aioLog_error(AyVM *vm, const char *head, AyValue exc) {
    ayIO_write_err(vm, head, strlen(head));
    ayIO_write_err(vm, "\n", 1);
    if (exc) ayErr_print(vm, exc);
}

// }====
// {==== module functions

static AyValue f_get_running_loop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue l = vm->aio->running_loop;
    if (!l) return ayErr_format(vm, AY_EXC(vm, RuntimeError), "no running event loop");
    return l;
}

static AyValue f__get_running_loop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    return vm->aio->running_loop ? vm->aio->running_loop : AY_NONE;
}

static AyValue f__set_running_loop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_set_running_loop", nargs, 1, 1)) return AY_NULL;
    vm->aio->running_loop = args[0] == AY_NONE ? AY_NULL : args[0];
    return AY_NONE;
}

static AyValue f_get_event_loop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (vm->aio->running_loop) return vm->aio->running_loop;
    AyValue r = aioHook_call(vm, "get_event_loop", NULL, 0);
    if (!r && !ayErr_occurred(vm)) return ayErr_format(vm, AY_EXC(vm, RuntimeError), "no event loop policy");
    return r;
}

static AyValue loop_arg(AyVM *vm, AyValue v) {
    if (!v || v == AY_NONE) return f_get_running_loop(vm, NULL, 0, AY_NULL);
    return v;
}

static AyValue f_current_task(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "current_task", args, nargs, kw, "| loop", a)) return AY_NULL;
    AyValue loop = loop_arg(vm, a[0]);
    if (!loop) return AY_NULL;
    if (!aioLoop_check(vm, loop)) return AY_NONE;
    AyValue t = AY_AS(AioLoop, loop)->current_task;
    return t ? t : AY_NONE;
}

static AyValue f_enter_task(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_enter_task", nargs, 2, 2)) return AY_NULL;
    if (!aioLoop_check(vm, args[0])) return ayErr_format(vm, AY_EXC(vm, TypeError), "an asyncio loop was expected");
    AioLoop *l = AY_AS(AioLoop, args[0]);
    if (l->current_task)
        return ayErr_format(vm, AY_EXC(vm, RuntimeError),
                            "Cannot enter into task %R while another task %R is being executed.", args[1],
                            l->current_task);
    l->current_task = args[1];
    return AY_NONE;
}

static AyValue f_leave_task(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_leave_task", nargs, 2, 2)) return AY_NULL;
    if (!aioLoop_check(vm, args[0])) return ayErr_format(vm, AY_EXC(vm, TypeError), "an asyncio loop was expected");
    AioLoop *l = AY_AS(AioLoop, args[0]);
    if (l->current_task != args[1])
        return ayErr_format(vm, AY_EXC(vm, RuntimeError), "Leaving task %R does not match the current task %R.",
                            args[1], l->current_task ? l->current_task : AY_NONE);
    l->current_task = AY_NULL;
    return AY_NONE;
}

static AyValue f_swap_current_task(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_swap_current_task", nargs, 2, 2)) return AY_NULL;
    if (!aioLoop_check(vm, args[0])) return ayErr_format(vm, AY_EXC(vm, TypeError), "an asyncio loop was expected");
    AioLoop *l = AY_AS(AioLoop, args[0]);
    AyValue prev = l->current_task ? l->current_task : AY_NONE;
    l->current_task = args[1] == AY_NONE ? AY_NULL : args[1];
    return prev;
}

static AyValue f_register_task(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_register_task", nargs, 1, 1)) return AY_NULL;
    if (!aioTask_check(vm, args[0])) return AY_NONE;
    AioFuture *f = AY_AS(AioFuture, args[0]);
    if (f->weak_kind & (1 << AIO_WEAK_TASK)) return AY_NONE;
    f->weak_kind |= 1 << AIO_WEAK_TASK;
    return aioWeak_add(vm, (AyObj *)f, NULL, AIO_WEAK_TASK) ? AY_NONE : AY_NULL;
}

static AyValue f_unregister_task(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_unregister_task", nargs, 1, 1)) return AY_NULL;
    AyAioState *st = vm->aio;
    for (size_t i = 0; i < st->nweak; i += weak_words(&st->weak[i])) {
        if (st->weak[i] == ((uintptr_t)ayV_obj(args[0]) | AIO_WEAK_TASK)) {
            weak_drop(st->weak[i]);
            memmove(&st->weak[i], &st->weak[i + 1], (st->nweak - i - 1) * sizeof(AioWeak));
            st->nweak--;
            break;
        }
    }
    return AY_NONE;
}

// Drops registry entries that no longer matter (done tasks, retrieved exceptions).
static void weak_compact(AyVM *vm) {
    AyAioState *st = vm->aio;
    size_t k = 0;
    for (size_t i = 0, n; i < st->nweak; i += n) {
        n = weak_words(&st->weak[i]);
        if (weak_wanted(vm, st->weak[i])) k = weak_move(st, i, k);
        else weak_drop(st->weak[i]);
    }
    st->nweak = k;
}

// The pending tasks of `loop` in creation order (all_tasks() makes the set).
static AyValue f_all_tasks_list(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyValue a[1];
    if (!ayArg_unpack(vm, "_all_tasks_list", args, nargs, kw, "| loop", a)) return AY_NULL;
    AyValue loop = loop_arg(vm, a[0]);
    if (!loop) return AY_NULL;
    weak_compact(vm);
    AyAioState *st = vm->aio;
    AyList *out = ayList_new(vm, 8);
    if (!out) return AY_NULL;
    for (size_t i = 0; i < st->nweak; i += weak_words(&st->weak[i])) {
        if (AIO_WEAK_KIND(st->weak[i]) != AIO_WEAK_TASK) continue;
        AioTask *t = (AioTask *)AIO_WEAK_OBJ(st->weak[i]);
        if (t->fut.loop == loop && t->fut.state == AIO_PENDING && !ayList_append(vm, out, ayV_from_obj(t)))
            return AY_NULL;
    }
    return ayV_from_obj(out);
}

// _distinct_futures(args): whether every item of the tuple is a Future or
// Task of the built-in types (which compare by identity) and none repeats.
// gather() then needs no table of its arguments (one of 100k tasks would be
// most of its memory): items are marked in place, then unmarked.
static AyValue f_distinct_futures(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_distinct_futures", nargs, 1, 1)) return AY_NULL;
    if (!ayV_is_type(vm, args[0], vm->t_tuple)) return AY_FALSE;
    AyTuple *items = AY_AS(AyTuple, args[0]);
    AyAioState *st = vm->aio;
    bool distinct = true;
    int64_t n = 0;
    for (; n < items->len; n++) {
        AyValue v = items->items[n];
        AyType *t = ayV_is_obj(v) ? ayV_obj(v)->type : NULL;
        if ((t != st->t_future && t != st->t_task) || AY_AS(AioFuture, v)->seen) {
            distinct = false;
            break;
        }
        AY_AS(AioFuture, v)->seen = 1;
    }
    for (int64_t i = 0; i < n; i++) AY_AS(AioFuture, items->items[i])->seen = 0;
    return ayV_bool(distinct);
}

static AyValue f_asyncgen_add(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_asyncgen_add", nargs, 2, 2)) return AY_NULL;
    if (!ayV_is_obj(args[1]) || !ayV_is_obj(args[0])) return AY_NONE;
    return aioWeak_add(vm, ayV_obj(args[1]), ayV_obj(args[0]), AIO_WEAK_ASYNCGEN) ? AY_NONE : AY_NULL;
}

static AyValue f_asyncgen_discard(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_asyncgen_discard", nargs, 2, 2)) return AY_NULL;
    AyAioState *st = vm->aio;
    size_t k = 0;
    for (size_t i = 0, n; i < st->nweak; i += n) {
        AioWeak *w = &st->weak[i];
        n = weak_words(w);
        if (AIO_WEAK_KIND(*w) == AIO_WEAK_ASYNCGEN && ayV_from_obj(AIO_WEAK_OBJ(*w)) == args[1] &&
            ayV_from_obj(weak_owner(w)) == args[0])
            continue;
        k = weak_move(st, i, k);
    }
    st->nweak = k;
    return AY_NONE;
}

// The live async generators first iterated under `loop`, in that order.
static AyValue f_asyncgens(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_asyncgens", nargs, 1, 1)) return AY_NULL;
    AyAioState *st = vm->aio;
    AyList *out = ayList_new(vm, 4);
    if (!out) return AY_NULL;
    for (size_t i = 0; i < st->nweak; i += weak_words(&st->weak[i])) {
        AioWeak *w = &st->weak[i];
        if (AIO_WEAK_KIND(*w) == AIO_WEAK_ASYNCGEN && ayV_from_obj(weak_owner(w)) == args[0] && weak_wanted(vm, *w) &&
            !ayList_append(vm, out, ayV_from_obj(AIO_WEAK_OBJ(*w))))
            return AY_NULL;
    }
    return ayV_from_obj(out);
}

static AyValue f_set_helpers(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_set_helpers", nargs, 1, 1)) return AY_NULL;
    if (!ayV_is_dict(vm, args[0])) return ayErr_format(vm, AY_EXC(vm, TypeError), "_set_helpers() expects a dict");
    vm->aio->hooks = args[0];
    return AY_NONE;
}

static AyValue f_format_exception(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_format_exception", nargs, 1, 1)) return AY_NULL;
    if (!ayV_is_exc(vm, args[0])) return ayErr_format(vm, AY_EXC(vm, TypeError), "an exception was expected");
    return ayErr_format_exception(vm, args[0]);
}

static AyValue f_write_stderr(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_write_stderr", nargs, 1, 1)) return AY_NULL;
    if (!ayV_is_str(vm, args[0])) return ayErr_format(vm, AY_EXC(vm, TypeError), "str expected");
    ayIO_write_err(vm, AY_CSTR(args[0]), (size_t)AY_STR(args[0])->size);
    return AY_NONE;
}

static AyValue f_is_coroutine_function(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    if (!ayArg_count(vm, "_iscoroutinefunction", nargs, 1, 1)) return AY_NULL;
    AyValue f = args[0];
    if (ayV_is_type(vm, f, vm->t_method)) f = AY_AS(AyBoundMethod, f)->func;
    if (!ayV_is_type(vm, f, vm->t_function)) return AY_FALSE;
    return ayV_bool((AY_AS(AyFunction, f)->code->flags & AY_CO_COROUTINE) != 0);
}

// The DeprecationWarning of get_event_loop() with no current loop, as the
// warnings module shows it: attributed to the first caller outside asyncio,
// shown only for code in __main__, once per location.
static AyValue f_warn_no_current_loop(AyVM *vm, AyValue *args, int nargs, AyValue kw) {
    AyFrame *f = vm->frame;
    for (; f; f = f->prev) {
        AyValue name = ayDict_get_str(vm, f->globals, vm->s.__name__);
        if (!name || !ayV_is_str(vm, name)) break;
        const char *n = AY_CSTR(name);
        if (strcmp(n, "asyncio") != 0 && strncmp(n, "asyncio.", 8) != 0) break;
    }
    if (!f) return AY_NONE;
    AyValue name = ayDict_get_str(vm, f->globals, vm->s.__name__);
    if (!name || !ayV_is_str(vm, name) || strcmp(AY_CSTR(name), "__main__") != 0) return AY_NONE;
    int lasti = f->ip > f->code->code ? (int)(f->ip - f->code->code) - 1 : 0;
    AyValue key = ayStr_from_fmt(vm, "%U:%d", f->code->filename, ayCode_line(f->code, lasti));
    if (!key) return AY_NULL;
    AyAioState *st = vm->aio;
    if (!st->warned) {
        st->warned = ayV_from_obj(ayDict_new(vm));
        if (!st->warned) return AY_NULL;
    }
    if (ayDict_get(vm, AY_AS(AyDict, st->warned), key)) return AY_NONE;
    if (ayDict_set(vm, AY_AS(AyDict, st->warned), key, AY_TRUE) < 0) return AY_NULL;
    ayErr_warn_at(vm, AY_EXC(vm, DeprecationWarning), "There is no current event loop", f->code, lasti, NULL);
    return AY_NONE;
}

static const AyMethodDef module_funcs[] = {
    {"_warn_no_current_loop", f_warn_no_current_loop, 0, NULL},
    {"get_running_loop", f_get_running_loop, 0, NULL},
    {"_get_running_loop", f__get_running_loop, 0, NULL},
    {"_set_running_loop", f__set_running_loop, 0, NULL},
    {"get_event_loop", f_get_event_loop, 0, NULL},
    {"current_task", f_current_task, 0, NULL},
    {"_enter_task", f_enter_task, 0, NULL},
    {"_leave_task", f_leave_task, 0, NULL},
    {"_swap_current_task", f_swap_current_task, 0, NULL},
    {"_register_task", f_register_task, 0, NULL},
    {"_unregister_task", f_unregister_task, 0, NULL},
    {"_all_tasks_list", f_all_tasks_list, 0, NULL},
    {"_distinct_futures", f_distinct_futures, 0, NULL},
    {"_asyncgen_add", f_asyncgen_add, 0, NULL},
    {"_asyncgen_discard", f_asyncgen_discard, 0, NULL},
    {"_asyncgens", f_asyncgens, 0, NULL},
    {"_set_helpers", f_set_helpers, 0, NULL},
    {"_format_exception", f_format_exception, 0, NULL},
    {"_write_stderr", f_write_stderr, 0, NULL},
    {"_iscoroutinefunction", f_is_coroutine_function, 0, NULL},
    {NULL},
};

AyValue ayMod_asyncio(AyVM *vm) {
    AyAioState *st = aioState(vm);
    if (!st) return AY_NULL;
    if (st->asyncio_mod) return st->asyncio_mod;
    AyModule *m = ayModule_new_native(vm, "_asyncio", module_funcs);
    if (!m) return AY_NULL;
    ayGC_push_root(vm, ayV_from_obj(m));
    ayModule_add(vm, m, "Loop", ayV_from_obj(st->t_loop));
    ayModule_add(vm, m, "Handle", ayV_from_obj(st->t_handle));
    ayModule_add(vm, m, "TimerHandle", ayV_from_obj(st->t_timer_handle));
    ayModule_add(vm, m, "Future", ayV_from_obj(st->t_future));
    ayModule_add(vm, m, "FutureIter", ayV_from_obj(st->t_future_iter));
    ayModule_add(vm, m, "Task", ayV_from_obj(st->t_task));
    ayModule_add(vm, m, "CancelledError", ayV_from_obj(st->t_cancelled_error));
    ayModule_add(vm, m, "InvalidStateError", ayV_from_obj(st->t_invalid_state_error));
    aioSleep_add_functions(vm, m);
    ayGC_pop_roots(vm, 1);
    st->asyncio_mod = ayV_from_obj(m);
    return st->asyncio_mod;
}
