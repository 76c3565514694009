// The asyncio core in C (internal to stdlib/asyncio/): the event loop on
// libuv, Handle/TimerHandle, Future, Task and contextvars. The Python layers
// (lib/asyncio/*.py) build the rest of the asyncio API on these types.
//
// All state lives in the VM (vm->aio); the GC reaches it through ayAio_trace.
// Tasks, futures with an unretrieved exception and async generators are also
// held *weakly* in a registry, so that their death can be reported the way
// CPython's finalizers do ("Task was destroyed but it is pending!", ...).
#ifndef AY_AIO_H
#define AY_AIO_H

#include <uv.h>

#include "containers.h"
#include "native.h"
#include "vm.h"

// ---------------------------------------------------------------------------
// contextvars (context.c)

typedef struct AioContext {
    AyObj hdr;
    AyDict *vars;        // ContextVar -> value; never mutated once shared (copy on write)
    AyValue prev;        // the context that was current before this one was entered
    uint8_t entered;
} AioContext;

typedef struct AioContextVar {
    AyObj hdr;
    AyValue name;        // str
    AyValue default_;    // AY_NULL when the variable has no default
} AioContextVar;

typedef struct AioToken {
    AyObj hdr;
    AyValue ctx, var;
    AyValue old;         // AY_NULL: the variable was not set (Token.MISSING)
    uint8_t used;
} AioToken;

// The current context, created empty on first use; NULL on MemoryError.
AioContext *aioContext_current(AyVM *vm);
// A new context sharing the current one's variables (contextvars.copy_context()).
AyValue aioContext_copy_current(AyVM *vm);
// Makes `ctx` current; false (RuntimeError) when it is already entered.
bool aioContext_enter(AyVM *vm, AioContext *ctx);
void aioContext_exit(AyVM *vm, AioContext *ctx);
// The current variables as a snapshot (a dict never mutated afterwards).
AyValue aioContext_snapshot(AyVM *vm);
// Enters a Context, or a snapshot dict through a scratch context; returns the
// context entered (pass it to aioContext_exit), NULL on error.
AioContext *aioContext_enter_any(AyVM *vm, AyValue ctx_or_vars);
// A Context for a Context or a snapshot dict.
AyValue aioContext_materialize(AyVM *vm, AyValue ctx_or_vars);
// ctx.run(fn, *args)-like call of fn(*args) inside `ctx` (AY_NULL/None: the current context).
AyValue aioContext_call(AyVM *vm, AyValue ctx, AyValue fn, AyValue *args, int nargs);
bool aioContext_check(AyVM *vm, AyValue v);
AyValue ayMod_contextvars(AyVM *vm);

// ---------------------------------------------------------------------------
// Handles (handle.c)

typedef struct AioHandle {
    AyObj hdr;
    AyValue callback;    // AY_NULL once cancelled
    AyValue context;     // a Context, or the variables (dict) captured at scheduling time:
                         // a Context object is only made if someone asks for it
    AyValue loop;
    AyValue debug;       // debug mode: (source traceback, repr taken at cancel()), None for either
                         // missing; AY_NULL outside debug mode
    double when;         // TimerHandle: absolute loop time
    uint8_t cancelled;
    uint8_t scheduled;   // TimerHandle: in the loop's heap
    uint32_t nargs;      // the callback's arguments follow inline
    AyValue args[];
} AioHandle;

// A handle for callback(*args) in `context` (AY_NULL/None: the current one).
AioHandle *aioHandle_new(AyVM *vm, AyType *type, AyValue callback, const AyValue *args, int nargs, AyValue loop,
                         AyValue context);
void aioHandle_cancel(AyVM *vm, AioHandle *h);
// Runs the callback in its context. Errors go to the loop's exception handler;
// returns false only for KeyboardInterrupt/SystemExit, which must propagate.
bool aioHandle_run(AyVM *vm, AioHandle *h);
// Passes a failed callback's exception to the loop's exception handler while
// it is the exception being handled (CPython calls it from Handle._run's
// `except`), so an error of the handler chains to it.
AyValue aioHandle_report_error(AyVM *vm, AyValue handle, AyValue exc);

// ---------------------------------------------------------------------------
// The loop (loop.c, loop_io.c)

enum { AIO_READY_HANDLE, AIO_READY_STEP, AIO_READY_WAKEUP };

// One ready-queue entry: a Handle to run (arg unused), a Task step (arg = the
// exception to throw in, or AY_NULL), a Task wake-up (arg = the future it
// waited on) or, when ctx is set, a done callback obj(arg) to run in ctx
// (no Handle is made for those). The kind is not stored: futures are never
// exceptions, and only callbacks have a ctx.
typedef struct AioReady {
    AyValue obj, arg, ctx;
} AioReady;

typedef struct AioUv AioUv;  // the libuv side (C memory), loop_io.c

