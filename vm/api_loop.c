// The embedding API: driving the VM's asyncio event loop from a host's main
// loop, and Futures for awaitable host functions. Uses the asyncio core's C
// interface (stdlib/asyncio/aio.h) for the loop's libuv side and its queues.
#include <math.h>
#include <poll.h>
#include <string.h>

#include "api.h"
#include "asyncio/aio.h"
#include "containers.h"
#include "module.h"
#include "str.h"
#include "thread.h"

// Calls asyncio.<name>(*args) (args has one free slot before it for the callee).
static AyValue asyncio_call(AyVM *vm, const char *name, AyValue *args, int nargs, AyValue kwnames) {
    AyValue mod = ayImport_module(vm, "asyncio");
    if (!mod) return AY_NULL;
    AyValue fn = ayObj_getattr(vm, mod, ayStr_intern_c(vm, name));
    if (!fn) return AY_NULL;
    return ayObj_call(vm, fn, args, nargs, kwnames);
}

// The VM's event loop (asyncio.get_event_loop(): the running one, else the
// current one, created if there is none).
static AioLoop *current_loop(AyVM *vm) {
    AyValue args[1] = {AY_NULL};
    AyValue l = asyncio_call(vm, "get_event_loop", args + 1, 0, AY_NULL);
    if (!l) return NULL;
    if (!aioLoop_check(vm, l)) {
        ayErr_format(vm, AY_EXC(vm, TypeError), "the event loop is a %T, not an Ay event loop", l);
        return NULL;
    }
    return AY_AS(AioLoop, l);
}

// Seconds until the loop has work, as ay_loop_timeout.
static double loop_timeout(AioLoop *l) {
    if (l->ready_len || l->stopping) return 0;
    if (!l->ntimers) return -1;
    double t = l->timers[0]->when - aioLoop_time();
    return t > 0 ? t : 0;
}

AY_API double ay_loop_timeout(AyVM *vm) {
    AioLoop *l = current_loop(vm);
    if (!l) {
        ayErr_clear(vm);
        return -1;
    }
    return loop_timeout(l);
}

AY_API int ay_loop_backend_fd(AyVM *vm) {
    AioLoop *l = current_loop(vm);
    uv_loop_t *uv = l ? aioUv_loop(l) : NULL;
    if (!uv) {
        if (l) ayErr_format(vm, AY_EXC(vm, RuntimeError), "Event loop is closed");
        return -1;
    }
    return uv_backend_fd(uv);
}

// Blocks (with the VM released to other threads) until the loop's backend fd
// is readable or `seconds` pass (< 0: no limit), or a signal arrives.
static void wait_backend(AyVM *vm, AioLoop *l, double seconds) {
    uv_loop_t *uv = aioUv_loop(l);
    if (!uv) return;
    struct pollfd p = {.fd = uv_backend_fd(uv), .events = POLLIN};
    int ms = seconds < 0 ? -1 : seconds > 2e6 ? 2000000000 : (int)ceil(seconds * 1e3);
    AyThreadState *ts = ayThread_detach(vm);
    poll(&p, 1, ms);
    ayThread_attach(vm, ts);
}

AY_API AyStatus ay_loop_run_once(AyVM *vm, double timeout) {
    ayErr_clear(vm);
    AioLoop *l = current_loop(vm);
    if (!l) return ayApi_status(vm);
    AyValue loop = ayV_from_obj(l);
    ayGC_push_root(vm, loop);
    if (timeout != 0 && !vm->interrupt) {
        double work = loop_timeout(l);
        double wait = work < 0 ? timeout : timeout < 0 || work < timeout ? work : timeout;
        if (wait != 0) wait_backend(vm, l, wait);
    }
    // stop() before run_forever(): one iteration that polls without blocking
    // and runs what is ready, with the loop marked running meanwhile.
    AyValue args[1] = {AY_NULL};
    AyValue r = ayObj_call_method(vm, loop, ayStr_intern_c(vm, "stop"), args, 0);
    if (r) r = ayObj_call_method(vm, loop, ayStr_intern_c(vm, "run_forever"), args, 0);
    ayGC_pop_roots(vm, 1);
    return r ? AY_OK : ayApi_status(vm);
}

AY_API AyStatus ay_loop_spawn(AyVM *vm, int slot) {
    AyValue *s = ayApi_slot(vm, slot, __func__);
    if (!s) return ayApi_slot_error(vm);
    AioLoop *l = current_loop(vm);
    if (!l) return ayApi_status(vm);
    AyValue kwnames = ayTuple_from_items(vm, &(AyValue){ayV_from_obj(ayStr_intern_c(vm, "loop"))}, 1);
    if (!kwnames) return ayApi_status(vm);
    ayGC_push_root(vm, kwnames);
    AyValue args[3] = {AY_NULL, *s, ayV_from_obj(l)};
    AyValue task = asyncio_call(vm, "ensure_future", args + 1, 1, kwnames);
    ayGC_pop_roots(vm, 1);
    if (!task) return ayApi_status(vm);
    *s = task;
    return AY_OK;
}

void ayApi_wake_loop(AyVM *vm) {
    // may run in a signal handler or another thread: only reads, then
    // libuv's async-signal-safe wake-up
    AyAioState *st = vm->aio;
    AyValue l = st ? st->running_loop : AY_NULL;
    if (l) aioUv_wakeup(AY_AS(AioLoop, l));
}

// }====
// {==== futures

AY_API AyStatus ay_future_new(AyVM *vm, int dst) {
    AyValue *d = ayApi_slot(vm, dst, __func__);
    if (!d) return ayApi_slot_error(vm);
    AioLoop *l = current_loop(vm);
    if (!l) return ayApi_status(vm);
    AyValue args[1] = {AY_NULL};
    AyValue f = ayObj_call_method(vm, ayV_from_obj(l), ayStr_intern_c(vm, "create_future"), args, 0);
    if (!f) return ayApi_status(vm);
    *d = f;
    return AY_OK;
}

// future.<method>(arg)
static AyStatus future_call(AyVM *vm, AyValue fut, const char *method, AyValue arg) {
    AyValue args[2] = {AY_NULL, arg};
    return ayObj_call_method(vm, fut, ayStr_intern_c(vm, method), args, 1) ? AY_OK : ayApi_status(vm);
}

AY_API AyStatus ay_future_set_result(AyVM *vm, int future, int value) {
    AyValue *f = ayApi_slot(vm, future, __func__);
    AyValue *v = f ? ayApi_slot(vm, value, __func__) : NULL;
    if (!v) return ayApi_slot_error(vm);
    return future_call(vm, *f, "set_result", *v);
}

AY_API AyStatus ay_future_set_error(AyVM *vm, int future, const char *type, const char *message) {
    AyValue *f = ayApi_slot(vm, future, __func__);
    if (!f) return ayApi_slot_error(vm);
    // build the exception through ay_raise, then hand it to the future
    ay_raise(vm, type, "%s", message ? message : "");
    AyValue exc = ayErr_fetch(vm);
    if (!exc || exc == vm->memory_error) {
        if (exc) ayErr_set(vm, exc);
        return AY_ERR_MEMORY;
    }
    ayGC_push_root(vm, exc);
    AyStatus s = future_call(vm, *f, "set_exception", exc);
    ayGC_pop_roots(vm, 1);
    return s;
}