typedef struct AioLoop {
    AyObj hdr;
    AioReady *ready;     // ring buffer
    size_t ready_head, ready_len, ready_cap;
    AioHandle **timers;  // binary heap ordered by `when`, heapq's exact algorithm
    size_t ntimers, timers_cap;
    int64_t timer_cancelled_count;
    AyValue current_task;        // task being stepped, or AY_NULL
    AyValue exception_handler;   // AY_NULL: the default one
    AyValue task_factory;        // AY_NULL: none
    AyValue current_handle;      // handle being run (debug output), or AY_NULL
    double slow_callback_duration;
    uint64_t thread_id;          // 0 unless running
    AioUv *uv;
    uint8_t running, stopping, closed, debug;
} AioLoop;

bool aioLoop_check(AyVM *vm, AyValue v);
// Appends to the ready queue (call_soon without a Handle); false on MemoryError.
bool aioLoop_push_ready(AyVM *vm, AioLoop *loop, int kind, AyValue obj, AyValue arg);
AioHandle *aioLoop_call_soon(AyVM *vm, AioLoop *loop, AyValue callback, const AyValue *args, int nargs,
                             AyValue context);
// call_soon(fn, arg, context=ctx) without a Handle (ctx: a Context or a snapshot dict).
bool aioLoop_push_call(AyVM *vm, AioLoop *loop, AyValue fn, AyValue arg, AyValue ctx);
bool aioLoop_check_closed(AyVM *vm, AioLoop *loop);
// Schedules a TimerHandle whose `when` is set; false on MemoryError.
bool aioLoop_add_timer(AyVM *vm, AioLoop *loop, AioHandle *timer);
double aioLoop_time(void);
// loop.call_exception_handler(context) through the (possibly overridden) method.
void aioLoop_report(AyVM *vm, AyValue loop, AyValue context);
void aioLoop_setup(AyVM *vm);
void aioLoop_trace(AyVM *vm, AyObj *o);

// libuv (loop_io.c)
bool aioUv_init(AyVM *vm, AioLoop *loop);
void aioUv_close(AioLoop *loop);
// Waits for I/O up to `timeout` seconds (< 0: no limit); false if interrupted by an error.
bool aioUv_poll(AyVM *vm, AioLoop *loop, double timeout);
void aioUv_wakeup(AioLoop *loop);
void aioUv_trace(AyVM *vm, AioLoop *loop);
void aioLoopIO_setup(AyVM *vm, AyType *t);
uv_loop_t *aioUv_loop(AioLoop *loop);  // NULL once closed

// ---------------------------------------------------------------------------
// Futures and tasks (future.c, task.c)

enum { AIO_PENDING, AIO_CANCELLED, AIO_FINISHED };

typedef struct AioFuture {
    AyObj hdr;
    AyValue loop;
    AyValue result;          // FINISHED: the result, or the exception when has_exc
    AyValue cb0, ctx0;       // first done callback (AY_NULL if none); ctx0 AY_NULL = task wakeup of cb0
    AyValue extra;           // AioFutureExtra for the rarely used fields, or AY_NULL
    uint8_t state;
    uint8_t has_exc;         // finished with an exception (in `result`)
    uint8_t blocking;        // _asyncio_future_blocking
    uint8_t log_tb;          // exception set and not yet retrieved
    uint8_t weak_kind;       // registered in the weak registry as this kind (0 = not)
    // AioTask's flags, here where they fill the padding: a suspended task's
    // size is what 100k tasks cost (bench async_spawn)
    uint8_t task_must_cancel;
    uint8_t task_log_destroy_pending;
    uint8_t seen;            // scratch mark of _distinct_futures(), clear between calls
} AioFuture;

// Fields few futures need, kept out of the (many) futures and tasks.
typedef struct AioFutureExtra {
    AyObj hdr;
    AyValue callbacks;       // done callbacks after the first: list [fn, ctx, fn, ctx, ...]
    AyValue exc_tb;          // the exception's traceback when it was set
    AyValue cancel_msg;
    AyValue cancelled_exc;   // the CancelledError a task ended with
    AyValue source_tb;       // debug mode: where it was created (list)
    AyValue task_name;       // a task's name when it is not "Task-N"
} AioFutureExtra;

#define AIO_EXTRA(f) ((f)->extra ? (AioFutureExtra *)ayV_obj((f)->extra) : NULL)
static inline AyValue aioFuture_cancel_msg(AioFuture *f) { return f->extra ? AIO_EXTRA(f)->cancel_msg : AY_NULL; }
static inline AyValue aioFuture_callbacks(AioFuture *f) { return f->extra ? AIO_EXTRA(f)->callbacks : AY_NULL; }
// The exception a finished future holds, or AY_NULL.
static inline AyValue aioFuture_exception(AioFuture *f) { return f->has_exc ? f->result : AY_NULL; }
// The extra fields, created on first use (NULL on MemoryError; f must be rooted).
AioFutureExtra *aioFuture_extra(AyVM *vm, AioFuture *f);

typedef struct AioTask {
    AioFuture fut;
    AyValue coro;
    AyValue context;         // a Context, or the snapshot dict of its variables (see task.c)
    AyValue fut_waiter;
    int32_t num_cancels_requested;
    uint32_t name_serial;    // N of the name "Task-N"; 0: the name is fut.extra's task_name
} AioTask;

bool aioFuture_check(AyVM *vm, AyValue v);
bool aioTask_check(AyVM *vm, AyValue v);
AyValue aioFuture_new(AyVM *vm, AyValue loop);
// Schedules the done callbacks (after a state change).
bool aioFuture_schedule_callbacks(AyVM *vm, AioFuture *f);
AyValue aioFuture_set_result(AyVM *vm, AioFuture *f, AyValue result);
AyValue aioFuture_set_exception(AyVM *vm, AioFuture *f, AyValue exc);
bool aioFuture_cancel(AyVM *vm, AioFuture *f, AyValue msg);
// Adds a done callback (ctx AY_NULL with fn a Task: that task's wakeup).
bool aioFuture_add_callback(AyVM *vm, AioFuture *f, AyValue fn, AyValue ctx);
// The CancelledError a cancelled future raises (a new one, or the saved original once).
AyValue aioFuture_cancelled_error(AyVM *vm, AioFuture *f);
// Raises what result() raises, or returns the result.
AyValue aioFuture_result(AyVM *vm, AioFuture *f);
void aioFuture_setup(AyVM *vm);
void aioFuture_trace(AyVM *vm, AyObj *o);

// One step of a task (exc: what to throw in, or AY_NULL). False only when an
// exception must propagate out of the loop (KeyboardInterrupt, SystemExit,
// or an internal error), with the exception pending.
bool aioTask_step(AyVM *vm, AioTask *t, AyValue exc);
bool aioTask_wakeup(AyVM *vm, AioTask *t, AyValue fut);
AioContext *aioTask_enter_context(AyVM *vm, AioTask *t);
void aioTask_exit_context(AyVM *vm, AioTask *t, AioContext *c);
AyValue aioTask_new(AyVM *vm, AyType *type, AyValue coro, AyValue loop, AyValue name, AyValue context,
                    bool eager);
void aioTask_setup(AyVM *vm);


// ---------------------------------------------------------------------------
// Per-VM state (module.c)

enum {
    AIO_WEAK_TASK = 1,       // all_tasks(); "Task was destroyed but it is pending!"
    AIO_WEAK_FUTURE_EXC,     // "Future exception was never retrieved"
    AIO_WEAK_ASYNCGEN,       // loop._asyncgens; finalized through the loop's hook
};

// A registry entry is one word, the object | its kind (objects are 8-byte
// aligned, vm/gc.c): every pending task has one. An async generator's word is
// followed by a second one, its owner (the loop).
typedef uintptr_t AioWeak;

#define AIO_WEAK_KIND(w) ((int)((w) & 7))
#define AIO_WEAK_OBJ(w) ((AyObj *)((w) & ~(uintptr_t)7))

typedef struct AyAioState {
    AyType *t_context, *t_contextvar, *t_token;
    AyType *t_loop, *t_handle, *t_timer_handle;
    AyType *t_future, *t_future_iter, *t_task, *t_future_extra;
    AyType *t_cancelled_error, *t_invalid_state_error, *t_sleep, *t_uvstream;
    AyValue uvstreams;       // set of open UvStreams (libuv refers to them by pointer)
    AyValue fn_set_result_unless_cancelled;  // the sleep timers' callback
    AyValue ctx_current;     // AioContext or AY_NULL
    AyValue ctx_scratch;     // a Context reused to run snapshot-context handles, or AY_NULL
    AyValue running_loop;    // AY_NULL when no loop runs
    AyValue hooks;           // dict of Python helpers registered by lib/asyncio (_set_helpers)
    AyValue token_missing;   // contextvars.Token.MISSING
    AyValue contextvars_mod, asyncio_mod;
    AyValue warned;          // dict of "file:line" where the no-current-loop warning was shown
    int64_t task_counter;    // for "Task-N" names
    // weak registry (not traced; cleared after marking)
    AioWeak *weak;
    size_t nweak, capweak;   // in words
    // objects found dead, resurrected until their finalizer has run
    AyValue finalize_queue;  // list of [kind, obj, owner] triples
    bool finalizing;
} AyAioState;

void aioSleep_setup(AyVM *vm, AyAioState *st);
void aioTcp_setup(AyVM *vm, AyAioState *st, AyType *loop_type);
void aioTcp_loop_closing(AyVM *vm, AioLoop *loop);
void aioSleep_add_functions(AyVM *vm, AyModule *m);

// The state, created on first use; NULL on MemoryError.
AyAioState *aioState(AyVM *vm);
bool aioWeak_add(AyVM *vm, AyObj *obj, AyObj *owner, int kind);
// A helper registered by lib/asyncio (e.g. "future_repr"), or AY_NULL.
AyValue aioHook(AyVM *vm, const char *name);
// Calls a registered helper; when it is missing, returns `fallback` (AY_NULL: error).
AyValue aioHook_call(AyVM *vm, const char *name, AyValue *args, int nargs);
// Writes `exc`'s message (and traceback) after `head` to stderr, logging-style.
void aioLog_error(AyVM *vm, const char *head, AyValue exc);
AyValue aioExc_new(AyVM *vm, AyType *type, AyValue arg);
bool aioIs_cancelled_error(AyVM *vm, AyValue exc);

#endif
